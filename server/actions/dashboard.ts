import type { ActionHandler } from '../api/handlers';
import { requireMember } from '../api/context';
import { readPublicNotice } from '../dashboard/public-notice';
import { dashboardSummary } from '../dashboard/summary';
import { can } from '../../core/capabilities';

/** The 统计 tab: figures, overdue list, trend and 约谈 figures for what the caller sees (see dashboardSummary). */
export const getDashboardSummary: ActionHandler<'dashboard.summary'> = async (input, context) => dashboardSummary(context, requireMember(context), input.filter);

/** The 公示 page: published items for everyone; the office also gets the items it keeps internal, to decide. */
export const getPublicNotice: ActionHandler<'dashboard.publicNotice'> = async (input, context) =>
  readPublicNotice(context, can(requireMember(context).roles, 'editsPublications'), input.planId);
