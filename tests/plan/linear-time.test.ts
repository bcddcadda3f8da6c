import { parsePlan } from '../../core/plan';
import { WORST_SHAPES } from './worst-shapes';

// Parse time grows with the text, not its square: for each of the worst shapes found, n and 2n characters are
// timed in CPU time (the best of a few runs, so a busy machine does not decide) and 2n may cost at most about twice as much,
// and well within the preview's time.

const N = 40_000;
const RUNS = 3;
// Quadratic cost would give 4; 3.5 leaves room for a garbage collection landing in one run and not the other.
const MAX_RATIO = 3.5;
// 80,000 characters, far from plans.preview's 20 s timeout even on a busy machine (a run of brackets took 23 s before).
const MAX_MS = 5000;

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
    const twice = bestTime(shape(2 * N));
    expect(twice / Math.max(once, 1)).toBeLessThan(MAX_RATIO);
    expect(twice).toBeLessThan(MAX_MS);
  });
});
