import { CloudClock } from '../../emulator';

/**
 * Integration tests run at an instant they choose, never at the machine's date: by default 10:00 Beijing time on
 * Tuesday 15 December 2026, mid-month and mid-week. Every local cloud a test file starts shares this clock, and so
 * do `today()`/`dayFromToday()`; a test about another moment sets it (`testClock.set(…)`).
 */
export const TEST_START = '2026-12-15T02:00:00.000Z';

export const testClock = new CloudClock(TEST_START);

/** Now, on the local cloud's clock: use it wherever a test needs "now" for dates (not for measuring elapsed time). */
export const testNow = (): Date => testClock.now();
