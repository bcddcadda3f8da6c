import { HALF_YEAR_ARRANGED_STATES, HALF_YEAR_HELD_STATE } from '../../core/interviews/half-year';
import { DASHBOARD_MONTHS, OVERDUE_LIST_LIMIT } from '../../core/dashboard/model';
import { addDays } from '../../core/dashboard/months';
import type { FigureGroup } from '../../core/dashboard/rollup';
import type { InterviewViewer } from '../../core/interviews/access';
import type { DeadlineColour } from '../../core/tasks/deadline';
import type { TaskStatus } from '../../core/tasks/status';
import { COLLECTIONS } from '../db/collections';
import type { PlanHeadingFields } from '../plans/plan-scope';
import type { InterviewDocument } from '../interviews/interview-documents';
import { visibilityCondition as interviewVisibility } from '../interviews/interview-repository';
import type { Database, Document } from '../platform/database-types';
import { allOf } from '../db/paging';
import { overdueCondition } from '../tasks/task-query';
import { operatorsOf, staged } from '../db/pipeline';
import type { StagedAggregate } from '../db/pipeline';

/** Groups a page of the figures' aggregate answers; more pages follow only past this many distinct combinations. */
export const GROUP_PAGE = 1000;
const BEIJING_OFFSET_MS = 8 * 3600_000;
/** Unfinished 约谈 records checked for missing fields; a unit holds a handful at a time. */
const UNFINISHED_INTERVIEWS_LIMIT = 200;
const DEPARTMENTS_LIMIT = 1000;
const PLANS_LIMIT = 100;

interface GroupRow {
  _id: { p: string; a: number; l: string | null; d: string[] | null; s: TaskStatus; c: DeadlineColour };
  n: number;
  t: string;
  ln: string | null;
}

/**
 * The items under `where` grouped by everything the dashboard splits by — plan and 方面, 责任领导, 责任部门 set,
 * status — and by the 三色 colour, computed in the pipeline exactly as deadlineState does: the day that counts down
 * is the consolidation report's for 长期坚持, none once 已销号, else the due day ('' = none); red before today,
 * yellow up to today + dueSoonDays, green after.
 */
function figureGroups(db: Database, where: Document, today: string, dueSoonDays: number): StagedAggregate {
  const $ = operatorsOf(db);
  return staged(db, COLLECTIONS.tasks)
    .match(where)
    .addFields({
      countdown: $.cond({
        if: $.eq(['$status', 'long_term']),
        then: $.ifNull(['$nextReviewDue', '']),
        else: $.cond({ if: $.eq(['$status', 'closed']), then: '', else: $.ifNull(['$dueDate', '']) }),
      }),
    })
    .addFields({
      colour: $.switch({
        branches: [
          { case: $.eq(['$countdown', '']), then: $.cond({ if: $.eq(['$status', 'long_term']), then: 'green', else: 'none' }) },
          { case: $.lt(['$countdown', today]), then: 'red' },
          { case: $.lte(['$countdown', addDays(today, dueSoonDays)]), then: 'yellow' },
        ],
        default: 'green',
      }),
    })
    .group({
      _id: { p: '$planId', a: '$aspectIndex', l: '$leaderId', d: '$departmentIds', s: '$status', c: '$colour' },
      n: $.sum(1),
      t: $.first('$aspectTitle'),
      ln: $.first('$leaderName'),
    });
}

const toGroup = (row: GroupRow): FigureGroup => ({
  planId: row._id.p,
  aspectIndex: row._id.a,
  aspectTitle: row.t,
  leaderId: row._id.l ?? null,
  leaderName: row.ln ?? null,
  departmentIds: row._id.d ?? [],
  status: row._id.s,
  colour: row._id.c,
  count: row.n,
});

/**
 * Round trip 1 — the figures. The answer grows with the number of distinct combinations, not of items (a unit's
 * plans have a few dozen), so one round trip whatever the number of items. Past GROUP_PAGE combinations it reads
 * again in pages sorted by the group key, one more round trip per page.
 */
export async function readFigureGroups(db: Database, where: Document, today: string, dueSoonDays: number, pageSize = GROUP_PAGE): Promise<FigureGroup[]> {
  const { list } = await figureGroups(db, where, today, dueSoonDays).limit(pageSize).end<GroupRow>();
  if (list.length < pageSize) return list.map(toGroup);
  const groups: FigureGroup[] = [];
  for (let skip = 0; ; skip += pageSize) {
    const page = await figureGroups(db, where, today, dueSoonDays).sort({ _id: 1 }).skip(skip).limit(pageSize).end<GroupRow>();
    groups.push(...page.list.map(toGroup));
    if (page.list.length < pageSize) return groups;
  }
}

export interface OverdueRow {
  _id: string;
  number: string | null;
  title: string;
  aspectTitle: string;
  leaderName: string | null;
  departmentNames: string[];
  status: TaskStatus;
  since: string;
  mine: boolean;
}

/**
 * Round trip 2 — the overdue list: overdue as the list's filter means it (overdueCondition), the caller's own items
 * first, then the longest overdue; OVERDUE_LIST_LIMIT rows.
 */
