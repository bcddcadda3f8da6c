import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanDeadline } from '../../core/plan';

export const FIXTURES = join(__dirname, '../fixtures/plans');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** A deadline with nothing recognised but its text; tests spell out only what each one does have. */
export function deadline(text: string, recognised: Partial<PlanDeadline> = {}): PlanDeadline {
  return { immediate: false, longTerm: false, months: null, date: null, text, ...recognised };
}
