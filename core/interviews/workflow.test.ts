import { INTERVIEW_FIELD_LABELS, PROPOSAL_FIELDS, RECORD_FIELDS, missingFieldsMessage } from './fields';
import type { InterviewField } from './fields';
import { INTERVIEW_STATES, INTERVIEW_STATE_LABELS } from './states';
import type { InterviewState } from './states';
import { REQUIRED_TO_LEAVE, contentIsSealed, missingToLeave, nextInterviewState } from './workflow';
import type { InterviewEvent } from './workflow';

const EVENTS: InterviewEvent[] = ['update', 'submit', 'approve', 'return', 'record', 'requestSignatures', 'sign', 'lastSignature', 'addDeptOpinion', 'file', 'feedback', 'revise'];

describe('the 约谈 state machine', () => {
  it('walks 拟约谈 → 待审批 → 已批准 → 已谈话 → 待签字 → 已签字 → 已归档', () => {
    const steps: [InterviewState, InterviewEvent, InterviewState][] = [
      ['draft', 'submit', 'pending_approval'],
      ['pending_approval', 'approve', 'approved'],
      ['approved', 'record', 'recorded'],
      ['recorded', 'requestSignatures', 'pending_signatures'],
      ['pending_signatures', 'sign', 'pending_signatures'],
      ['pending_signatures', 'lastSignature', 'signed'],
      ['signed', 'addDeptOpinion', 'signed'],
      ['signed', 'file', 'filed'],
      ['filed', 'feedback', 'filed'],
    ];
    for (const [from, event, to] of steps) expect(nextInterviewState(from, event)).toBe(to);
    expect(INTERVIEW_STATES.map((state) => INTERVIEW_STATE_LABELS[state])).toEqual(['拟约谈', '待审批', '已批准', '退回', '已谈话', '待签字', '已签字', '已归档']);
  });

  it('sends a returned proposal back for approval once corrected', () => {
    expect(nextInterviewState('pending_approval', 'return')).toBe('returned');
    expect(nextInterviewState('returned', 'update')).toBe('returned');
    expect(nextInterviewState('returned', 'submit')).toBe('pending_approval');
  });

  it('refuses every skipped step', () => {
    expect(nextInterviewState('draft', 'approve')).toBeNull();
    expect(nextInterviewState('pending_approval', 'record')).toBeNull();
    expect(nextInterviewState('approved', 'requestSignatures')).toBeNull();
    expect(nextInterviewState('recorded', 'sign')).toBeNull();
    expect(nextInterviewState('pending_signatures', 'file')).toBeNull();
    expect(nextInterviewState('approved', 'file')).toBeNull();
    expect(nextInterviewState('signed', 'feedback')).toBeNull();
  });

  it('allows only the post-seal steps and a revision once sealed', () => {
    for (const state of ['signed', 'filed'] as const) {
      expect(contentIsSealed(state)).toBe(true);
      const allowed = EVENTS.filter((event) => nextInterviewState(state, event) !== null);
      expect(allowed).toEqual(state === 'signed' ? ['addDeptOpinion', 'file', 'revise'] : ['feedback', 'revise']);
      expect(nextInterviewState(state, 'revise')).toBe('recorded');
    }
    expect(INTERVIEW_STATES.filter(contentIsSealed)).toEqual(['signed', 'filed']);
  });

  it('names what a state needs before it can be left, in form order', () => {
    expect(missingToLeave('draft', new Set<InterviewField>(['kind', 'subject', 'place']))).toEqual(['source', 'interviewers', 'recorder', 'approver', 'plannedAt', 'reason']);
    expect(missingToLeave('pending_approval', new Set())).toEqual(['approverOpinion']);
    expect(missingToLeave('recorded', new Set<InterviewField>(['content', 'heldAt']))).toEqual(['statement', 'requirements', 'commitments', 'feedbackDue']);
    expect(missingToLeave('signed', new Set())).toEqual(['deptOpinion']);
    expect(missingToLeave('filed', new Set())).toEqual([]);
    expect(REQUIRED_TO_LEAVE.returned).toBe(PROPOSAL_FIELDS);
    expect(REQUIRED_TO_LEAVE.recorded).toBe(RECORD_FIELDS);
  });

  it('says what is missing in Chinese', () => {
    expect(missingFieldsMessage(['approverOpinion', 'deptOpinion'])).toBe('还缺少：领导审批意见、组织实施部门意见');
    expect(Object.values(INTERVIEW_FIELD_LABELS).every((label) => /^[\u4e00-\u9fa5/]+$/.test(label))).toBe(true);
  });
});
