import { beijingDay } from '../../core/time';
import type { ActionHandler } from '../api/handlers';
import { readPublicNotice } from '../dashboard/public-notice';
import { deliver } from './export-file';
import { buildNoticeDocx } from './notice-docx';
import { xmlSafe } from './xml-safe';

/** The 公示 (.docx) of one plan (the current one unless chosen) or 全部整改任务: published items and their status; items the office marked internal are left out. */
export const exportPublicNotice: ActionHandler<'exports.publicNotice'> = async (input, context) => {
  const now = context.now();
  const notice = await readPublicNotice(context, false, input.planId);
  const bytes = await buildNoticeDocx(xmlSafe(notice), beijingDay(now));
  const file = await deliver('notices', bytes, `巡察整改落实情况公示-${beijingDay(now).replace(/-/g, '')}.docx`, now);
  return { ...file, items: notice.items.length };
};
