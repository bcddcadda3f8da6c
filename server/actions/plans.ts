import { AppError } from '../../core/errors';
import { parsePlanDetailed } from '../../core/plan';
import { guessPlanKind, guessPlanSource } from '../../core/plans/kinds';
import type { PlanProblem } from '../../core/plan';
import type { DepartmentResolution, LeaderResolution } from '../../core/plans/resolution';
import { dueDateOf } from '../../core/plans/due-date';
import { matchName } from '../../core/roster/name-match';
import type { ActionHandler } from '../api/handlers';
import { requireMember } from '../api/context';
import { recordAudit } from '../db/audit';
import { COLLECTIONS } from '../db/collections';
import { getInTransaction } from '../db/transaction';
import { cloudPathOf, downloadFile } from '../platform/storage';
import { listAllDepartments } from '../roster/department-repository';
import { listAllMembers } from '../roster/member-repository';
import { distinctNames, suggestNames } from '../plans/name-suggestions';
import type { PlanDocument } from '../plans/plan-documents';
import type { TaskDocument } from '../tasks/task-documents';
import { planIdFor } from '../plans/plan-key';
import { currentPlanOf } from '../plans/plan-scope';
import { findPlan, listPlanTasks, listPlans as listPlanDocuments, toPlanSummary, toTaskSummary } from '../plans/plan-repository';
import { PlanFileError, readPlanText } from '../plans/read-plan-file';
import { initialTracking } from '../tasks/task-fields';
import { viewerOf } from '../tasks/task-view';
import { maySeeTask } from '../../core/tasks/access';
import { can } from '../../core/capabilities';

async function planTextOf(input: { text: string } | { fileID: string; fileName?: string }): Promise<string> {
  if ('text' in input) return input.text;
  const bytes = await downloadFile(input.fileID);
  try {
    return await readPlanText(bytes, input.fileName ?? cloudPathOf(input.fileID));
  } catch (error) {
    if (error instanceof PlanFileError) throw new AppError('PLAN_FILE_UNREADABLE', error.chinese);
    throw error;
  }
}

export const previewPlan: ActionHandler<'plans.preview'> = async (input, context) => {
  const text = await planTextOf(input);
  const { plan, warningTargets } = parsePlanDetailed(text, input.planDate ? { planDate: input.planDate } : undefined);
  const [departments, members] = await Promise.all([listAllDepartments(context.db), listAllMembers(context.db, { active: true })]);
  const problems = plan.aspects.flatMap((aspect) => aspect.problems);
  const leaders = members.filter((member) => can(member.roles, 'leadsItems'));
  const existing = plan.aspects.length > 0 ? await findPlan(context.db, planIdFor(plan)) : null;
  return {
    plan,
    warningTargets,
    departments: suggestNames(
      distinctNames(problems.flatMap((problem) => problem.departments)),
      departments.map((department) => ({ id: department._id, name: department.name })),
    ),
    leaders: suggestNames(
      distinctNames(problems.map((problem) => problem.leader)),
      leaders.map((member) => ({ id: member._id, name: member.name })),
    ),
    owners: suggestNames(
      distinctNames(problems.flatMap(measureOwners)),
      members.map((member) => ({ id: member._id, name: member.name })),
    ),
    alreadyImported: existing ? { planId: existing._id, title: existing.title } : null,
    suggested: { kind: guessPlanKind(plan.title ?? '', text), source: guessPlanSource(text) },
  };
};

const measureOwners = (problem: PlanProblem) => (problem.measureDetails ?? []).map((detail) => detail.owner);

/** Each written name's decision: the office's, else an exact roster match; names with neither are returned. */
function resolveNames<R>(written: string[], given: Record<string, R>, exact: (name: string) => R | null): { resolved: Map<string, R>; missing: string[] } {
  const resolved = new Map<string, R>();
  const missing: string[] = [];
  for (const name of written) {
    const decision = given[name] ?? exact(name);
    if (decision) resolved.set(name, decision);
    else missing.push(name);
  }
  return { resolved, missing };
}

