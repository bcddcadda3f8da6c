import { closureStepTakenBy, interviewStepTakenBy, refuseRoleChange } from './duties';
import type { RoleChange } from './duties';

const office = { id: 'o1', roles: ['office'] as const };
const secretary = { id: 's1', roles: ['secretary'] as const };
const change = (patch: Partial<RoleChange>): RoleChange => ({
  actor: office,
  target: { id: 'c1', roles: ['cadre'], active: true },
  after: { roles: ['cadre'], active: true },
  setupSecretGiven: false,
  activeSecretaries: 1,
  ...patch,
});

describe('who may give and take roles', () => {
  it('refuses anyone changing their own roles', () => {
    expect(refuseRoleChange(change({ target: { id: 'o1', roles: ['office'], active: true }, after: { roles: ['office', 'secretary'], active: true }, setupSecretGiven: true }))?.reason).toBe('self');
  });

  it('leaves leader and 组长 to the secretary or the setup secret, office and cadre to the office too', () => {
    expect(refuseRoleChange(change({ after: { roles: ['cadre', 'leader'], active: true } }))?.reason).toBe('not_allowed');
    expect(refuseRoleChange(change({ after: { roles: ['cadre', 'leader'], active: true }, setupSecretGiven: true }))).toBeNull();
    expect(refuseRoleChange(change({ actor: secretary, after: { roles: ['cadre', 'leader'], active: true } }))).toBeNull();
    expect(refuseRoleChange(change({ after: { roles: ['cadre', 'office'], active: true } }))).toBeNull();
  });

  it('keeps the last active secretary, and treats deactivation as taking every role', () => {
    const last = { id: 's2', roles: ['secretary'] as const, active: true };
    expect(refuseRoleChange(change({ actor: secretary, target: { ...last, roles: ['secretary'] }, after: { roles: ['secretary'], active: false }, activeSecretaries: 1 }))?.reason).toBe('last_secretary');
    expect(refuseRoleChange(change({ actor: secretary, target: { ...last, roles: ['secretary'] }, after: { roles: ['secretary'], active: false }, activeSecretaries: 2 }))).toBeNull();
    expect(refuseRoleChange(change({ target: { id: 'l1', roles: ['leader'], active: true }, after: { roles: ['leader'], active: false } }))?.reason).toBe('not_allowed');
  });
});

describe('steps of one record taken by different people', () => {
  it('makes applicant, reviewer and signer of an item three people', () => {
    expect(closureStepTakenBy('review', 'a', { appliedById: 'a', reviewedById: null })).toBe('apply');
    expect(closureStepTakenBy('signOff', 'r', { appliedById: 'a', reviewedById: 'r' })).toBe('review');
    expect(closureStepTakenBy('signOff', 's', { appliedById: 'a', reviewedById: 'r' })).toBeNull();
  });

  it('keeps a 约谈 proposer from approving and the approver from recording', () => {
    expect(interviewStepTakenBy('approve', 'p', { proposerId: 'p', approverId: null, recorderId: 'r' })).toBe('propose');
    expect(interviewStepTakenBy('record', 'x', { proposerId: null, approverId: 'x', recorderId: null })).toBe('approve');
    expect(interviewStepTakenBy('approve', 'x', { proposerId: 'p', approverId: null, recorderId: 'r' })).toBeNull();
  });
});
