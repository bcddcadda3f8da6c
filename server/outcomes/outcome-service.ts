import type { ListOutcomesOutput, OutcomeWriteOutput } from '../../core/actions/outcomes';
import type { recordOutcomeInput } from '../../core/actions/outcomes';
import { AppError } from '../../core/errors';
import { mayDecideOutcome, mayRecordOutcome, maySeeOutcome } from '../../core/outcomes/access';
import { outcomeFigureLines, outcomeFigures } from '../../core/outcomes/figures';
import type { OutcomeFigures } from '../../core/outcomes/figures';
import type { OutcomeFacts } from '../../core/outcomes/model';
import { beijingDay } from '../../core/time';
import type { OutcomeKind } from '../../core/outcomes/kinds';
import type { TaskViewer } from '../../core/tasks/access';
import type { z } from 'zod';
import type { ActionContext, CurrentMember } from '../api/context';
import { recordAudit } from '../db/audit';
import { FileAcceptance } from '../files/accepted-files';
import { COLLECTIONS } from '../db/collections';
import { getInTransaction } from '../db/transaction';
import type { TaskDocument } from '../tasks/task-documents';
import type { Database, Document, Transaction } from '../platform/database-types';
import { findInterview } from '../interviews/interview-repository';
import { findMemberById } from '../roster/member-repository';
import { findProgress, findTask } from '../tasks/task-repository';
import { viewerOf } from '../tasks/task-view';
import type { OutcomeDocument, StoredOutcomeFacts } from './outcome-documents';
import { followUpTask } from './follow-up-task';
import { readOutcomes } from './outcome-repository';
import { factsOf, outcomeViews } from './outcome-view';
import type { OutcomeTask } from './outcome-view';

type RecordInput = z.output<typeof recordOutcomeInput>;
const TASK_FIELDS = { _id: true, title: true, number: true, leaderId: true, departmentIds: true, assigneeIds: true, status: true, measures: true } as const;
const IDS_PER_QUERY = 500;

function outcomeTask(task: Pick<TaskDocument, keyof typeof TASK_FIELDS>): OutcomeTask {
  return {
    _id: task._id,
    title: task.title,
    number: task.number ?? null,
    leaderId: task.leaderId ?? null,
    departmentIds: task.departmentIds ?? [],
    assigneeIds: task.assigneeIds ?? [],
    status: task.status,
    measures: task.measures ?? [],
  };
}

/** The items of `taskIds` that also match `where` (visibility and filters of a list), a few hundred ids per query. */
async function readOutcomeTasks(db: Database, taskIds: readonly string[], where: readonly Document[] = []): Promise<Map<string, OutcomeTask>> {
  const _ = db.command;
  const tasks = new Map<string, OutcomeTask>();
  for (let at = 0; at < taskIds.length; at += IDS_PER_QUERY) {
    const ids = taskIds.slice(at, at + IDS_PER_QUERY);
    const { data } = await db
      .collection(COLLECTIONS.tasks)
      .where(_.and([{ _id: _.in(ids) }, ...where]) as Document)
      .field(TASK_FIELDS)
      .limit(ids.length)
      .get<Pick<TaskDocument, keyof typeof TASK_FIELDS>>();
    for (const task of data) tasks.set(task._id, outcomeTask(task));
  }
  return tasks;
}

/** The items outcomes belong to, and the child items of their 举一反三 problems (whoever may see the parent sees those). */
async function readTasksOf(db: Database, rows: readonly OutcomeDocument[], where: readonly Document[] = []): Promise<Map<string, OutcomeTask>> {
  const childIds = rows.flatMap((row) => (row.kind === 'followUp' && row.childTaskId ? [row.childTaskId] : []));
  const [parents, children] = await Promise.all([
    readOutcomeTasks(db, [...new Set(rows.map((row) => row.taskId))], where),
    childIds.length > 0 ? readOutcomeTasks(db, childIds) : Promise.resolve(new Map<string, OutcomeTask>()),
  ]);
  return new Map([...children, ...parents]);
}

/**
 * The facts as stored, checked against the roster and the 约谈 records: a named member, a linked talk or a 举一反三
 * owner must exist, and a 举一反三 deadline cannot lie in the past.
 */
