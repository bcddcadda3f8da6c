import { readCaller } from '../../server/platform/caller';
import { platformNowMs } from '../../server/platform/clock';
import { getDatabase } from '../../server/platform/cloud';
import { callFunctionHandingOff } from '../../server/platform/functions';
import { sendSubscribeMessage } from '../../server/platform/openapi';
import { REMIND_FUNCTION, handleRemindEvent } from '../../server/reminders/remind-function';
import type { RemindEvent } from '../../server/reminders/remind-function';
import { remindSettings } from '../../server/reminders/settings';

/**
 * Deadline reminders: the timer trigger in config.json runs it at 09:00 Beijing time; the api's reminders.runNow
 * runs it for the office; a run out of time hands itself over to a new invocation. See server/reminders/.
 */
export const main = async (event: unknown, context?: { time_limit_in_ms?: unknown }): Promise<unknown> => {
  // Read before any await: the identity belongs to this invocation.
  const caller = readCaller();
  const startedMs = platformNowMs();
  const settings = remindSettings(process.env);
  const hardLimitMs = typeof context?.time_limit_in_ms === 'number' ? context.time_limit_in_ms : null;
  try {
    return await handleRemindEvent((event ?? {}) as RemindEvent, caller, {
      db: getDatabase(),
      settings,
      send: sendSubscribeMessage,
      nowMs: platformNowMs,
      hardLimitMs,
      continueRun: async (runId) => {
        // Wait for the continuation to start, but never into this invocation's own timeout.
        const left = startedMs + (hardLimitMs ?? settings.timeoutMs) - platformNowMs() - 300;
        await callFunctionHandingOff(REMIND_FUNCTION, { runId }, Math.max(50, Math.min(settings.handOffMs, left)));
      },
    });
  } catch (error) {
    console.error('[remind] failed', error);
    return { ok: false, code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
  }
};