export async function readOverdue(db: Database, conditions: Document[], today: string, viewerId: string): Promise<OverdueRow[]> {
  const _ = db.command;
  const $ = operatorsOf(db);
  const { list } = await staged(db, COLLECTIONS.tasks)
    .match(allOf(_, [...conditions, overdueCondition(_, today)]))
    .addFields({
      mine: $.eq(['$leaderId', viewerId]),
      since: $.cond({ if: $.eq(['$status', 'long_term']), then: '$nextReviewDue', else: '$dueDate' }),
    })
    .sort({ mine: -1, since: 1, sortKey: 1 })
    .limit(OVERDUE_LIST_LIMIT)
    .project({ number: true, title: true, aspectTitle: true, leaderName: true, departmentNames: true, status: true, since: true, mine: true })
    .end<OverdueRow>();
  return list;
}

export interface ContextRow {
  months: { _id: string; n: number }[];
  held: { n: number }[];
  planned: { n: number }[];
  unfinished: InterviewDocument[];
  departments: { _id: string; name: string }[];
  plans: PlanHeadingFields[];
}

export interface ContextQuery {
  viewerId: string;
  interviewViewer: InterviewViewer;
  /** The items' condition when the caller does not see them all or filtered them; null: every post counts. */
  taskWhere: Document | null;
  /** The first instant of the trend's first month. */
  since: Date;
  halfYearKey: string;
}

/**
 * Round trip 3 — everything that is not an item: progress posts per month, the 约谈 figures, and the names of
 * departments and plans. The cloud database has no $facet, so each is a $lookup sub-pipeline hanging off the caller's
 * own member document (one row that always exists): five small queries for the price of one round trip.
 */
export async function readContext(db: Database, query: ContextQuery): Promise<ContextRow> {
  const _ = db.command;
  const $ = operatorsOf(db);

  // Beijing months: shift the instant by +8 h and read its UTC calendar month.
  const byMonth = { _id: $.dateToString({ date: $.add(['$createdAt', BEIJING_OFFSET_MS]), format: '%Y-%m' }), n: $.sum(1) };
  const months = query.taskWhere
    ? // Only posts on the items the caller sees under the filter: from those items, joined to their posts by taskId
      // (an equality join the database answers from the taskId index), then the months.
      $.pipeline()
        .match(query.taskWhere)
        .project({ _id: true })
        .lookup({ from: COLLECTIONS.progress, localField: '_id', foreignField: 'taskId', as: 'posts' })
        .unwind('$posts')
        .replaceRoot({ newRoot: '$posts' })
        .match({ createdAt: _.gte(query.since) })
        .group(byMonth)
        .limit(DASHBOARD_MONTHS + 1)
        .done()
    : $.pipeline().match({ createdAt: _.gte(query.since) }).group(byMonth).limit(DASHBOARD_MONTHS + 1).done();

  // The same conditions as the 约谈 overview (countHalfYear, listUnfinished), with the caller's visibility on records.
  const unfinishedWhere = allOf(
    _,
    [_.or([{ state: _.neq('filed') }, { state: 'filed', feedback: null }]) as Document, interviewVisibility(query.interviewViewer)].filter(
      (condition): condition is Document => condition !== null,
    ),
  );

  const { list } = await staged(db, COLLECTIONS.members)
    .match({ _id: query.viewerId })
    .limit(1)
    .lookup({ from: query.taskWhere ? COLLECTIONS.tasks : COLLECTIONS.progress, let: {}, pipeline: months, as: 'months' })
    .lookup({ from: COLLECTIONS.interviews, let: {}, pipeline: $.pipeline().match({ heldHalf: query.halfYearKey, state: HALF_YEAR_HELD_STATE }).count('n').done(), as: 'held' })
    .lookup({
      from: COLLECTIONS.interviews,
      let: {},
      pipeline: $.pipeline()
        .match({ plannedHalf: query.halfYearKey, state: _.in([...HALF_YEAR_ARRANGED_STATES]) })
        .count('n')
        .done(),
      as: 'planned',
    })
    .lookup({
      from: COLLECTIONS.interviews,
      let: {},
      pipeline: $.pipeline().match(unfinishedWhere).sort({ sortKey: -1 }).limit(UNFINISHED_INTERVIEWS_LIMIT).done(),
      as: 'unfinished',
    })
    .lookup({ from: COLLECTIONS.departments, let: {}, pipeline: $.pipeline().project({ name: true }).limit(DEPARTMENTS_LIMIT).done(), as: 'departments' })
    .lookup({ from: COLLECTIONS.plans, let: {}, pipeline: $.pipeline().sort({ importedAt: 1 }).project({ title: true, kind: true, source: true, archived: true }).limit(PLANS_LIMIT).done(), as: 'plans' })
    .project({ months: true, held: true, planned: true, unfinished: true, departments: true, plans: true })
    .end<ContextRow>();
  return list[0] ?? { months: [], held: [], planned: [], unfinished: [], departments: [], plans: [] };
}