async function factsToStore(context: ActionContext, member: CurrentMember, outcome: RecordInput['outcome']): Promise<StoredOutcomeFacts> {
  switch (outcome.kind) {
    case 'rule':
      return { kind: 'rule', title: outcome.title, docNumber: outcome.docNumber, issuedOn: outcome.issuedOn, nature: outcome.nature };
    case 'accountability': {
      let person: Extract<OutcomeFacts, { kind: 'accountability' }>['person'] = { memberId: null, name: outcome.name };
      if (outcome.memberId !== null) {
        const member = await findMemberById(context.db, outcome.memberId);
        if (!member) throw new AppError('MEMBER_NOT_FOUND');
        person = { memberId: member._id, name: member.name };
      }
      if (outcome.interviewId !== null && !(await findInterview(context.db, outcome.interviewId))) throw new AppError('INTERVIEW_NOT_FOUND');
      return { kind: 'accountability', person, type: outcome.type, decidedOn: outcome.decidedOn, decidedBy: outcome.decidedBy, interviewId: outcome.interviewId };
    }
    case 'funds':
      return { kind: 'funds', type: outcome.type, amountFen: outcome.amountYuan, receivedOn: outcome.receivedOn };
    case 'followUp': {
      if (outcome.dueDate < beijingDay(context.now())) throw new AppError('VALIDATION_FAILED', '整改时限不能早于今天', { issues: [{ path: 'outcome.dueDate', message: '整改时限不能早于今天' }] });
      const ownerId = outcome.ownerId ?? member.id;
      if (ownerId !== member.id && !(await findMemberById(context.db, ownerId))) throw new AppError('MEMBER_NOT_FOUND');
      return { kind: 'followUp', problem: outcome.problem, measures: outcome.measures, ownerId, dueDate: outcome.dueDate, childTaskId: null };
    }
  }
}

async function viewOne(context: ActionContext, member: CurrentMember, document: OutcomeDocument): Promise<OutcomeWriteOutput> {
  const tasks = await readTasksOf(context.db, [document]);
  const [outcome] = await outcomeViews(context.db, [document], tasks, viewerOf(member));
  if (!outcome) throw new AppError('OUTCOME_NOT_FOUND');
  return { outcome };
}

/**
 * The owner records an outcome with the 进展 that produced it (a post of this item). A file — the rule's text, the
 * voucher — must be an upload of this item. Nothing counts until the 责任领导 confirms it.
 */
export async function recordOutcome(context: ActionContext, member: CurrentMember, input: RecordInput): Promise<OutcomeWriteOutput> {
  const task = await findTask(context.db, input.taskId);
  if (!task) throw new AppError('TASK_NOT_FOUND');
  if (!mayRecordOutcome(viewerOf(member), task)) throw new AppError('FORBIDDEN');
  const progress = await findProgress(context.db, input.progressId);
  if (!progress || progress.taskId !== task._id) throw new AppError('PROGRESS_NOT_FOUND');
  const draftFileID = 'fileID' in input.outcome ? input.outcome.fileID : null;
  const fileName = 'fileName' in input.outcome ? input.outcome.fileName : null;
  const facts = await factsToStore(context, member, input.outcome);
  const now = context.now();
  // The rule's text or the voucher is evidence: the server keeps its own checked copy, as for progress files.
  const acceptance = new FileAcceptance({ owner: { kind: 'task', id: task._id }, memberId: member.id, now });
  const base: Omit<OutcomeDocument, '_id' | 'fileID' | 'fileName'> = {
    ...facts,
    taskId: task._id,
    planId: task.planId,
    progressId: progress._id,
    state: 'recorded',
    recordedById: member.id,
    recordedAt: now,
    decision: null,
  };
  const { outcomeId, document } = await context.db.runTransaction(async (transaction) => {
    const [fileID = null] = draftFileID ? await acceptance.accept(transaction, [draftFileID], fileName ? [fileName] : null) : [];
    const stored: Omit<OutcomeDocument, '_id'> = { ...base, fileID, fileName: fileID ? fileName : null };
    const { _id } = await transaction.collection(COLLECTIONS.outcomes).add({ data: { ...stored } });
    await recordAudit(transaction, { entity: 'outcome', entityId: _id, action: 'outcomes.record', actorId: member.id, at: now, before: null, after: { taskId: task._id, kind: facts.kind } });
    return { outcomeId: _id, document: stored };
  });
  return viewOne(context, member, { ...document, _id: outcomeId } as OutcomeDocument);
}

/** Reads an outcome and its item inside a transaction, refusing a caller who may not decide on the item's outcomes. */
async function outcomeToDecide(transaction: Transaction, outcomeId: string, viewer: TaskViewer): Promise<{ outcome: OutcomeDocument; task: TaskDocument }> {
  const outcome = await getInTransaction<OutcomeDocument>(transaction, COLLECTIONS.outcomes, outcomeId);
  if (!outcome) throw new AppError('OUTCOME_NOT_FOUND');
  const task = await getInTransaction<TaskDocument>(transaction, COLLECTIONS.tasks, outcome.taskId);
  if (!task || !mayDecideOutcome(viewer, task)) throw new AppError('FORBIDDEN');
  return { outcome, task };
}

