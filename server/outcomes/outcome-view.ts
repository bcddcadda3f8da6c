import type { OutcomeFacts, OutcomeView } from '../../core/outcomes/model';
import { mayDecideOutcome } from '../../core/outcomes/access';
import type { TaskParties, TaskViewer } from '../../core/tasks/access';
import type { TaskStatus } from '../../core/tasks/status';
import type { Database } from '../platform/database-types';
import { temporaryUrlsOf } from '../platform/storage-files';
import { findMembersByIds } from '../roster/member-repository';
import { fileNameOf } from '../tasks/evidence-files';
import type { OutcomeDocument } from './outcome-documents';

/** What a view needs of the item an outcome belongs to, and of a 举一反三 problem's child item. */
export type OutcomeTask = TaskParties & { _id: string; title: string; number: string | null; status: TaskStatus; measures: { text: string; done: boolean }[] };

/** The facts as pages and documents read them: a 举一反三 problem with its child item's state (`tasks` holds it). */
export function factsOf(document: OutcomeDocument, tasks: ReadonlyMap<string, OutcomeTask>): OutcomeFacts {
  switch (document.kind) {
    case 'rule':
      return { kind: 'rule', title: document.title, docNumber: document.docNumber, issuedOn: document.issuedOn, nature: document.nature };
    case 'accountability':
      return { kind: 'accountability', person: document.person, type: document.type, decidedOn: document.decidedOn, decidedBy: document.decidedBy, interviewId: document.interviewId };
    case 'funds':
      return { kind: 'funds', type: document.type, amountFen: document.amountFen, receivedOn: document.receivedOn };
    case 'followUp': {
      const child = document.childTaskId ? tasks.get(document.childTaskId) : undefined;
      return {
        kind: 'followUp',
        problem: document.problem,
        measures: document.measures,
        ownerId: document.ownerId,
        dueDate: document.dueDate,
        child: child ? { taskId: child._id, status: child.status, measures: child.measures.map((measure) => ({ text: measure.text, done: measure.done })) } : null,
      };
    }
  }
}

/** Outcomes as pages show them: names of who recorded and decided, the item they belong to, a URL for the file. */
export async function outcomeViews(db: Database, documents: readonly OutcomeDocument[], tasks: ReadonlyMap<string, OutcomeTask>, viewer: TaskViewer): Promise<OutcomeView[]> {
  const memberIds = [...new Set(documents.flatMap((document) => [document.recordedById, ...(document.decision ? [document.decision.byId] : [])]))];
  const fileIDs = documents.flatMap((document) => (document.fileID ? [document.fileID] : []));
  const [members, urls] = await Promise.all([findMembersByIds(db, memberIds), fileIDs.length > 0 ? temporaryUrlsOf(fileIDs) : Promise.resolve(new Map<string, string>())]);
  const names = new Map(members.map((member) => [member._id, member.name]));
  const person = (id: string) => ({ id, name: names.get(id) ?? '（已删除成员）' });
  return documents.map((document) => {
    const task = tasks.get(document.taskId);
    return {
      ...factsOf(document, tasks),
      id: document._id,
      taskId: document.taskId,
      planId: document.planId,
      taskTitle: task?.title ?? '',
      taskNumber: task?.number ?? null,
      state: document.state,
      progressId: document.progressId,
      file: document.fileID ? { fileID: document.fileID, name: document.fileName ?? fileNameOf(document.fileID), url: urls.get(document.fileID) ?? '' } : null,
      recordedAt: new Date(document.recordedAt).toISOString(),
      recordedBy: person(document.recordedById),
      decision: document.decision ? { at: new Date(document.decision.at).toISOString(), by: person(document.decision.byId), opinion: document.decision.opinion } : null,
      canDecide: document.state === 'recorded' && task !== undefined && mayDecideOutcome(viewer, task),
    };
  });
}
