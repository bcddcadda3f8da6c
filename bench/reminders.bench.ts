// The daily reminder run at scale, on the local cloud running the built `remind` function (as tests do):
// 10,000 open items and 2,000 members, every subscription message answered after 80 ms (a fault rule's latency).
// Items are due from 60 days ago to 300 days ahead, each with one named 责任人; 80% of the owners hold accepts.
// - reminders_first_run_ms: wall time from the trigger to the run's end (every invocation it hands itself to);
// - reminders_invocations: how many invocations the run needed (each stops at a checkpoint before its 60 s timeout);
// - reminders_db_round_trips: database requests of the whole run, counted by the local cloud;
// - reminders_sends_per_second: subscription messages sent per second of the run;
// - reminders_sent / _inbox / _digest_entries: where the reminders went;
// - reminders_rerun_ms / _rerun_round_trips: the same day run again (nothing new to send: the steady-state cost);
// - reminders_projected_function_s: the run's billable function time in the cloud, projected from the local run as
//   its wall time plus 20 ms per database round trip;
// - every figure again as `*_latency20`, on a fresh unit with 20 ms added to each database round trip
//   (bench/cloud-latency.ts): measured, not projected.
import { startLocalCloud, sdkDatabase, TEST_SETUP_SECRET } from '../tests/support/local-cloud';
import { setUpUnit } from '../tests/support/roster-fixture';
import { buildFunctions } from '../scripts/build-functions';
import { SUBSCRIPTION_TEMPLATES } from '../core/reminders/subscription-templates';
import { fireTimer, waitForRun } from '../tests/api/reminders.support';
import { testClock } from '../tests/support/test-clock';
import { addCloudLatency, CLOUD_LATENCY_MS } from './cloud-latency';

export const name = 'reminders';

const ITEMS = 10_000;
const MEMBERS = 2_000;
const DEPARTMENTS = 50;
const LEADERS = 30;
const OFFICE = 5;
const SEND_LATENCY_MS = 80;
// 09:00 Beijing on a 10th: deadline rules only (the monthly 进展 reminder starts on the 25th).
const CLOCK = '2027-03-10T01:00:00Z';
const DAY_MS = 86_400_000;

