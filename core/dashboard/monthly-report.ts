import { quoted } from '../text';
import type { PlanDeadline } from '../plan';
import { figuresOf, figuresSentence, isCountedIn, overdueSentence } from '../figures/figures';
import type { Figures } from '../figures/figures';
import { TASK_STATUS_LABELS, isDone } from '../tasks/status';
import type { TaskStatus } from '../tasks/status';
import { chineseDate, daysUntil } from '../time';
import type { IsoDay } from '../time';
import { addDays, addMonthsToMonth, chineseMonth, monthRange, startOfBeijingDay } from './months';
import type { IsoMonth } from './months';
import type { PlanHeading } from './model';
import { PLAN_KIND_PROBLEMS, sharedKind } from '../plans/kinds';
import { bareAspectTitle, chineseNumber, deadlineText, shortChineseDate } from './wording';

/** One item as it stood at the report's cut-off (the month's last day, or today for the running month). */
export interface ReportItem {
  id: string;
  planId: string;
  seq: number;
  aspectIndex: number;
  aspectTitle: string;
  number: string | null;
  title: string;
  leaderName: string | null;
  departmentNames: string[];
  deadline: PlanDeadline;
  status: TaskStatus;
  dueDate: IsoDay | null;
  nextReviewDue: IsoDay | null;
  closedOn: IsoDay | null;
  /** The latest 进展 up to the cut-off. */
  latestProgress: { day: IsoDay; text: string } | null;
  /** The latest extension request up to the cut-off: why the owner says it is late. */
  extension: { reason: string; newDate: IsoDay; state: 'pending' | 'approve' | 'refuse' } | null;
}

export interface ReportPost {
  taskId: string;
  day: IsoDay;
  text: string;
}

export type ReportChangeKind = 'started' | 'applied' | 'review_pass' | 'review_return' | 'signoff_pass' | 'signoff_return';

/** A status change recorded in the audit during the month. */
export interface ReportChange {
  taskId: string;
  day: IsoDay;
  kind: ReportChangeKind;
  to: TaskStatus;
  opinion: string | null;
}

export interface MonthlyReportInput {
  unitName: string | null;
  month: IsoMonth;
  /** The day the figures stand at: the month's last day, or today while the month runs. */
  cutoff: IsoDay;
  generatedOn: IsoDay;
  items: ReportItem[];
  posts: ReportPost[];
  changes: ReportChange[];
  /** The plans the report covers, in import order: 方面 come out in this order, and they name the report. */
  plans: PlanHeading[];
}

/** The figures (core/figures) at the cut-off, and what happened in the month. */
export interface MonthlyReportFigures extends Figures {
  postsThisMonth: number;
  itemsWithPosts: number;
  appliedThisMonth: number;
  closedThisMonth: number;
  dueNextMonth: number;
}

export interface ReportSection {
  /** 一、总体进展情况 */
  heading: string;
  paragraphs: string[];
  subsections: { heading: string; paragraphs: string[] }[];
}

/** The report as text, in the shape a Chinese government report has; a renderer turns it into a .docx. */
export interface MonthlyReport {
  title: string;
  subtitle: string;
  opening: string;
  sections: ReportSection[];
  signature: { unit: string; date: string };
  figures: MonthlyReportFigures;
}

/** The status an item had at the cut-off: the `from` of the first status change after it, else the current one. */
export function statusAtCutoff(current: TaskStatus, laterChanges: readonly { at: string; from: TaskStatus }[]): TaskStatus {
  const first = [...laterChanges].sort((a, b) => a.at.localeCompare(b.at))[0];
  return first ? first.from : current;
}

/** The due day at the cut-off: an extension granted after it had moved the day from its `previousDate`. */
export function dueDateAtCutoff(current: IsoDay | null, extensions: readonly { decision: string; decidedAt: string; previousDate: IsoDay | null }[], cutoffEnd: Date): IsoDay | null {
  const later = extensions.filter((entry) => entry.decision === 'approve' && new Date(entry.decidedAt) >= cutoffEnd).sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))[0];
  return later ? later.previousDate : current;
}

const CHANGE_WORDS: Record<ReportChangeKind, string> = {
  started: '开始整改',
  applied: '提交销号申请',
  review_pass: '经责任领导审核通过',
  review_return: '经责任领导审核退回补充整改',
  signoff_pass: '经领导小组组长审定销号',
  signoff_return: '经领导小组组长审定退回补充整改',
};

function owners(item: ReportItem): string {
  const parts: string[] = [];
  if (item.departmentNames.length > 0) parts.push(`责任部门：${item.departmentNames.join('、')}`);
  if (item.leaderName) parts.push(`责任领导：${item.leaderName}`);
  return parts.length > 0 ? `（${parts.join('；')}）` : '';
}

const sentence = (text: string) => {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return /[。！？；]$/.test(trimmed) ? trimmed : `${trimmed}。`;
};

/** The last instant of the cut-off day: the figures stand as they did when that day ended. */
function cutoffInstant(cutoff: IsoDay): Date {
  return new Date(startOfBeijingDay(addDays(cutoff, 1)).getTime() - 1);
}

