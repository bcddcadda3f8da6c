import { PROPOSAL_FIELDS, RECORD_FIELDS } from './fields';
import type { InterviewField } from './fields';
import { INTERVIEW_STATE_LABELS } from './states';
import type { InterviewState } from './states';

/** Everything that moves a record along. `sign` lands one signature; `lastSignature` is the one that seals. */
export type InterviewEvent =
  | 'update'
  | 'submit'
  | 'approve'
  | 'return'
  | 'record'
  | 'requestSignatures'
  | 'sign'
  | 'lastSignature'
  | 'addDeptOpinion'
  | 'file'
  | 'feedback'
  | 'revise';

/**
 * The next state, or null when the event does not fit the current one (the caller answers INTERVIEW_INVALID_STATE,
 * or SEALED when the record is sealed and the event would change its content).
 */
export function nextInterviewState(current: InterviewState, event: InterviewEvent): InterviewState | null {
  switch (event) {
    case 'update':
      return current === 'draft' || current === 'returned' ? current : null;
    case 'submit':
      return current === 'draft' || current === 'returned' ? 'pending_approval' : null;
    case 'approve':
      return current === 'pending_approval' ? 'approved' : null;
    case 'return':
      return current === 'pending_approval' ? 'returned' : null;
    case 'record':
      // The first save of the record marks the talk as held; the 记录人 may keep editing until signatures are asked for,
      // and, while nobody has signed yet, even after (that takes the record back to 已谈话).
      return current === 'approved' || current === 'recorded' || current === 'pending_signatures' ? 'recorded' : null;
    case 'requestSignatures':
      return current === 'recorded' ? 'pending_signatures' : null;
    case 'sign':
      return current === 'pending_signatures' ? 'pending_signatures' : null;
    case 'lastSignature':
      return current === 'pending_signatures' ? 'signed' : null;
    case 'addDeptOpinion':
      return current === 'signed' ? 'signed' : null;
    case 'file':
      return current === 'signed' ? 'filed' : null;
    case 'feedback':
      return current === 'filed' ? 'filed' : null;
    case 'revise':
      // A correction starts a new revision at 已谈话: the record is copied, every signature is needed again.
      return current === 'signed' || current === 'filed' ? 'recorded' : null;
  }
}

/** Which fields a state needs before the record may leave it (forward). 待签字 is left by the last signature. */
export const REQUIRED_TO_LEAVE: Record<InterviewState, readonly InterviewField[]> = {
  draft: PROPOSAL_FIELDS,
  returned: PROPOSAL_FIELDS,
  pending_approval: ['approverOpinion'],
  approved: [],
  recorded: RECORD_FIELDS,
  pending_signatures: ['signatures'],
  signed: ['deptOpinion'],
  filed: [],
};

/** Which of the fields a state requires are absent, in form order; `present` says which fields hold a value. */
export function missingToLeave(state: InterviewState, present: ReadonlySet<InterviewField>): InterviewField[] {
  return REQUIRED_TO_LEAVE[state].filter((field) => !present.has(field));
}

/** An edit to content fields is refused with SEALED from these states (and INTERVIEW_INVALID_STATE elsewhere). */
export function contentIsSealed(state: InterviewState): boolean {
  return state === 'signed' || state === 'filed';
}

const EVENT_VERBS: Record<InterviewEvent, string> = {
  update: '修改约谈安排',
  submit: '提交审批',
  approve: '审批',
  return: '退回',
  record: '记录谈话',
  requestSignatures: '请双方签字',
  sign: '签字',
  lastSignature: '签字',
  addDeptOpinion: '填写组织实施部门意见',
  file: '归档',
  feedback: '提交整改反馈',
  revise: '创建更正版本',
};

/** What has to happen first, in the words of the person who tried: said instead of a vague "refresh". */
const FIRST_NEEDED: Partial<Record<InterviewEvent, Partial<Record<InterviewState, string>>>> = {
  record: { draft: '约谈尚未提交审批，审批同意后才能记录谈话', pending_approval: '约谈尚未审批，审批同意后才能记录谈话', returned: '约谈安排已被退回，重新提交并审批同意后才能记录谈话' },
  sign: { draft: '谈话尚未记录，记录人提交签字后才能签字', pending_approval: '谈话尚未记录，记录人提交签字后才能签字', approved: '谈话尚未记录，记录人提交签字后才能签字', returned: '谈话尚未记录，记录人提交签字后才能签字', recorded: '记录人尚未提交签字，提交后才能签字' },
  file: { recorded: '签字尚未完成，不能归档', pending_signatures: '签字尚未完成，不能归档' },
  addDeptOpinion: { recorded: '签字完成后才能填写组织实施部门意见', pending_signatures: '签字完成后才能填写组织实施部门意见' },
};

/** Why an event does not fit the record's state, for INTERVIEW_INVALID_STATE. */
export function whyNotNow(current: InterviewState, event: InterviewEvent): string {
  return FIRST_NEEDED[event]?.[current] ?? `约谈记录当前为“${INTERVIEW_STATE_LABELS[current]}”，不能${EVENT_VERBS[event]}`;
}
