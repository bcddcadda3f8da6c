import { join } from 'node:path';
import { startEmulator } from '../../emulator';
import type { Emulator, OutboxMessage } from '../../emulator';
import { SUBSCRIPTION_TEMPLATES } from '../../core/reminders/subscription-templates';
import type { TemplateKey } from '../../core/reminders/subscription-templates';
import type { ReminderDocument, ReminderRunDocument, InboxDocument } from '../../server/reminders/documents';
import { collectionSnapshot, expectOk, TEST_SETUP_SECRET } from '../support/local-cloud';
import { testClock } from '../support/test-clock';
import { arrangeTask, importItems, setUpPeople } from '../support/task-fixture';
import type { ItemSpec, Unit } from '../support/task-fixture';

/** The remind function's answer. */
export type RemindAnswer = { ok: true; data: { outcome: string; run: { id: string; state: string; counts: Record<string, number>; invocations: number } } } | { ok: false; code: string };

/** Fires the timer trigger as the platform does, at `time` (the run decides its day on it). */
export async function fireTimer(cloud: Emulator, time: string): Promise<RemindAnswer> {
  return (await cloud.invokeFunction('remind', { Type: 'Timer', TriggerName: 'daily', Time: time, Message: '' }, { SOURCE: 'wx_trigger' })) as RemindAnswer;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The remind function's timeout in the crash tests: short, so a test can wait out a run the platform stopped. */
export const PLATFORM_TIMEOUT_MS = 4000;

/**
 * A local cloud that stops the remind function at PLATFORM_TIMEOUT_MS, as the platform stops one at its timeout;
 * `remindEnv` sets the run's concurrency and wave size. `warmInstances` are loaded first, so a cold start does not
 * eat a test's short timeout.
 */
export async function startCrashTestCloud(remindEnv: Record<string, string>, warmInstances: number): Promise<Emulator> {
  const cloud = await startEmulator({
    port: 0,
    store: { kind: 'memory' },
    functionsDir: join(__dirname, '..', '..', 'cloudfunctions'),
    functionTimeoutMs: PLATFORM_TIMEOUT_MS,
    clock: testClock,
    functionEnv: { SETUP_SECRET: TEST_SETUP_SECRET, REMIND_TIMEOUT_MS: String(PLATFORM_TIMEOUT_MS), REMIND_RESERVE_MS: '800', ...remindEnv },
  });
  await Promise.all(Array.from({ length: warmInstances }, () => cloud.invokeFunction('remind', { runId: 'warm-up' }, { SOURCE: 'wx_cloud' })));
  return cloud;
}

/** Fires a run that a fault makes die: it times out; then the platform's timeout and the late requests pass, and the faults go. */
export async function fireRunThatDies(cloud: Emulator, time: string): Promise<void> {
  const started = Date.now();
  await expect(fireTimer(cloud, time)).rejects.toThrow(/timed out/);
  // Leases last the platform's timeout and a second; the delayed request lands a second after the timeout.
  await sleep(Math.max(0, PLATFORM_TIMEOUT_MS + 2500 - (Date.now() - started)));
  cloud.faults.clear();
}

/** Reads a collection as stored, dates revived. */
export async function stored<T>(cloud: Emulator, name: string): Promise<T[]> {
  const rows = (await collectionSnapshot(cloud, name)) as Record<string, unknown>[];
  return JSON.parse(JSON.stringify(rows), (_key, value: unknown) => (value && typeof value === 'object' && '$date' in value ? new Date((value as { $date: string }).$date) : value)) as T[];
}

/** Waits until the run is done (a run out of time continues in new invocations on its own). */
export async function waitForRun(cloud: Emulator, runId: string, timeoutMs = 60_000): Promise<ReminderRunDocument> {
  const started = Date.now();
  for (;;) {
    const run = (await stored<ReminderRunDocument>(cloud, 'reminder_runs')).find((candidate) => candidate._id === runId);
    if (run?.state === 'done') return run;
    if (Date.now() - started > timeoutMs) throw new Error(`run ${runId} not done after ${timeoutMs} ms: ${JSON.stringify(run)}`);
    await sleep(100);
  }
}

export async function reminders(cloud: Emulator): Promise<ReminderDocument[]> {
  return stored<ReminderDocument>(cloud, 'reminders');
}

export async function inbox(cloud: Emulator): Promise<InboxDocument[]> {
  return stored<InboxDocument>(cloud, 'inbox');
}

/** The reminder a subscription message came from, read off the page it opens. */
export function reminderIdOfMessage(message: OutboxMessage): string {
  return new URLSearchParams((message.page ?? '').split('?')[1] ?? '').get('rk') ?? '';
}

/**
 * Every reminder, where it ended up: outbox messages by `rk`, inbox messages by id, digest entries by reminder
 * id. The exactly-once check: each reminder once, in one place.
 */
export async function deliveries(cloud: Emulator): Promise<Map<string, string[]>> {
  const places = new Map<string, string[]>();
  const add = (id: string, place: string) => places.set(id, [...(places.get(id) ?? []), place]);
  for (const message of cloud.outbox.list()) add(reminderIdOfMessage(message), 'outbox');
  for (const message of await inbox(cloud)) {
    if (message.kind === 'reminder') add(message._id, 'inbox');
    else for (const entry of Object.values(message.entries ?? {})) add(entry.reminderId, 'digest');
  }
  return places;
}

/** The person accepts the given templates `times` times (one requestSubscribeMessage each). */
export async function accept(cloud: Emulator, openid: string, keys: TemplateKey[], times = 1): Promise<void> {
  for (let index = 0; index < times; index += 1) {
    const results = Object.fromEntries(keys.map((key) => [SUBSCRIPTION_TEMPLATES[key].id, 'accept']));
    await expectOk(cloud, openid, 'subscriptions.record', { results });
  }
}

/** Imports items and puts each on an absolute due day (the run's clock is fixed, not today's). */
export async function itemsDue(cloud: Emulator, unit: Unit, specs: (ItemSpec & { dueDay: string | null; status?: string; nextReviewDue?: string })[]): Promise<string[]> {
  const { ids } = await importItems(cloud, unit, specs.map(({ dueDay: _dueDay, status: _status, nextReviewDue: _next, ...spec }) => ({ ...spec, due: spec.due ?? 30 })));
  for (const [index, spec] of specs.entries()) {
    const data: Record<string, unknown> = { dueDate: spec.dueDay };
    if (spec.status) data.status = spec.status;
    if (spec.nextReviewDue) data.nextReviewDue = spec.nextReviewDue;
    await arrangeTask(cloud, ids[index] as string, data);
  }
  return ids;
}

/** A reminder suite's local cloud and the unit on it, as its tests use them. */
export interface ReminderSuite {
  readonly cloud: Emulator;
  readonly unit: Unit;
  /** What runs before each test, again: the cloud emptied, faults cleared, the people set up, `arrange`. */
  startOver(): Promise<void>;
}

/**
 * Registers the file's hooks: the local cloud started once (`start`), and before each test emptied, its faults
 * cleared and the unit's people set up again, then whatever every test of the file needs (`arrange`).
 */
export function reminderSuite(start: () => Promise<Emulator>, arrange?: (suite: ReminderSuite) => Promise<void>): ReminderSuite {
  let cloud: Emulator | undefined;
  let unit: Unit | undefined;
  const suite: ReminderSuite = {
    get cloud() {
      if (!cloud) throw new Error('the local cloud is not started: use the suite inside a test');
      return cloud;
    },
    get unit() {
      if (!unit) throw new Error('the unit is not set up: use the suite inside a test');
      return unit;
    },
    async startOver() {
      suite.cloud.faults.clear();
      await suite.cloud.reset();
      unit = await setUpPeople(suite.cloud);
      await arrange?.(suite);
    },
  };
  beforeAll(async () => {
    cloud = await start();
  });
  beforeEach(() => suite.startOver());
  afterAll(async () => {
    await cloud?.close();
  });
  return suite;
}
