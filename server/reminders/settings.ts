/** The remind function's tunables, from its environment variables (console → 云函数 → remind → 环境变量). */
export interface RemindSettings {
  /** A run stops at a checkpoint before this much time has passed in one invocation (REMIND_TIMEOUT_MS, default 60 s: the longest timeout the console allows a cloud function). */
  timeoutMs: number;
  /** Time kept for finishing the batch in hand and handing over (REMIND_RESERVE_MS, default 4 s). */
  reserveMs: number;
  /** Subscription messages in flight at once (REMIND_CONCURRENCY, default 8; the database allows 20 connections). */
  concurrency: number;
  /**
   * Subscription messages sent as one wave (REMIND_SEND_BATCH, default 64): their accepts are spent, their `sending`
   * mark and their outcomes written, one request each for the wave. A run that dies mid-wave leaves at most this many
   * reminders unconfirmed (in 消息, never sent again).
   */
  sendBatch: number;
  /** Sends that failed with a system error are tried on this many runs, then the reminder goes to the inbox (REMIND_RETRY_CAP, default 3). */
  retryCap: number;
  /** Items read per query (≤ 1000, the platform's cap). */
  pageSize: number;
  /** Reminders claimed together: one existence query and one insert for the lot. */
  batchSize: number;
  /** Which version of the mini-program a message opens (REMIND_MINIPROGRAM_STATE: formal, trial, developer). */
  miniprogramState: 'formal' | 'trial' | 'developer';
  /** How long an invocation waits on the continuation it starts before ending itself. */
  handOffMs: number;
}

function integer(value: string | undefined, fallback: number, min: number, max: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= min && parsed <= max ? parsed : fallback;
}

export function remindSettings(env: Readonly<Record<string, string | undefined>>): RemindSettings {
  const state = env.REMIND_MINIPROGRAM_STATE;
  return {
    timeoutMs: integer(env.REMIND_TIMEOUT_MS, 60_000, 1_000, 900_000),
    reserveMs: integer(env.REMIND_RESERVE_MS, 4_000, 0, 60_000),
    concurrency: integer(env.REMIND_CONCURRENCY, 8, 1, 20),
    sendBatch: integer(env.REMIND_SEND_BATCH, 64, 1, 1000),
    retryCap: integer(env.REMIND_RETRY_CAP, 3, 1, 10),
    pageSize: integer(env.REMIND_PAGE_SIZE, 1000, 10, 1000),
    batchSize: integer(env.REMIND_BATCH_SIZE, 1000, 1, 1000),
    miniprogramState: state === 'trial' || state === 'developer' ? state : 'formal',
    handOffMs: integer(env.REMIND_HANDOFF_MS, 1_500, 100, 10_000),
  };
}
