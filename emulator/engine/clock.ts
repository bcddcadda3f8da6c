/**
 * The local cloud's time. In production it is the platform's; here a test may set it to an instant of its choice,
 * and from there it keeps running like any clock. Every part of the emulator that stamps or compares time reads it,
 * and function instances see it as their `Date`, so a function's `new Date()` agrees with `db.serverDate()`.
 */
export class CloudClock {
  private offsetMs = 0;

  /** `start`: the instant the clock shows now (default: the machine's time). */
  constructor(start?: Date | string | number) {
    if (start !== undefined) this.set(start);
  }

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** From now on the clock shows `instant`, and runs on from there. */
  set(instant: Date | string | number): void {
    const ms = new Date(instant).getTime();
    if (Number.isNaN(ms)) throw new Error(`CloudClock.set: not an instant: ${String(instant)}`);
    this.offsetMs = ms - Date.now();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** How far the clock is from the machine's: what a function instance adds to its own `Date`. */
  offset(): number {
    return this.offsetMs;
  }
}
