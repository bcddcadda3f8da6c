import { parsePlan } from '../../core/plan';
import { WORST_SHAPES } from './worst-shapes';

// Parse time grows with the text, not its square: for each of the worst shapes found, n and 4n characters are timed
// in CPU time (the best of a few runs, so a busy machine does not decide). Linear cost gives 4, quadratic 16. Times
// under a floor count as the floor: a few milliseconds are mostly noise and steps of the regex engine.

const N = 40_000;
const FACTOR = 4;
const RUNS = 3;
const FLOOR_MS = 10;
const MAX_RATIO = 10;
// 160,000 characters (a long plan is 50,000) parse in well under a second even on a busy machine (a run of brackets
// took 23 s before; the worst shape takes about 70 ms now).
const MAX_MS = 1000;
// One paragraph put back together from broken lines, far past any real plan: it grew faster than linearly once.
const LONG_PARAGRAPH = 160_000;
const MAX_PARAGRAPH_RATIO = 8;

/** Milliseconds of this process's CPU: on a shared machine, time spent waiting for a core does not count. */
function bestTime(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run += 1) {
    const started = process.cpuUsage();
    parsePlan(text);
    const { user, system } = process.cpuUsage(started);
    best = Math.min(best, (user + system) / 1000);
  }
  return best;
}

describe('parse time', () => {
  it.each(Object.entries(WORST_SHAPES))('is linear for %s', (_name, shape) => {
    bestTime(shape(N / 4)); // warm up
    const once = bestTime(shape(N));
    const large = bestTime(shape(FACTOR * N));
    expect(large / Math.max(once, FLOOR_MS)).toBeLessThan(MAX_RATIO);
    expect(large).toBeLessThan(MAX_MS);
  });

  it('is linear for one paragraph of 640,000 characters joined from broken lines', () => {
    const shape = WORST_SHAPES.brokenParagraph;
    bestTime(shape(LONG_PARAGRAPH / 4)); // warm up
    const once = bestTime(shape(LONG_PARAGRAPH));
    const large = bestTime(shape(FACTOR * LONG_PARAGRAPH));
    expect(large / Math.max(once, FLOOR_MS)).toBeLessThan(MAX_PARAGRAPH_RATIO);
  });
});
