import { AppError } from '../../core/errors';
import { parsePlanDetailed } from '../../core/plan';
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
      after: { title: input.title, taskCount: seq, createdDepartments: [...created] },
    });
  });
  return { planId, taskCount: problems.length, createdDepartments: [...created] };
};

export const listPlans: ActionHandler<'plans.list'> = async (_input, context) => {
  const plans = await listPlanDocuments(context.db);
  return { plans: plans.map(toPlanSummary) };
};

export const getPlan: ActionHandler<'plans.get'> = async (input, context) => {
  const plan = await findPlan(context.db, input.planId);
  if (!plan) throw new AppError('PLAN_NOT_FOUND');
  // The items of the plan the caller may see, by the same rule as tasks.list and tasks.get.
  const viewer = viewerOf(requireMember(context));
  const tasks = (await listPlanTasks(context.db, plan._id)).filter((task) => maySeeTask(viewer, task));
  const aspects = plan.aspectTitles.map((title, index) => ({ title, tasks: tasks.filter((task) => task.aspectIndex === index).map(toTaskSummary) }));
  return { plan: toPlanSummary(plan), aspects };
};
