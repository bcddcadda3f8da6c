// Timer triggers: the 7-field cron WeChat documents, scheduled in Beijing time, and functions invoked as the platform does.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../emulator';
import { nextFireTime, parseCron } from '../../emulator/engine/timers/cron';
import { TimerScheduler } from '../../emulator/engine/timers/scheduler';
import type { TimerClock } from '../../emulator/engine/timers/scheduler';
import type { FunctionHost } from '../../emulator/engine/functions/host';

const next = (expression: string, after: string): string | null => {
  const at = nextFireTime(parseCron(expression), Date.parse(after));
  return at === null ? null : new Date(at).toISOString();
};

describe('cron of timer triggers, in Beijing time', () => {
  it('fires 0 0 9 * * * * at 09:00 Beijing, which is 01:00 UTC', () => {
    expect(next('0 0 9 * * * *', '2026-11-30T00:59:59Z')).toBe('2026-11-30T01:00:00.000Z');
    expect(next('0 0 9 * * * *', '2026-11-30T01:00:00Z')).toBe('2026-12-01T01:00:00.000Z');
    // 16:30 UTC is 00:30 the next day in Beijing: the next 09:00 is that day's.
    expect(next('0 0 9 * * * *', '2026-11-30T16:30:00Z')).toBe('2026-12-01T01:00:00.000Z');
  });

  it('understands lists, ranges, steps and names', () => {
    expect(next('0 */30 9-17 * * MON-FRI *', '2026-11-28T01:00:00Z')).toBe('2026-11-30T01:00:00.000Z'); // Sat → Mon 09:00
    expect(next('0 */30 9-17 * * MON-FRI *', '2026-11-30T01:10:00Z')).toBe('2026-11-30T01:30:00.000Z');
    expect(next('0 0 10,14,16 * * * *', '2026-11-30T02:30:00Z')).toBe('2026-11-30T06:00:00.000Z');
    expect(next('0 1/10 * * * * *', '2026-11-30T01:02:00Z')).toBe('2026-11-30T01:11:00.000Z');
    expect(next('0 0 2 1 * * *', '2026-11-30T00:00:00Z')).toBe('2026-11-30T18:00:00.000Z'); // 12-01 02:00 Beijing
    expect(next('0 0 12 * JAN,jul WED *', '2026-11-30T00:00:00Z')).toBe('2027-01-06T04:00:00.000Z');
    expect(next('*/5 * * * * * *', '2026-11-30T00:00:01Z')).toBe('2026-11-30T00:00:05.000Z');
  });

  it('takes day or weekday when both are given, and keeps to the year field', () => {
    // The 13th or any Friday, at midnight Beijing.
    expect(next('0 0 0 13 * 5 *', '2026-11-30T00:00:00Z')).toBe('2026-12-03T16:00:00.000Z'); // Fri 12-04
    expect(next('0 0 0 13 * 5 *', '2026-12-10T15:00:00Z')).toBe('2026-12-10T16:00:00.000Z'); // Fri 12-11
    expect(next('0 0 0 13 * 5 *', '2026-12-10T16:00:00Z')).toBe('2026-12-12T16:00:00.000Z'); // Sun 12-13, the 13th
    expect(next('0 0 0 1 1 * 2030', '2026-11-30T00:00:00Z')).toBe('2029-12-31T16:00:00.000Z');
    expect(next('0 0 0 1 1 * 2020', '2026-11-30T00:00:00Z')).toBeNull();
  });

  it('fires on 29 February only in leap years, and never on a day the month lacks', () => {
    expect(next('0 0 9 29 2 * *', '2026-03-01T00:00:00Z')).toBe('2028-02-29T01:00:00.000Z');
    expect(next('0 0 9 31 * * *', '2026-11-01T00:00:00Z')).toBe('2026-12-31T01:00:00.000Z');
  });

  it('refuses what WeChat refuses', () => {
    for (const bad of ['0 0 9 * * *', '0 0 24 * * * *', '60 * * * * * *', '0 0 9 0 * * *', '0 0 9 * 13 * *', '0 0 9 * * 7 *', '0 0 9 * * * 1969', '0 0 9 * FOO * *', '0 0 5-1 * * * *', '0 0 9/0 * * * *']) {
      expect(() => parseCron(bad)).toThrow(/cron/);
    }
  });
});

/** A clock the test moves by hand, with the timers it holds. */
function manualClock(start: string): TimerClock & { advanceTo(iso: string): void } {
  let now = Date.parse(start);
  let timers: { at: number; callback: () => void; id: number }[] = [];
  let ids = 0;
  return {
    now: () => now,
    setTimeout: (callback, ms) => {
      ids += 1;
      timers.push({ at: now + ms, callback, id: ids });
      return ids;
    },
    clearTimeout: (handle) => {
      timers = timers.filter((timer) => timer.id !== handle);
    },
    advanceTo(iso) {
      const target = Date.parse(iso);
      for (;;) {
        const due = timers.filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.callback();
      }
      now = target;
    },
  };
}