function daysLate(day: IsoDay, cutoff: IsoDay): number {
  // daysUntil counts Beijing days from an instant; noon of the cut-off day is safely inside it.
  return -daysUntil(day, new Date(`${cutoff}T04:00:00Z`));
}

function byPlanOrder(planOrder: readonly string[]) {
  const rank = (planId: string) => {
    const at = planOrder.indexOf(planId);
    return at < 0 ? planOrder.length : at;
  };
  return (a: ReportItem, b: ReportItem) => rank(a.planId) - rank(b.planId) || a.planId.localeCompare(b.planId) || a.aspectIndex - b.aspectIndex || a.seq - b.seq;
}

/** 巡察反馈问题, 审计发现问题…: the plans' kind (core/plans/kinds) when they share one, else 反馈问题. */
function problemsWord(plans: readonly PlanHeading[]): string {
  return PLAN_KIND_PROBLEMS[sharedKind(plans.map((plan) => plan.kind))];
}

function overallSection(input: MonthlyReportInput, figures: MonthlyReportFigures): ReportSection {
  const asOf = chineseDate(input.cutoff);
  const [only] = input.plans;
  const planWords = input.plans.length > 1 ? `${input.plans.length}个整改方案` : `${only && only.kind !== 'other' ? only.kindLabel : ''}整改落实方案`;
  const paragraphs = [
    `截至${asOf}，${planWords}共明确整改问题${figures.total}个。其中，${figuresSentence(figures)}。`,
    `${chineseMonth(input.month)}，共报送整改进展${figures.postsThisMonth}条，涉及问题${figures.itemsWithPosts}个；提交销号申请${figures.appliedThisMonth}件，完成销号${figures.closedThisMonth}个。截至${asOf}，${overdueSentence(figures)}。`,
  ];
  return { heading: '一、总体进展情况', paragraphs, subsections: [] };
}

function workSection(input: MonthlyReportInput, items: ReportItem[]): ReportSection {
  const postsByTask = new Map<string, ReportPost[]>();
  for (const post of [...input.posts].sort((a, b) => a.day.localeCompare(b.day))) postsByTask.set(post.taskId, [...(postsByTask.get(post.taskId) ?? []), post]);
  const changesByTask = new Map<string, ReportChange[]>();
  for (const change of [...input.changes].sort((a, b) => a.day.localeCompare(b.day))) changesByTask.set(change.taskId, [...(changesByTask.get(change.taskId) ?? []), change]);
  const active = items.filter((item) => postsByTask.has(item.id) || changesByTask.has(item.id));
  if (active.length === 0) {
    return { heading: '二、本月整改工作开展情况', paragraphs: [`${chineseMonth(input.month)}，各整改问题均未报送整改进展，也没有状态变化。`], subsections: [] };
  }
  const aspects: { key: string; title: string; items: ReportItem[] }[] = [];
  for (const item of active) {
    const key = `${item.planId}:${item.aspectIndex}`;
    const aspect = aspects.find((entry) => entry.key === key);
    if (aspect) aspect.items.push(item);
    else aspects.push({ key, title: item.aspectTitle, items: [item] });
  }
  const subsections = aspects.map((aspect, index) => ({
    heading: `（${chineseNumber(index + 1)}）${bareAspectTitle(aspect.title)}`,
    paragraphs: aspect.items.map((item, at) => {
      const done = (postsByTask.get(item.id) ?? []).map((post) => `${shortChineseDate(post.day)}，${sentence(post.text).replace(/。$/, '')}`);
      const steps = (changesByTask.get(item.id) ?? [])
        .filter((change) => change.kind !== 'started' || !postsByTask.has(item.id))
        .map((change) => `${shortChineseDate(change.day)}${CHANGE_WORDS[change.kind]}${change.opinion && change.kind.endsWith('return') ? `（${change.opinion.replace(/[。；]$/, '')}）` : ''}`);
      const body = [...done, ...steps].join('；');
      return `${at + 1}.关于${quoted(item.title)}问题${owners(item)}。${body ? sentence(body) : ''}目前状态：${TASK_STATUS_LABELS[item.status]}。`;
    }),
  }));
  return {
    heading: '二、本月整改工作开展情况',
    paragraphs: [`${chineseMonth(input.month)}，共有${active.length}个问题报送进展或推进销号，具体如下：`],
    subsections,
  };
}

function why(item: ReportItem): string {
  const parts: string[] = [];
  if (item.extension) {
    const verdict = item.extension.state === 'pending' ? '已申请延期' : item.extension.state === 'approve' ? '曾获准延期' : '曾申请延期未获批准';
    parts.push(`${verdict}至${chineseDate(item.extension.newDate)}，理由：${sentence(item.extension.reason)}`);
  }
  parts.push(item.latestProgress ? `最新进展（${shortChineseDate(item.latestProgress.day)}）：${sentence(item.latestProgress.text)}` : '尚未报送整改进展。');
  return parts.join('');
}