export const importPlan: ActionHandler<'plans.import'> = async (input, context) => {
  const importer = requireMember(context);
  const now = context.now();
  const problems = input.aspects.flatMap((aspect) => aspect.problems);
  const [departments, members] = await Promise.all([listAllDepartments(context.db), listAllMembers(context.db, { active: true })]);

  const departmentNames = distinctNames(problems.flatMap((problem) => problem.departments));
  const leaderNames = distinctNames(problems.map((problem) => problem.leader));
  const departmentDecisions = resolveNames<DepartmentResolution>(departmentNames, input.departments, (name) => {
    const match = matchName(name, departments, (department) => department.name);
    return match.kind === 'exact' ? { kind: 'department', departmentId: match.item._id } : null;
  });
  const leaderDecisions = resolveNames<LeaderResolution>(leaderNames, input.leaders, (name) => {
    const match = matchName(name, members.filter((member) => can(member.roles, 'leadsItems')), (member) => member.name);
    return match.kind === 'exact' ? { kind: 'member', memberId: match.item._id } : null;
  });
  const ownerDecisions = resolveNames<LeaderResolution>(distinctNames(problems.flatMap(measureOwners)), input.owners, (name) => {
    const match = matchName(name, members, (member) => member.name);
    return match.kind === 'exact' ? { kind: 'member', memberId: match.item._id } : null;
  });
  if (departmentDecisions.missing.length > 0 || leaderDecisions.missing.length > 0 || ownerDecisions.missing.length > 0) {
    throw new AppError('UNRESOLVED_NAMES', undefined, {
      departments: departmentDecisions.missing,
      leaders: leaderDecisions.missing,
      owners: ownerDecisions.missing,
    });
  }
  for (const decision of ownerDecisions.resolved.values()) {
    if (decision.kind === 'member' && !members.some((member) => member._id === decision.memberId)) throw new AppError('MEMBER_NOT_FOUND');
  }
  for (const decision of departmentDecisions.resolved.values()) {
    if (decision.kind === 'department' && !departments.some((department) => department._id === decision.departmentId)) throw new AppError('DEPARTMENT_NOT_FOUND');
  }
  for (const decision of leaderDecisions.resolved.values()) {
    if (decision.kind !== 'member') continue;
    const member = members.find((candidate) => candidate._id === decision.memberId);
    if (!member) throw new AppError('MEMBER_NOT_FOUND');
    // Only a leader or the secretary can review the item's 销号 later: refuse a link that would leave it stuck.
    if (!can(member.roles, 'leadsItems')) throw new AppError('NOT_A_LEADER');
  }

  const planId = planIdFor(input);
  const created: string[] = [];
  // One transaction: a failure anywhere leaves no plan, no item and no new department behind.
  await context.db.runTransaction(async (transaction) => {
    created.length = 0;
    if (await getInTransaction<PlanDocument>(transaction, COLLECTIONS.plans, planId)) throw new AppError('PLAN_ALREADY_IMPORTED');
    const departmentIdByName = new Map<string, string>();
    let nextOrder = departments.reduce((max, department) => Math.max(max, department.order ?? 0), 0);
    for (const [name, decision] of departmentDecisions.resolved) {
      if (decision.kind === 'department') departmentIdByName.set(name, decision.departmentId);
      if (decision.kind === 'create') {
        nextOrder += 10;
        const { _id } = await transaction.collection(COLLECTIONS.departments).add({ data: { name: name.trim(), order: nextOrder, createdAt: now, updatedAt: now } });
        departmentIdByName.set(name, _id);
        created.push(name.trim());
      }
    }
    let seq = 0;
    for (const [aspectIndex, aspect] of input.aspects.entries()) {
      for (const problem of aspect.problems) {
        seq += 1;
        const leaderDecision = problem.leader ? leaderDecisions.resolved.get(problem.leader) : undefined;
        const dueDate = dueDateOf(problem.deadline, input.planDate);
        const task: Omit<TaskDocument, '_id'> = {
          planId,
          seq,
          aspectIndex,
          aspectTitle: aspect.title,
          number: problem.number,
          title: problem.title,
          manifestations: problem.manifestations,
          measures: problem.measures.map((text, index) => {
            const detail = problem.measureDetails?.[index];
            const ownerDecision = detail?.owner ? ownerDecisions.resolved.get(detail.owner) : undefined;
            const measureDue = detail?.deadline ? dueDateOf(detail.deadline, input.planDate) : null;
            return {
              id: `m${index + 1}`,
              text,
              done: false,
              note: null,
              ...(detail?.owner ? { owner: { id: ownerDecision?.kind === 'member' ? ownerDecision.memberId : null, name: detail.owner } } : {}),
              ...(measureDue ? { dueDate: measureDue } : {}),
            };
          }),
          target: problem.target,
          leaderName: problem.leader,
          leaderId: leaderDecision?.kind === 'member' ? leaderDecision.memberId : null,
          departmentNames: problem.departments,
          departmentIds: distinctNames(problem.departments.map((name) => departmentIdByName.get(name) ?? null)),
          // A measure's owner is one of the item's owners.
          assigneeIds: distinctNames(measureOwners(problem).map((owner) => {
            const decision = owner ? ownerDecisions.resolved.get(owner) : undefined;
            return decision?.kind === 'member' ? decision.memberId : null;
          })),
          deadline: problem.deadline,
          dueDate,
          status: 'not_started',
          internal: false,
          ...initialTracking({ dueDate, planId, seq }, importer.id),
          createdAt: now,
          updatedAt: now,
        };
        await transaction.collection(COLLECTIONS.tasks).add({ data: { ...task } });
      }
    }
    const plan: Omit<PlanDocument, '_id'> = {
      title: input.title,
      kind: input.kind,
      source: input.source,
      archived: false,
      planDate: input.planDate,
      aspectTitles: input.aspects.map((aspect) => aspect.title),
      taskCount: seq,
      importedAt: now,
      importedById: importer.id,
      importedByName: importer.name,
    };
    await transaction.collection(COLLECTIONS.plans).doc(planId).set({ data: { ...plan } });
    await recordAudit(transaction, {
      entity: 'plan',
      entityId: planId,
      action: 'plans.import',
      actorId: importer.id,
      at: now,
      before: null,
      after: { title: input.title, kind: input.kind, source: input.source, taskCount: seq, createdDepartments: [...created] },
    });
  });
  return { planId, taskCount: problems.length, createdDepartments: [...created] };
};

