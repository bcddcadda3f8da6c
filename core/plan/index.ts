// The plan parser: text of a 整改落实方案 in, aspects → problems → fields out, plus warnings with line numbers.
export { parsePlan, parsePlanDetailed, UNNAMED_ASPECT } from './parse-plan';
export type { ParseOptions } from './parse-plan';
export {
  parsedPlanSchema,
  planAspectSchema,
  planDeadlineSchema,
  planMeasureDetailSchema,
  planProblemSchema,
  planWarningSchema,
} from './schema';
export type { ParsedPlan, PlanAspect, PlanDeadline, PlanMeasureDetail, PlanProblem, PlanWarning } from './schema';
export { PROBLEM_FIELDS } from './targets';
export type { DetailedParse, ProblemField, WarningTarget } from './targets';
export { WARNING_CODES } from './warnings';
export type { WarningCode } from './warnings';
