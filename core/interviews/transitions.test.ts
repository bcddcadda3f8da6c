import { PROPOSAL_FIELDS } from './fields';
import { heldAtProblem, heldBeforePlannedDay, presentFields, recordIsLocked } from './transitions';
import { missingToLeave } from './workflow';

describe('which 约谈 fields are present', () => {
  it('counts a value as there unless it is null, empty text or an empty list', () => {
    const present = presentFields({ kind: 'talk', source: '', subject: 'm1', interviewers: [], recorder: null, place: '会议室', commitments: ['一周内整改'] });
    expect([...present].sort()).toEqual(['commitments', 'kind', 'place', 'subject']);
  });

  it('tells the state machine exactly what a proposal still lacks', () => {
    const present = presentFields({ kind: 'talk', source: 'task', subject: 'm1', interviewers: ['m2'], recorder: 'm3', approver: null, plannedAt: null, place: '', reason: '超期' });
    expect(missingToLeave('draft', present)).toEqual(['approver', 'plannedAt', 'place']);
    expect(PROPOSAL_FIELDS).toContain('approver');
  });
});

describe('when a talk may be recorded as held', () => {
  const now = new Date('2026-12-15T02:00:00Z'); // 10:00 Beijing
  const planned = new Date('2026-12-14T01:00:00Z'); // 09:00 Beijing on the 14th

  it('refuses a time in the future beyond a phone clock running five minutes ahead', () => {
    expect(heldAtProblem(new Date('2026-12-15T02:04:00Z'), planned, null, now)).toBeNull();
    expect(heldAtProblem(new Date('2026-12-15T02:06:00Z'), planned, null, now)).toEqual({ code: 'HELD_IN_FUTURE' });
  });

  it('refuses a Beijing day before the planned one unless the 记录人 says why', () => {
    const dayBefore = new Date('2026-12-13T15:30:00Z'); // 23:30 Beijing on the 13th
    expect(heldAtProblem(dayBefore, planned, null, now)).toEqual({ code: 'HELD_BEFORE_PLANNED', plannedDay: '2026-12-14' });
    expect(heldAtProblem(dayBefore, planned, '对象出差，提前谈话', now)).toBeNull();
    // 00:30 Beijing on the planned day is the same day, although it is the day before in UTC.
    expect(heldAtProblem(new Date('2026-12-13T16:30:00Z'), planned, null, now)).toBeNull();
    expect(heldAtProblem(dayBefore, null, null, now)).toBeNull();
  });

  it('compares the picked day with the planned day in Beijing, as the form does', () => {
    expect(heldBeforePlannedDay('2026-12-13', '2026-12-14T01:00:00.000Z')).toBe(true);
    expect(heldBeforePlannedDay('2026-12-14', '2026-12-13T16:30:00.000Z')).toBe(false);
    expect(heldBeforePlannedDay('', '2026-12-14T01:00:00.000Z')).toBe(false);
    expect(heldBeforePlannedDay('2026-12-01', null)).toBe(false);
  });
});

describe('rewriting a record', () => {
  it('is allowed until the first signature lands', () => {
    expect(recordIsLocked('recorded', 0)).toBe(false);
    expect(recordIsLocked('pending_signatures', 0)).toBe(false);
    expect(recordIsLocked('pending_signatures', 1)).toBe(true);
  });
});
