import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CloudClock } from '../clock';
import { EmulatorError, invalidParam } from '../../errors';
import type { FunctionHost } from '../functions/host';
import { nextFireTime, parseCron } from './cron';
import type { CronSchedule } from './cron';

/** One timer trigger from a function's config.json, as the platform reads it. */
export interface TimerTrigger {
  functionName: string;
  name: string;
  config: string;
  schedule: CronSchedule;
}

export interface TimerInfo {
  functionName: string;
  name: string;
  config: string;
  /** ISO time of the next firing while the scheduler runs; null when stopped. */
  next: string | null;
}

/** What the platform hands a function its timer fires: `Time` is the scheduled instant (UTC, whole seconds). */
export interface TimerEvent {
  Type: 'Timer';
  TriggerName: string;
  Time: string;
  Message: string;
}

export interface TimerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Runs on the local cloud's clock (which may be set), waiting in real milliseconds. */
export const cloudTimerClock = (clock: CloudClock): TimerClock => ({
  now: () => clock.nowMs(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A waiting timer must not keep the process alive; the emulator's server does that.
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
});

/** Long waits are cut into pieces so a timer never overflows setTimeout and follows a clock that jumped. */
const MAX_WAIT_MS = 3600_000;
const TRIGGER_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;

/** Every timer trigger declared in `<functionsDir>/<name>/config.json`; a malformed one fails loudly. */
export function readTimerTriggers(functionsDir: string | undefined): TimerTrigger[] {
  if (!functionsDir || !existsSync(functionsDir)) return [];
  const triggers: TimerTrigger[] = [];
  for (const functionName of readdirSync(functionsDir).sort()) {
    const file = join(functionsDir, functionName, 'config.json');
    if (!existsSync(file)) continue;
    let config: { triggers?: unknown };
    try {
      config = JSON.parse(readFileSync(file, 'utf8')) as typeof config;
    } catch (error) {
      throw new EmulatorError('FUNCTIONS_EXECUTE_FAIL', `${functionName}/config.json is not valid JSON: ${(error as Error).message}`);
    }
    if (config.triggers === undefined) continue;
    if (!Array.isArray(config.triggers)) throw invalidParam(`${functionName}/config.json: triggers must be an array`);
    for (const trigger of config.triggers as Array<{ name?: unknown; type?: unknown; config?: unknown }>) {
      if (trigger.type !== 'timer') throw invalidParam(`${functionName}/config.json: only timer triggers exist, not ${JSON.stringify(trigger.type)}`);
      if (typeof trigger.name !== 'string' || !TRIGGER_NAME.test(trigger.name)) throw invalidParam(`${functionName}/config.json: invalid trigger name ${JSON.stringify(trigger.name)}`);
      if (typeof trigger.config !== 'string') throw invalidParam(`${functionName}/config.json: trigger ${trigger.name} needs a cron config`);
      triggers.push({ functionName, name: trigger.name, config: trigger.config, schedule: parseCron(trigger.config) });
    }
  }
  return triggers;
}

function timerEvent(trigger: TimerTrigger, at: number): TimerEvent {
  return { Type: 'Timer', TriggerName: trigger.name, Time: new Date(Math.floor(at / 1000) * 1000).toISOString().replace('.000Z', 'Z'), Message: '' };
}

/**
 * Runs the functions' timer triggers on their schedule, in Beijing time, as the platform does: the function is
 * invoked with SOURCE wx_trigger and no caller, and its answer goes nowhere. Off unless started: tests fire
 * triggers themselves (`fire`) so that nothing happens at a moment they did not choose.
 */
export class TimerScheduler {
  private triggers: TimerTrigger[] = [];
  private readonly pending = new Map<string, { handle: unknown; at: number }>();
  private running = false;

  constructor(
    private readonly functions: FunctionHost,
    private readonly functionsDir: string | undefined,
    private readonly log: (line: string) => void = () => undefined,
    private readonly clock: TimerClock = cloudTimerClock(new CloudClock()),
  ) {}

  /** Reads the triggers (again) and, when started, schedules each at its next time. */
  refresh(): void {
    this.triggers = readTimerTriggers(this.functionsDir);
    if (this.running) {
      this.clearAll();
      for (const trigger of this.triggers) this.schedule(trigger);
    }
  }

  start(): void {
    this.running = true;
    this.refresh();
  }

  stop(): void {
    this.running = false;
    this.clearAll();
  }

  list(): TimerInfo[] {
    if (this.triggers.length === 0) this.triggers = readTimerTriggers(this.functionsDir);
    return this.triggers.map((trigger) => {
      const at = this.pending.get(this.id(trigger))?.at;
      return { functionName: trigger.functionName, name: trigger.name, config: trigger.config, next: at === undefined ? null : new Date(at).toISOString() };
    });
  }

  /**
   * Fires a trigger now, as if the platform had at `at` (default: now): for tests and the dev tools. Resolves with
   * the function's answer, which the platform itself would drop.
   */
  async fire(functionName: string, triggerName?: string, at: Date = new Date(this.clock.now())): Promise<unknown> {
    if (this.triggers.length === 0) this.triggers = readTimerTriggers(this.functionsDir);
    const trigger = this.triggers.find((candidate) => candidate.functionName === functionName && (triggerName === undefined || candidate.name === triggerName));
    if (!trigger) throw new EmulatorError('FUNCTION_NOT_FOUND', `no timer trigger ${triggerName ?? '(any)'} on function ${functionName}`);
    return JSON.parse(await this.functions.invoke(trigger.functionName, timerEvent(trigger, at.getTime()), { SOURCE: 'wx_trigger' })) as unknown;
  }

  private id(trigger: TimerTrigger): string {
    return `${trigger.functionName}/${trigger.name}`;
  }

  private clearAll(): void {
    for (const { handle } of this.pending.values()) this.clock.clearTimeout(handle);
    this.pending.clear();
  }

  private schedule(trigger: TimerTrigger, after = this.clock.now()): void {
    const at = nextFireTime(trigger.schedule, after);
    if (at === null) return;
    const wait = (): void => {
      const left = at - this.clock.now();
      if (left > 0) {
        this.pending.set(this.id(trigger), { handle: this.clock.setTimeout(wait, Math.min(left, MAX_WAIT_MS)), at });
        return;
      }
      this.pending.delete(this.id(trigger));
      if (!this.running) return;
      this.log(`timer ${this.id(trigger)} fires (${trigger.config})`);
      this.functions.invoke(trigger.functionName, timerEvent(trigger, at), { SOURCE: 'wx_trigger' }).then(
        () => undefined,
        (error: unknown) => this.log(`timer ${this.id(trigger)} failed: ${error instanceof Error ? error.message : String(error)}`),
      );
      // The next firing is counted from this one, so a slow run never skips or doubles a time.
      if (this.running) this.schedule(trigger, at);
    };
    wait();
  }
}