function problemsSection(input: MonthlyReportInput, items: ReportItem[]): ReportSection {
  const at = cutoffInstant(input.cutoff);
  const overdue = items.filter((item) => isCountedIn(item, 'overdue', at)).sort((a, b) => (a.dueDate as string).localeCompare(b.dueDate as string));
  const lateReviews = items.filter((item) => isCountedIn(item, 'consolidationOverdue', at));
  const asOf = chineseDate(input.cutoff);
  const paragraphs =
    overdue.length === 0
      ? [`截至${asOf}，无超过整改时限未完成的问题。`]
      : [
          `截至${asOf}，以下${overdue.length}个问题超过整改时限尚未完成：`,
          ...overdue.map(
            (item, index) =>
              `${index + 1}.${quoted(item.title)}${owners(item)}，整改时限为${chineseDate(item.dueDate as string)}，已逾期${daysLate(item.dueDate as string, input.cutoff)}天，目前状态：${TASK_STATUS_LABELS[item.status]}。${why(item)}`,
          ),
        ];
  if (lateReviews.length > 0) {
    paragraphs.push(`长期坚持的问题中，${lateReviews.map((item) => `${quoted(item.title)}`).join('、')}未按期报送巩固整改情况。`);
  }
  return { heading: '三、存在的问题及原因', paragraphs, subsections: [] };
}

function nextSection(input: MonthlyReportInput, items: ReportItem[]): { section: ReportSection; due: number } {
  const next = monthRange(addMonthsToMonth(input.month, 1));
  const inNext = (day: IsoDay | null) => day !== null && day >= next.firstDay && day <= next.lastDay;
  const due = items.filter((item) => !isDone(item.status) && inNext(item.dueDate)).sort((a, b) => (a.dueDate as string).localeCompare(b.dueDate as string));
  const reviews = items.filter((item) => item.status === 'long_term' && inNext(item.nextReviewDue));
  const at = cutoffInstant(input.cutoff);
  const overdue = items.filter((item) => isCountedIn(item, 'overdue', at)).length;
  const paragraphs: string[] = [];
  if (due.length > 0) {
    paragraphs.push(`${chineseMonth(next.month)}到期的整改问题${due.length}个，须按时完成整改并申请销号：`);
    due.forEach((item, index) => paragraphs.push(`${index + 1}.${quoted(item.title)}${owners(item)}，整改时限为${deadlineText(item.dueDate, item.deadline)}。`));
  } else {
    paragraphs.push(`${chineseMonth(next.month)}没有到期的整改问题。`);
  }
  if (reviews.length > 0) paragraphs.push(`${reviews.map((item) => `${quoted(item.title)}`).join('、')}须于${chineseMonth(next.month)}报送长期坚持巩固整改情况。`);
  if (overdue > 0) paragraphs.push(`对${overdue}个逾期未完成的问题，责任领导要加强督促，责任部门要查明原因、倒排工期，尽快整改到位。`);
  paragraphs.push(`下一步，将继续坚持每月听取整改进展情况汇报，逐项对账销号，对整改进度滞后的问题及时提醒督办，确保${problemsWord(input.plans)}全面彻底整改到位。`);
  return { section: { heading: '四、下一步工作安排', paragraphs, subsections: [] }, due: due.length };
}

/**
 * The monthly 整改进展情况报告 as a draft for the office to edit: overall figures at the cut-off, what was done per
 * item in the month (progress posts and status changes), what is overdue and why, and next month's focus.
 */
export function buildMonthlyReport(input: MonthlyReportInput): MonthlyReport {
  const items = [...input.items].sort(byPlanOrder(input.plans.map((plan) => plan.id)));
  const figures: MonthlyReportFigures = {
    ...figuresOf(items, cutoffInstant(input.cutoff)),
    postsThisMonth: input.posts.length,
    itemsWithPosts: new Set(input.posts.map((post) => post.taskId)).size,
    appliedThisMonth: input.changes.filter((change) => change.kind === 'applied').length,
    closedThisMonth: input.changes.filter((change) => change.kind === 'signoff_pass').length,
    dueNextMonth: 0,
  };
  const next = nextSection(input, items);
  figures.dueNextMonth = next.due;
  const unit = input.unitName ?? '（单位名称）';
  const problems = problemsWord(input.plans);
  const [only] = input.plans;
  const basis = input.plans.length === 1 && only ? `《${only.title}》${only.source ? `（${only.source}）` : ''}` : '整改落实方案';
  return {
    title: `${input.unitName ?? ''}关于${problems}整改进展情况的报告`,
    subtitle: `（${chineseMonth(input.month)}）`,
    opening: `按照${basis}“每月听取整改进展情况汇报”的要求，现将${chineseMonth(input.month)}${problems}整改进展情况报告如下。`,
    sections: [overallSection(input, figures), workSection(input, items), problemsSection(input, items), next.section],
    signature: { unit, date: chineseDate(input.generatedOn) },
    figures,
  };
}
