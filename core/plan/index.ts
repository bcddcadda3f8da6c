// The plan parser: text of a 整改落实方案 in, aspects → problems → fields out, plus warnings with line numbers.
export { parsePlan, parsePlanDetailed } from './parse-plan';
export { parsedPlanSchema, planAspectSchema } from './schema';
export type { ParsedPlan, PlanAspect, PlanDeadline, PlanProblem, PlanWarning } from './schema';
export type { ProblemField, WarningTarget } from './targets';
