import type { ActionName, FunctionName } from '../../core/actions';

/**
 * Which cloud function serves an action, by the action's prefix: `exports.*` runs on `exports` (its docx/xlsx
 * dependencies stay out of `api`'s cold start), everything else on `api`. The same rule as core's functionOf,
 * kept here as a plain map so the main package does not pull in every action's schema to route a call.
 */
const FUNCTION_BY_PREFIX: Partial<Record<string, FunctionName>> = { exports: 'exports' };

export function functionFor(action: ActionName): FunctionName {
  return FUNCTION_BY_PREFIX[action.slice(0, action.indexOf('.'))] ?? 'api';
}
