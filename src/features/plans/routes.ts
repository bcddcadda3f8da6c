// Pages of the plans subpackage; small enough to live in the main package's shared code.
export const PLAN_IMPORT_PAGE = '/packages/plans/import/index';
export const PLAN_LIST_PAGE = '/packages/plans/list/index';
export const PLAN_DETAIL_PAGE = '/packages/plans/detail/index';

export const planDetailUrl = (planId: string) => `${PLAN_DETAIL_PAGE}?id=${encodeURIComponent(planId)}`;