/** A confirmed 举一反三 problem becomes its child item, linked both ways: the child names its parent, the parent lists it. */
async function createFollowUpTask(transaction: Transaction, parent: TaskDocument, outcome: Extract<OutcomeDocument, { kind: 'followUp' }>, actorId: string, now: Date): Promise<string> {
  const { _id, ...child } = followUpTask(parent, outcome._id, outcome, actorId, now);
  await transaction.collection(COLLECTIONS.tasks).doc(_id).set({ data: child });
  await transaction.collection(COLLECTIONS.tasks).doc(parent._id).update({ data: { followUpTaskIds: [...(parent.followUpTaskIds ?? []), _id], updatedAt: now } });
  await recordAudit(transaction, { entity: 'task', entityId: _id, action: 'outcomes.followUpTask', actorId, at: now, before: null, after: { parentTaskId: parent._id, outcomeId: outcome._id } });
  return _id;
}

/**
 * The 责任领导 (the 组长 for an item without one) confirms — from then on it counts — or returns it with the reason.
 * Confirming a 举一反三 problem makes it a child item in the same transaction.
 */
export async function decideOutcome(context: ActionContext, member: CurrentMember, input: { outcomeId: string; decision: 'confirm' | 'return'; opinion: string }): Promise<OutcomeWriteOutput> {
  const now = context.now();
  const state = input.decision === 'confirm' ? 'confirmed' : 'returned';
  const decided = await context.db.runTransaction(async (transaction) => {
    const { outcome, task } = await outcomeToDecide(transaction, input.outcomeId, viewerOf(member));
    if (outcome.state !== 'recorded') throw new AppError('OUTCOME_DECIDED');
    const decision = { at: now, byId: member.id, opinion: input.opinion };
    const child = outcome.kind === 'followUp' && state === 'confirmed' ? { childTaskId: await createFollowUpTask(transaction, task, outcome, member.id, now) } : {};
    await transaction.collection(COLLECTIONS.outcomes).doc(outcome._id).update({ data: { state, decision, ...child } });
    await recordAudit(transaction, { entity: 'outcome', entityId: outcome._id, action: 'outcomes.decide', actorId: member.id, at: now, before: { state: outcome.state }, after: { state, opinion: input.opinion, ...child } });
    return { ...outcome, state, decision, ...child } as OutcomeDocument;
  });
  return viewOne(context, member, decided);
}

export interface OutcomeScope {
  planId: string | null;
  taskId?: string;
  kind?: OutcomeKind;
  confirmedOnly: boolean;
  /** Visibility and filters of the item list, when figures follow a filtered screen (统计). */
  taskWhere?: readonly Document[];
}

function outcomeWhere(scope: OutcomeScope): Document {
  return {
    ...(scope.planId !== null ? { planId: scope.planId } : {}),
    ...(scope.taskId !== undefined ? { taskId: scope.taskId } : {}),
    ...(scope.kind !== undefined ? { kind: scope.kind } : {}),
    ...(scope.confirmedOnly ? { state: 'confirmed' } : {}),
  };
}

/** A confirmed outcome as figures and the report count it: its facts, its item, and when it was confirmed. */
export type ConfirmedOutcome = OutcomeFacts & { taskId: string; confirmedAt: Date };

/** Confirmed outcomes in scope with their items; figures count them whoever asks (a count names nobody). */
export async function readConfirmedOutcomes(db: Database, scope: Omit<OutcomeScope, 'confirmedOnly'>): Promise<ConfirmedOutcome[]> {
  const rows = await readOutcomes(db, outcomeWhere({ ...scope, confirmedOnly: true }));
  const tasks = await readTasksOf(db, rows, scope.taskWhere);
  // An item outside `taskWhere` is missing from `tasks`; its outcomes are out of scope.
  const inScope = rows.filter((row) => tasks.has(row.taskId));
  return inScope.map((row) => ({ ...factsOf(row, tasks), taskId: row.taskId, confirmedAt: new Date(row.decision?.at ?? row.recordedAt) }));
}

export async function readOutcomeFigures(db: Database, scope: Omit<OutcomeScope, 'confirmedOnly'>): Promise<OutcomeFigures> {
  return outcomeFigures(await readConfirmedOutcomes(db, scope));
}

/** The outcomes the caller may see in scope, with the figures over the confirmed ones among them. */
export async function listOutcomes(context: ActionContext, member: CurrentMember, scope: OutcomeScope): Promise<ListOutcomesOutput> {
  const rows = await readOutcomes(context.db, outcomeWhere(scope));
  const tasks = await readTasksOf(context.db, rows);
  const viewer = viewerOf(member);
  const visible = rows.filter((row) => {
    const task = tasks.get(row.taskId);
    return task !== undefined && maySeeOutcome(viewer, task, row.kind);
  });
  const figures = outcomeFigures(visible.filter((row) => row.state === 'confirmed').map((row) => factsOf(row, tasks)));
  return { outcomes: await outcomeViews(context.db, visible, tasks, viewer), figures, lines: outcomeFigureLines(figures) };
}
