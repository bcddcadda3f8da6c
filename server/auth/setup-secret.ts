import { createHash, timingSafeEqual } from 'node:crypto';

/** Whether `given` is the function's SETUP_SECRET; false when none is configured. */
export function setupSecretMatches(env: Readonly<Record<string, string | undefined>>, given: string): boolean {
  const expected = env.SETUP_SECRET;
  if (!expected) return false;
  // Hash both so the comparison takes the same time whatever the lengths.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