function functionsWithTrigger(config: string, name = 'tick'): string {
  const dir = mkdtempSync(join(tmpdir(), 'timer-functions-'));
  mkdirSync(join(dir, name));
  // Writes each event it gets, and who the platform said called, to the file named in its environment.
  writeFileSync(
    join(dir, name, 'index.js'),
    `const fs = require('node:fs');
exports.main = async (event) => {
  fs.appendFileSync(process.env.TICKS_FILE, JSON.stringify({ event, source: process.env.TCB_SOURCE || null, openid: process.env.WX_OPENID || null }) + '\\n');
  return { got: event };
};`,
  );
  writeFileSync(join(dir, name, 'config.json'), JSON.stringify({ triggers: [{ name: 'daily', type: 'timer', config }] }));
  return dir;
}

function ticks(file: string): { event: Record<string, unknown>; source: string | null; openid: string | null }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { event: Record<string, unknown>; source: string | null; openid: string | null });
}

describe('the timer scheduler', () => {
  it('invokes the function at each scheduled Beijing time with the platform timer event', async () => {
    const invoked: { name: string; event: unknown; identity: unknown }[] = [];
    const host = { invoke: async (name: string, event: unknown, identity: unknown) => (invoked.push({ name, event, identity }), 'null') } as unknown as FunctionHost;
    const clock = manualClock('2026-11-29T20:00:00Z');
    const scheduler = new TimerScheduler(host, functionsWithTrigger('0 0 9 * * * *'), undefined, clock);
    scheduler.start();
    expect(scheduler.list()).toEqual([{ functionName: 'tick', name: 'daily', config: '0 0 9 * * * *', next: '2026-11-30T01:00:00.000Z' }]);
    clock.advanceTo('2026-11-30T00:59:59Z');
    expect(invoked).toHaveLength(0);
    clock.advanceTo('2026-12-02T12:00:00Z');
    expect(invoked.map((call) => (call.event as { Time: string }).Time)).toEqual(['2026-11-30T01:00:00Z', '2026-12-01T01:00:00Z', '2026-12-02T01:00:00Z']);
    expect(invoked[0]).toEqual({ name: 'tick', event: { Type: 'Timer', TriggerName: 'daily', Time: '2026-11-30T01:00:00Z', Message: '' }, identity: { SOURCE: 'wx_trigger' } });
    scheduler.stop();
    clock.advanceTo('2026-12-05T12:00:00Z');
    expect(invoked).toHaveLength(3);
    expect(scheduler.list()[0]?.next).toBeNull();
  });

  it('runs real functions on schedule when the emulator is started with timers, with no caller identity', async () => {
    const dir = functionsWithTrigger('* * * * * * *');
    const file = join(dir, 'ticks.jsonl');
    const emulator = await startEmulator({ port: 0, functionsDir: dir, functionEnv: { TICKS_FILE: file }, timers: true });
    try {
      const started = Date.now();
      while (ticks(file).length < 2 && Date.now() - started < 5000) await new Promise((resolve) => setTimeout(resolve, 100));
      const seen = ticks(file);
      expect(seen.length).toBeGreaterThanOrEqual(2);
      expect(seen[0]).toMatchObject({ event: { Type: 'Timer', TriggerName: 'daily', Message: '' }, source: 'wx_trigger', openid: null });
      expect(String(seen[0]?.event.Time)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    } finally {
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stays off unless asked, and fires a trigger now, as at a chosen time, for tests', async () => {
    const dir = functionsWithTrigger('* * * * * * *');
    const file = join(dir, 'ticks.jsonl');
    const emulator = await startEmulator({ port: 0, functionsDir: dir, functionEnv: { TICKS_FILE: file } });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(ticks(file)).toHaveLength(0);
      expect(emulator.timers.list()).toEqual([{ functionName: 'tick', name: 'daily', config: '* * * * * * *', next: null }]);
      const answer = await emulator.timers.fire('tick', 'daily', new Date('2027-03-10T01:00:00.250Z'));
      expect(answer).toEqual({ got: { Type: 'Timer', TriggerName: 'daily', Time: '2027-03-10T01:00:00Z', Message: '' } });
      expect(ticks(file)[0]?.source).toBe('wx_trigger');
      await expect(emulator.timers.fire('tick', 'nightly')).rejects.toThrow(/no timer trigger/);
    } finally {
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the remind function as deployed: one daily trigger at 09:00', () => {
    const scheduler = new TimerScheduler({} as FunctionHost, join(__dirname, '..', '..', 'cloudfunctions'));
    expect(scheduler.list().filter((trigger) => trigger.functionName === 'remind')).toEqual([{ functionName: 'remind', name: 'daily', config: '0 0 9 * * * *', next: null }]);
  });
});
