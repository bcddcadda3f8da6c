import { ACTION_INPUTS } from './actions';
import { ACTION_ACCESS, mayCall } from './permissions';

describe('the access table', () => {
  it('names every action exactly once', () => {
    expect(Object.keys(ACTION_ACCESS).sort()).toEqual(Object.keys(ACTION_INPUTS).sort());
  });

  it('lets nobody unbound past a role or bound rule', () => {
    expect(mayCall({ kind: 'read', who: 'bound' }, null)).toBe(false);
    expect(mayCall({ kind: 'read', who: 'runsReminders' }, null)).toBe(false);
    expect(mayCall({ kind: 'write', who: 'public' }, null)).toBe(true);
  });

  it('lets a member through when any one of their roles is granted the capability', () => {
    expect(mayCall({ kind: 'write', who: 'keepsRoster' }, ['cadre', 'office'])).toBe(true);
    expect(mayCall({ kind: 'write', who: 'keepsRoster' }, ['cadre', 'leader'])).toBe(false);
    expect(mayCall({ kind: 'read', who: 'bound' }, [])).toBe(true);
  });
});
