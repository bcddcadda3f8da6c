import { can } from '../capabilities';
import type { Role } from '../roles';

/**
 * How a member stands to one record. Participants are the 对象, the 约谈人, the 记录人 and the proposer; the named
 * approver joins them; the office and the secretary see every record. Nobody else sees it at all. The last three
 * relations are capabilities that reach every record (core/capabilities).
 */
export type InterviewRelation =
  | 'subject'
  | 'interviewer'
  | 'recorder'
  | 'proposer'
  | 'approver'
  | 'seesAllInterviews'
  | 'keepsInterviewFiles'
  | 'approvesAnyInterview';

const RECORD_WIDE_CAPABILITIES = ['seesAllInterviews', 'keepsInterviewFiles', 'approvesAnyInterview'] as const;

export interface InterviewParties {
  subjectId: string | null;
  interviewerIds: readonly string[];
  recorderId: string | null;
  proposerId: string;
  approverId: string | null;
}

export interface InterviewViewer {
  id: string;
  roles: readonly Role[];
}

export function interviewRelationsTo(viewer: InterviewViewer, parties: InterviewParties): Set<InterviewRelation> {
  const relations = new Set<InterviewRelation>(RECORD_WIDE_CAPABILITIES.filter((capability) => can(viewer.roles, capability)));
  if (parties.subjectId === viewer.id) relations.add('subject');
  if (parties.interviewerIds.includes(viewer.id)) relations.add('interviewer');
  if (parties.recorderId === viewer.id) relations.add('recorder');
  if (parties.proposerId === viewer.id) relations.add('proposer');
  if (parties.approverId === viewer.id) relations.add('approver');
  return relations;
}

const EVERYONE_WHO_MAY_SEE = ['subject', 'interviewer', 'recorder', 'proposer', 'approver', 'seesAllInterviews'] as const;

/** The per-record half of the access rules; the role half is ACTION_ACCESS in core/permissions. */
export const INTERVIEW_ACTION_RELATIONS = {
  'interviews.get': EVERYONE_WHO_MAY_SEE,
  'interviews.verify': EVERYONE_WHO_MAY_SEE,
  'exports.interview': EVERYONE_WHO_MAY_SEE,
  'interviews.update': ['proposer', 'keepsInterviewFiles'],
  'interviews.submit': ['proposer', 'keepsInterviewFiles'],
  // Never the 对象 or a 约谈人 of this very talk, whatever their role (see mayActOnInterview).
  'interviews.approve': ['approver', 'approvesAnyInterview'],
  'interviews.record': ['recorder'],
  'interviews.requestSignatures': ['recorder'],
  // And only their own slot: the handler compares the slot's member with the caller.
  'interviews.sign': ['subject', 'interviewer'],
  'interviews.addDeptOpinion': ['keepsInterviewFiles'],
  'interviews.file': ['keepsInterviewFiles'],
  'interviews.feedback': ['subject'],
  'interviews.revise': ['recorder', 'keepsInterviewFiles'],
} as const satisfies Record<string, readonly InterviewRelation[]>;

export type InterviewAction = keyof typeof INTERVIEW_ACTION_RELATIONS;

export function mayActOnInterview(action: InterviewAction, viewer: InterviewViewer, parties: InterviewParties): boolean {
  const relations = interviewRelationsTo(viewer, parties);
  if (action === 'interviews.approve' && (relations.has('subject') || relations.has('interviewer'))) return false;
  return (INTERVIEW_ACTION_RELATIONS[action] as readonly InterviewRelation[]).some((relation) => relations.has(relation));
}

/** Records a member can see at all: the same rule as interviews.get, for lists and counts (which filter in the database). */
export function maySeeInterview(viewer: InterviewViewer, parties: InterviewParties): boolean {
  return mayActOnInterview('interviews.get', viewer, parties);
}

/** Office and secretary see every record; anyone else only those naming them (the database filters on `viewerIds`). */
export function seesAllInterviews(viewer: InterviewViewer): boolean {
  return can(viewer.roles, 'seesAllInterviews');
}

/** The ids a stored record lists as its viewers: every participant and the named approver. */
export function interviewViewerIds(parties: InterviewParties): string[] {
  const ids = [parties.subjectId, ...parties.interviewerIds, parties.recorderId, parties.proposerId, parties.approverId];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id.length > 0))];
}