export const listPlans: ActionHandler<'plans.list'> = async (_input, context) => {
  const plans = await listPlanDocuments(context.db);
  const currentPlanId = currentPlanOf(plans);
  return { plans: plans.map((plan) => toPlanSummary(plan, currentPlanId)), currentPlanId };
};

/** One audited write to a plan, in a transaction that reads it first: `change` gives its new fields. */
async function writePlan(
  context: Parameters<ActionHandler<'plans.update'>>[1],
  planId: string,
  action: 'plans.update' | 'plans.setCurrent' | 'plans.archive',
  change: Partial<PlanDocument>,
): Promise<void> {
  const actor = requireMember(context);
  const now = context.now();
  await context.db.runTransaction(async (transaction) => {
    const plan = await getInTransaction<PlanDocument>(transaction, COLLECTIONS.plans, planId);
    if (!plan) throw new AppError('PLAN_NOT_FOUND');
    const before = Object.fromEntries(Object.keys(change).map((key) => [key, plan[key as keyof PlanDocument] ?? null]));
    await transaction.collection(COLLECTIONS.plans).doc(planId).update({ data: { ...change } });
    await recordAudit(transaction, { entity: 'plan', entityId: planId, action, actorId: actor.id, at: now, before, after: { ...change } });
  });
}

/** The summary of one plan after a write, with which plan is current now. */
async function summaryAfterWrite(context: Parameters<ActionHandler<'plans.update'>>[1], planId: string) {
  const plans = await listPlanDocuments(context.db);
  const plan = plans.find((entry) => entry._id === planId);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  return { plan: toPlanSummary(plan, currentPlanOf(plans)) };
}

export const updatePlan: ActionHandler<'plans.update'> = async (input, context) => {
  await writePlan(context, input.planId, 'plans.update', { kind: input.kind, source: input.source });
  return summaryAfterWrite(context, input.planId);
};

/** The chosen plan carries `current`; the one that carried it before loses it, in the same transaction. */
export const setCurrentPlan: ActionHandler<'plans.setCurrent'> = async (input, context) => {
  const previous = (await listPlanDocuments(context.db)).filter((plan) => plan.current === true && plan._id !== input.planId);
  const actor = requireMember(context);
  const now = context.now();
  await context.db.runTransaction(async (transaction) => {
    const plan = await getInTransaction<PlanDocument>(transaction, COLLECTIONS.plans, input.planId);
    if (!plan) throw new AppError('PLAN_NOT_FOUND');
    if (plan.archived === true) throw new AppError('PLAN_ARCHIVED');
    for (const other of previous) await transaction.collection(COLLECTIONS.plans).doc(other._id).update({ data: { current: false } });
    await transaction.collection(COLLECTIONS.plans).doc(input.planId).update({ data: { current: true } });
    await recordAudit(transaction, {
      entity: 'plan',
      entityId: input.planId,
      action: 'plans.setCurrent',
      actorId: actor.id,
      at: now,
      before: { currentPlanIds: previous.map((other) => other._id) },
      after: { current: true },
    });
  });
  return summaryAfterWrite(context, input.planId);
};

/**
 * Archives a finished plan (it stops being current, leaves 全部整改任务 and the reminders) or restores it. Its items
 * carry the mark too, so lists and the reminder run leave them out without reading plans: written before the plan
 * when archiving and after it when restoring, so a run cut short between the two errs on the side of showing them,
 * and repeating the action completes it.
 */
export const archivePlan: ActionHandler<'plans.archive'> = async (input, context) => {
  const plan = await findPlan(context.db, input.planId);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  const markItems = () => context.db.collection(COLLECTIONS.tasks).where({ planId: input.planId }).update({ data: { planArchived: input.archived } });
  if (input.archived) await markItems();
  await writePlan(context, input.planId, 'plans.archive', { archived: input.archived, archivedAt: input.archived ? context.now() : null, current: false });
  if (!input.archived) await markItems();
  return summaryAfterWrite(context, input.planId);
};

export const getPlan: ActionHandler<'plans.get'> = async (input, context) => {
  const plan = await findPlan(context.db, input.planId);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  // The items of the plan the caller may see, by the same rule as tasks.list and tasks.get.
  const viewer = viewerOf(requireMember(context));
  const tasks = (await listPlanTasks(context.db, plan._id)).filter((task) => maySeeTask(viewer, task));
  const aspects = plan.aspectTitles.map((title, index) => ({ title, tasks: tasks.filter((task) => task.aspectIndex === index).map(toTaskSummary) }));
  return { plan: toPlanSummary(plan, currentPlanOf(await listPlanDocuments(context.db))), aspects };
};