/** A small deterministic generator, so every run of the bench sees the same unit. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

async function insertAll(db: ReturnType<typeof sdkDatabase>, collection: string, docs: Record<string, unknown>[]): Promise<void> {
  for (let index = 0; index < docs.length; index += 500) {
    await db.collection(collection).add({ data: docs.slice(index, index + 500) as unknown as Record<string, unknown> });
  }
}

/** One unit seeded afresh, its day's run and a same-day rerun, with or without the cloud's latency. */
async function measure(withLatency: boolean): Promise<Record<string, number>> {
  // On a loaded machine a continuation's request can take longer than the 1.5 s an invocation waits to hand off.
  const cloud = await startLocalCloud({ SETUP_SECRET: TEST_SETUP_SECRET, REMIND_HANDOFF_MS: '10000' });
  try {
    await setUpUnit(cloud);
    const db = sdkDatabase(cloud);
    const next = random(42);
    const now = new Date();
    const departments = Array.from({ length: DEPARTMENTS }, (_, index) => `bench-dept-${index}`);
    const members: Record<string, unknown>[] = [];
    const cadresByDepartment = new Map<string, string[]>();
    for (let index = 0; index < MEMBERS; index += 1) {
      const id = `bench-member-${String(index).padStart(4, '0')}`;
      const roles = index === 0 ? ['secretary'] : index <= OFFICE ? ['office'] : index <= OFFICE + LEADERS ? ['leader'] : ['cadre'];
      const department = departments[index % DEPARTMENTS] as string;
      if (roles[0] === 'cadre') cadresByDepartment.set(department, [...(cadresByDepartment.get(department) ?? []), id]);
      members.push({ _id: id, name: `成员${index}`, title: null, roles, departmentIds: roles[0] === 'cadre' ? [department] : [], active: true, openid: `o-bench-${index}`, createdAt: now, updatedAt: now });
    }
    await insertAll(db, 'members', members);
    const leaders = members.filter((member) => (member.roles as string[])[0] === 'leader').map((member) => member._id as string);

    const clock = Date.parse(CLOCK);
    const tasks: Record<string, unknown>[] = [];
    for (let seq = 1; seq <= ITEMS; seq += 1) {
      const department = departments[Math.floor(next() * DEPARTMENTS)] as string;
      const cadres = cadresByDepartment.get(department) as string[];
      const dueDate = new Date(clock + Math.floor(next() * 361 - 60) * DAY_MS).toISOString().slice(0, 10);
      tasks.push({
        _id: `bench-task-${seq}`,
        planId: 'bench-plan',
        seq,
        title: `整改事项${seq}：关于进一步规范内部管理和制度执行的问题`,
        status: next() < 0.5 ? 'not_started' : 'in_progress',
        dueDate,
        nextReviewDue: null,
        latestProgressAt: null,
        leaderId: leaders[Math.floor(next() * leaders.length)],
        departmentIds: [department],
        assigneeIds: [cadres[Math.floor(next() * cadres.length)]],
        sortKey: `${dueDate}|bench-plan|${String(seq).padStart(5, '0')}`,
        version: 1,
      });
    }
    await insertAll(db, 'tasks', tasks);
    // 80% of the people hold five accepts of the deadline template.
    const subscriptions = members
      .filter(() => next() < 0.8)
      .map((member) => ({ _id: member._id, memberId: member._id, enabled: true, mainSwitch: null, quota: { deadline: 5, progress: 0, approval: 0 }, refused: { deadline: null, progress: null, approval: null }, always: { deadline: false, progress: false, approval: false }, updatedAt: now }));
    await insertAll(db, 'subscriptions', subscriptions);

    // The unit was set up well before 09:00: its roster is not "changed since" the day's run began.
    testClock.advance(10 * 60_000);
    cloud.faults.add({ match: { action: 'wx.openApi', apiName: 'subscribeMessage.send' }, reply: { latencyMs: SEND_LATENCY_MS } });
    if (withLatency) addCloudLatency(cloud);
    const databaseTrips = () => Object.entries(cloud.stats.counts()).reduce((sum, [action, count]) => (action.startsWith('database.') ? sum + count : sum), 0);

    cloud.stats.reset();
    cloud.outbox.clear();
    let started = performance.now();
    await fireTimer(cloud, CLOCK);
    const first = await waitForRun(cloud, 'daily-2027-03-10', 600_000);
    const firstMs = performance.now() - started;
    const firstTrips = databaseTrips();
    const sent = cloud.outbox.list().length;
    if (sent !== first.counts.sent) throw new Error(`the outbox holds ${sent} messages, the run counted ${first.counts.sent}`);

    cloud.stats.reset();
    started = performance.now();
    // A second run of the same day, as 立即运行 starts one (its own run, decided on the same clock).
    await db.collection('reminder_runs').add({ data: { ...first, _id: 'manual-bench-rerun', kind: 'manual', state: 'running', phase: 'recover', cursor: null, leaseOwner: null, leaseUntil: 0, invocations: 0, counts: { sent: 0, inbox: 0, digest: 0, retry: 0, recovered: 0 }, finishedAt: null } });
    await cloud.invokeFunction('remind', { runId: 'manual-bench-rerun' }, { SOURCE: 'wx_cloud' });
    const again = await waitForRun(cloud, 'manual-bench-rerun', 600_000);
    const rerunMs = performance.now() - started;
    if (again.counts.sent + again.counts.inbox + again.counts.digest !== 0 || cloud.outbox.list().length !== sent) throw new Error('the rerun delivered reminders again');
    if (cloud.outbox.list().some((message) => message.templateId !== SUBSCRIPTION_TEMPLATES.deadline.id)) throw new Error('a reminder went out on the wrong template');

    return {
      reminders_first_run_ms: firstMs,
      reminders_invocations: first.invocations,
      reminders_db_round_trips: firstTrips,
      reminders_sends_per_second: (sent / firstMs) * 1000,
      reminders_sent: sent,
      reminders_inbox: first.counts.inbox,
      reminders_digest_entries: first.counts.digest,
      reminders_rerun_ms: rerunMs,
      reminders_rerun_round_trips: databaseTrips(),
    };
  } finally {
    await cloud.close();
  }
}

export async function run(): Promise<Record<string, number>> {
  await buildFunctions({ quiet: true });
  const local = await measure(false);
  const distant = await measure(true);
  const projectedMs = (local.reminders_first_run_ms as number) + (local.reminders_db_round_trips as number) * CLOUD_LATENCY_MS;
  return {
    reminders_items: ITEMS,
    reminders_members: MEMBERS,
    ...local,
    reminders_projected_function_s: projectedMs / 1000,
    ...Object.fromEntries(Object.entries(distant).map(([key, value]) => [`${key}_latency${CLOUD_LATENCY_MS}`, value])),
  };
}
