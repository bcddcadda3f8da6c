import { addGroup, emptyCounts, withRate } from '../figures/figures';
import type { FigureCounts } from '../figures/figures';
import type { DeadlineColour } from '../tasks/deadline';
import { TASK_STATUSES } from '../tasks/status';
import type { TaskStatus } from '../tasks/status';
import type { Breakdown } from './model';

/**
 * Items that share everything the dashboard splits by — plan and 方面, 责任领导, 责任部门 set, status, deadline
 * colour — counted once by the database; every figure of the dashboard is a sum over these groups.
 */
export interface FigureGroup {
  planId: string;
  aspectIndex: number;
  aspectTitle: string;
  leaderId: string | null;
  leaderName: string | null;
  departmentIds: string[];
  status: TaskStatus;
  colour: DeadlineColour;
  count: number;
}

export const NO_LEADER_LABEL = '未确认责任领导';
export const NO_DEPARTMENT_LABEL = '未确认责任部门';
export const UNKNOWN_DEPARTMENT_LABEL = '已删除部门';

const COLOURS: DeadlineColour[] = ['green', 'yellow', 'red', 'none'];

/** The figures (core/figures) of the groups added so far: one row of the dashboard. */
class Tally {
  private readonly counts: FigureCounts = emptyCounts();
  add(group: FigureGroup): void {
    addGroup(this.counts, group);
  }
  toBreakdown(key: string, label: string): Breakdown {
    return { key, label, ...withRate(this.counts) };
  }
}

function tallied<K>(groups: readonly FigureGroup[], keysOf: (group: FigureGroup) => K[]): Map<K, Tally> {
  const tallies = new Map<K, Tally>();
  for (const group of groups) {
    for (const key of keysOf(group)) {
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = new Tally()));
      tally.add(group);
    }
  }
  return tallies;
}

/** Most items first, then by label, so the same data always draws the same list. */
function byTotal(a: Breakdown, b: Breakdown): number {
  return b.total - a.total || a.label.localeCompare(b.label, 'zh-CN');
}

export interface RollUpInput {
  groups: readonly FigureGroup[];
  /** Department names by id (the roster's); ids the roster no longer has show as 已删除部门. */
  departmentNames: ReadonlyMap<string, string>;
  /** The plans in import order: the order of 方面 (plans by import, aspects by index) and their labels. */
  plans: readonly { _id: string; title: string }[];
  viewerId: string;
}

export interface RollUp {
  totals: Breakdown;
  byStatus: Record<TaskStatus, number>;
  byColour: Record<DeadlineColour, number>;
  byAspect: Breakdown[];
  byDepartment: Breakdown[];
  byLeader: Breakdown[];
  mine: Breakdown | null;
}

/**
 * Every figure of the dashboard from the grouped counts. An item in two departments counts once in each
 * department's row (each department answers for it) and once in every total.
 */
export function rollUp({ groups, departmentNames, plans, viewerId }: RollUpInput): RollUp {
  const planOrder = plans.map((plan) => plan._id);
  const planTitles = new Map(plans.map((plan) => [plan._id, plan.title]));
  const all = new Tally();
  const byStatus = Object.fromEntries(TASK_STATUSES.map((status) => [status, 0])) as Record<TaskStatus, number>;
  const byColour = Object.fromEntries(COLOURS.map((colour) => [colour, 0])) as Record<DeadlineColour, number>;
  const aspectTitles = new Map<string, string>();
  const leaderNames = new Map<string, string>();
  for (const group of groups) {
    all.add(group);
    byStatus[group.status] += group.count;
    byColour[group.colour] += group.count;
    aspectTitles.set(`${group.planId}:${group.aspectIndex}`, group.aspectTitle);
    if (group.leaderId && group.leaderName) leaderNames.set(group.leaderId, group.leaderName);
  }

  const planRank = (planId: string) => {
    const at = planOrder.indexOf(planId);
    return at < 0 ? planOrder.length : at;
  };
  const byAspect = [...tallied(groups, (group) => [`${group.planId}:${group.aspectIndex}`])]
    .map(([key, tally]) => ({ ...tally.toBreakdown(key, aspectTitles.get(key) ?? ''), plan: planTitles.get(key.split(':')[0] ?? '') ?? '' }))
    .sort((a, b) => {
      const [planA = '', indexA = '0'] = a.key.split(':');
      const [planB = '', indexB = '0'] = b.key.split(':');
      return planRank(planA) - planRank(planB) || planA.localeCompare(planB) || Number(indexA) - Number(indexB);
    });

  const byDepartment = [...tallied(groups, (group) => (group.departmentIds.length > 0 ? group.departmentIds : ['']))]
    .map(([key, tally]) => tally.toBreakdown(key, key === '' ? NO_DEPARTMENT_LABEL : (departmentNames.get(key) ?? UNKNOWN_DEPARTMENT_LABEL)))
    .sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : byTotal(a, b)));

  const leaders = tallied(groups, (group) => [group.leaderId ?? '']);
  const byLeader = [...leaders]
    .map(([key, tally]) => tally.toBreakdown(key, key === '' ? NO_LEADER_LABEL : (leaderNames.get(key) ?? NO_LEADER_LABEL)))
    .sort((a, b) => (a.key === viewerId ? -1 : b.key === viewerId ? 1 : a.key === '' ? 1 : b.key === '' ? -1 : byTotal(a, b)));
  const own = leaders.get(viewerId);

  return {
    totals: all.toBreakdown('all', '全部事项'),
    byStatus,
    byColour,
    byAspect,
    byDepartment,
    byLeader,
    mine: own ? own.toBreakdown(viewerId, '我负责的事项') : null,
  };
}
