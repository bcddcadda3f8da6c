/**
 * Every field a state can require, by the name `INCOMPLETE` answers in `details.missing`, with the words a
 * person reads. The form pages use the same keys to mark the fields in red.
 */
export const INTERVIEW_FIELD_LABELS = {
  kind: '谈话类型',
  source: '事项来源',
  subject: '约谈对象',
  interviewers: '约谈人',
  recorder: '记录人',
  approver: '审批领导',
  plannedAt: '约谈时间',
  place: '约谈地点',
  reason: '约谈事由',
  approverOpinion: '领导审批意见',
  heldAt: '谈话时间',
  content: '谈话内容',
  statement: '约谈对象说明/表态',
  requirements: '整改要求',
  commitments: '整改承诺',
  feedbackDue: '整改反馈期限',
  signatures: '签字',
  deptOpinion: '组织实施部门意见',
  feedback: '整改反馈',
} as const;

export type InterviewField = keyof typeof INTERVIEW_FIELD_LABELS;

/** 拟约谈 (and 退回) must have all of these to go to 待审批. */
export const PROPOSAL_FIELDS = ['kind', 'source', 'subject', 'interviewers', 'recorder', 'approver', 'plannedAt', 'place', 'reason'] as const satisfies readonly InterviewField[];

/** 已谈话 must have all of these to go to 待签字. */
export const RECORD_FIELDS = ['heldAt', 'content', 'statement', 'requirements', 'commitments', 'feedbackDue'] as const satisfies readonly InterviewField[];

/** "还缺少：领导审批意见、整改要求" — the refusal names the fields, in Chinese, in form order. */
export function missingFieldsMessage(fields: readonly InterviewField[]): string {
  return `还缺少：${fields.map((field) => INTERVIEW_FIELD_LABELS[field]).join('、')}`;
}

/** A signature slot: the 对象's, or the n-th 约谈人's (in the order the proposal lists them). */
export type SignatureSlotId = 'subject' | `interviewer-${number}`;
export const MAX_INTERVIEWERS = 5;
export const SLOT_PATTERN = /^(subject|interviewer-[1-5])$/;

export function isSlotId(value: string): value is SignatureSlotId {
  return SLOT_PATTERN.test(value);
}

export function interviewerSlot(index: number): SignatureSlotId {
  return `interviewer-${index + 1}`;
}

/** The signature image may be at most this big (a 1365×1365 pad with strokes is far below it). */
export const SIGNATURE_MAX_BYTES = 512 * 1024;

/**
 * Where the client uploads a signature: `uploads/interviews/<interviewId>/<slot>-<random>.png`. The server refuses
 * any other path, so a request can only sign with an upload made for this record and slot.
 */
export function signatureUploadPath(interviewId: string, slot: SignatureSlotId, random: string): string {
  return `uploads/interviews/${interviewId}/${slot}-${random}.png`;
}

/** Attachments of the talk (录音 notes, materials) live in the record's folder, like an item's evidence. */
export function interviewUploadFolder(interviewId: string): string {
  return `uploads/interviews/${interviewId}/`;
}
