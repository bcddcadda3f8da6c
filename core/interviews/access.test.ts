import { INTERVIEW_ACTION_RELATIONS, interviewRelationsTo, interviewViewerIds, mayActOnInterview, maySeeInterview, seesAllInterviews } from './access';
import type { InterviewAction, InterviewParties, InterviewViewer } from './access';

const parties: InterviewParties = { subjectId: 'subject', interviewerIds: ['leader1', 'leader2'], recorderId: 'recorder', proposerId: 'proposer', approverId: 'approver' };
const person = (id: string, roles: InterviewViewer['roles'] = ['cadre']): InterviewViewer => ({ id, roles });

describe('who may do what with a 约谈 record', () => {
  it('shows the record to its participants, the approver, the office and the secretary — nobody else', () => {
    for (const id of ['subject', 'leader1', 'leader2', 'recorder', 'proposer', 'approver']) expect(maySeeInterview(person(id), parties)).toBe(true);
    expect(maySeeInterview(person('x', ['office']), parties)).toBe(true);
    expect(maySeeInterview(person('x', ['secretary']), parties)).toBe(true);
    expect(maySeeInterview(person('x', ['leader']), parties)).toBe(false);
    expect(maySeeInterview(person('x', ['cadre']), parties)).toBe(false);
    expect(seesAllInterviews(person('x', ['leader']))).toBe(false);
  });

  it('lists exactly the people the database filters on', () => {
    expect(interviewViewerIds(parties).sort()).toEqual(['approver', 'leader1', 'leader2', 'proposer', 'recorder', 'subject']);
    expect(interviewViewerIds({ ...parties, subjectId: null, approverId: null, recorderId: 'proposer' }).sort()).toEqual(['leader1', 'leader2', 'proposer']);
  });

  it('gives each step to its people', () => {
    const may = (action: InterviewAction, viewer: InterviewViewer) => mayActOnInterview(action, viewer, parties);
    expect(may('interviews.record', person('recorder'))).toBe(true);
    expect(may('interviews.record', person('leader1', ['leader']))).toBe(false);
    expect(may('interviews.sign', person('subject'))).toBe(true);
    expect(may('interviews.sign', person('leader2', ['leader']))).toBe(true);
    expect(may('interviews.sign', person('recorder'))).toBe(false);
    expect(may('interviews.file', person('x', ['office']))).toBe(true);
    expect(may('interviews.file', person('x', ['secretary']))).toBe(false);
    expect(may('interviews.feedback', person('subject'))).toBe(true);
    expect(may('interviews.feedback', person('leader1', ['leader']))).toBe(false);
  });

  it('lets the named approver or the secretary approve, never a 约谈人 or the 对象 of this talk', () => {
    expect(mayActOnInterview('interviews.approve', person('approver', ['leader']), parties)).toBe(true);
    expect(mayActOnInterview('interviews.approve', person('x', ['secretary']), parties)).toBe(true);
    expect(mayActOnInterview('interviews.approve', person('leader1', ['leader', 'secretary']), parties)).toBe(false);
    expect(mayActOnInterview('interviews.approve', person('subject', ['secretary']), parties)).toBe(false);
    expect(mayActOnInterview('interviews.approve', person('x', ['leader']), parties)).toBe(false);
  });

  it('relates a member who holds several parts in all of them', () => {
    expect([...interviewRelationsTo(person('proposer', ['office', 'leader']), { ...parties, recorderId: 'proposer' })].sort()).toEqual(['keepsInterviewFiles', 'proposer', 'recorder', 'seesAllInterviews']);
    expect(Object.keys(INTERVIEW_ACTION_RELATIONS)).toContain('exports.interview');
  });
});
