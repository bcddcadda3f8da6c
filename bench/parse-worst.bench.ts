// parse_worst_case_ms: the median time to parse 1 MB of the costliest text shape (tests/plan/worst-shapes.ts) —
// the slowest of them is reported, so no input of that size waits longer on the parser.
import { parsePlan } from '../core/plan';
import { WORST_SHAPES } from '../tests/plan/worst-shapes';

export const name = 'parse-worst';

const TARGET_BYTES = 1024 * 1024;
const WARM_UPS = 2;
const RUNS = 5;

function medianTime(text: string): number {
  for (let i = 0; i < WARM_UPS; i += 1) parsePlan(text);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    parsePlan(text);
    times.push(performance.now() - started);
  }
  const median = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  if (median === undefined) throw new Error('no parse was timed');
  return median;
}

/** A shape's text cut to 1 MB of UTF-8 (its characters are mostly three bytes). */
function oneMegabyte(shape: (chars: number) => string): string {
  const text = shape(TARGET_BYTES);
  let chars = text.length;
  while (Buffer.byteLength(text.slice(0, chars)) > TARGET_BYTES) chars = Math.floor(chars * 0.9);
  return text.slice(0, chars);
}

export async function run(): Promise<Record<string, number>> {
  let worst = 0;
  for (const shape of Object.values(WORST_SHAPES)) worst = Math.max(worst, medianTime(oneMegabyte(shape)));
  return { parse_worst_case_ms: worst };
}
