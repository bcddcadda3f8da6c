import { HALF_YEAR_ARRANGED_STATES, HALF_YEAR_HELD_STATE } from '../../core/interviews/half-year';
import type { InterviewFilter } from '../../core/actions/interviews';
import { seesAllInterviews } from '../../core/interviews/access';
import type { InterviewViewer } from '../../core/interviews/access';
import { INTERVIEW_STATES } from '../../core/interviews/states';
import type { InterviewState } from '../../core/interviews/states';
import { COLLECTIONS } from '../db/collections';
import { allOf, decodeCursor, pageOf } from '../db/paging';
import type { Database, Document } from '../platform/database-types';
import type { InterviewDocument, InterviewRevisionDocument } from './interview-documents';
import { revisionDocumentId } from './interview-documents';

const PAGE = 1000;

export async function findInterview(db: Database, interviewId: string): Promise<InterviewDocument | null> {
  const { data } = await db.collection(COLLECTIONS.interviews).where({ _id: interviewId }).limit(1).get<InterviewDocument>();
  return data[0] ?? null;
}

export async function findRevision(db: Database, interviewId: string, revision: number): Promise<InterviewRevisionDocument | null> {
  const { data } = await db
    .collection(COLLECTIONS.interviewRevisions)
    .where({ _id: revisionDocumentId(interviewId, revision) })
    .limit(1)
    .get<InterviewRevisionDocument>();
  return data[0] ?? null;
}

/** Every superseded revision of a record, oldest first: the chain the seal check walks. */
export async function listRevisions(db: Database, interviewId: string): Promise<InterviewRevisionDocument[]> {
  const { data } = await db.collection(COLLECTIONS.interviewRevisions).where({ interviewId }).orderBy('revision', 'asc').limit(100).get<InterviewRevisionDocument>();
  return data;
}

/**
 * maySeeInterview as a database condition: office and secretary see every record (null: no condition); anyone
 * else only records whose viewerIds name them. Lists and counts both use it, so nothing leaks through a count.
 */
export function visibilityCondition(viewer: InterviewViewer): Document | null {
  return seesAllInterviews(viewer) ? null : { viewerIds: viewer.id };
}

/** One page, newest first, of the records the viewer may see under the filter. */
export async function listInterviewPage(
  db: Database,
  viewer: InterviewViewer,
  filter: InterviewFilter,
  cursor: string | null,
  pageSize: number,
): Promise<{ items: InterviewDocument[]; nextCursor: string | null }> {
  const _ = db.command;
  const fields: Document = {};
  if (filter.state !== undefined) fields.state = filter.state;
  if (filter.kind !== undefined) fields.kind = filter.kind;
  const where = allOf(_, [visibilityCondition(viewer), fields, cursor ? { sortKey: _.lt(decodeCursor(cursor)) } : null]);
  const { data } = await db.collection(COLLECTIONS.interviews).where(where).orderBy('sortKey', 'desc').limit(pageSize + 1).get<InterviewDocument>();
  return pageOf(data, pageSize);
}

/** The viewer's records waiting for their own signature (one page: nobody has dozens). */
export async function listAwaitingSignature(db: Database, viewerId: string, pageSize: number): Promise<InterviewDocument[]> {
  const { data } = await db
    .collection(COLLECTIONS.interviews)
    .where({ state: 'pending_signatures', pendingSignerIds: viewerId })
    .orderBy('sortKey', 'desc')
    .limit(pageSize)
    .get<InterviewDocument>();
  return data;
}

/** Records per state the viewer may see (kind filter applies, state filter does not): one $match + $group. */
export async function countByState(db: Database, viewer: InterviewViewer, filter: Pick<InterviewFilter, 'kind'> = {}): Promise<Record<InterviewState, number>> {
  const where = allOf(db.command, [visibilityCondition(viewer), filter.kind !== undefined ? { kind: filter.kind } : null]);
  const { list } = await db
    .collection(COLLECTIONS.interviews)
    .aggregate()
    .match(where)
    .group({ _id: '$state', count: { $sum: 1 } })
    .limit(INTERVIEW_STATES.length)
    .end<{ _id: InterviewState; count: number }>();
  const counts = Object.fromEntries(INTERVIEW_STATES.map((state) => [state, 0])) as Record<InterviewState, number>;
  for (const row of list) if (row._id in counts) counts[row._id] = row.count;
  return counts;
}

/** Every record not yet filed, and filed ones still waiting for 整改反馈 (the overview's candidates). */
export async function listUnfinished(db: Database): Promise<InterviewDocument[]> {
  const _ = db.command;
  const all: InterviewDocument[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { data } = await db
      .collection(COLLECTIONS.interviews)
      .where(_.or([{ state: _.neq('filed') }, { state: 'filed', feedback: null }]) as Document)
      .orderBy('sortKey', 'desc')
      .skip(offset)
      .limit(PAGE)
      .get<InterviewDocument>();
    all.push(...data);
    if (data.length < PAGE) return all;
  }
}

/** Talks held in a half-year, and talks planned in it that are not held yet. */
export async function countHalfYear(db: Database, key: string): Promise<{ held: number; planned: number }> {
  const _ = db.command;
  const [held, planned] = await Promise.all([
    db.collection(COLLECTIONS.interviews).where({ heldHalf: key, state: HALF_YEAR_HELD_STATE }).count(),
    db
      .collection(COLLECTIONS.interviews)
      .where({ plannedHalf: key, state: _.in([...HALF_YEAR_ARRANGED_STATES]) })
      .count(),
  ]);
  return { held: held.total, planned: planned.total };
}

/** The records about one item (their source), newest first; at most a page, which is more than any item has. */
export async function findInterviewsForTask(db: Database, taskId: string): Promise<InterviewDocument[]> {
  const { data } = await db.collection(COLLECTIONS.interviews).where({ 'source.taskId': taskId }).orderBy('sortKey', 'desc').limit(50).get<InterviewDocument>();
  return data;
}
