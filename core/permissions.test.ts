import { ACTION_INPUTS } from './actions';
import { ACTION_ACCESS, mayCall } from './permissions';

describe('the access table', () => {
  it('names every action exactly once', () => {
    expect(Object.keys(ACTION_ACCESS).sort()).toEqual(Object.keys(ACTION_INPUTS).sort());
  });

  it('lets nobody unbound past a role or bound rule', () => {
    expect(mayCall('bound', null)).toBe(false);
    expect(mayCall(['office'], null)).toBe(false);
    expect(mayCall('public', null)).toBe(true);
  });

  it('lets a member through when any one of their roles is listed', () => {
    expect(mayCall(['office', 'secretary'], ['cadre', 'office'])).toBe(true);
    expect(mayCall(['office', 'secretary'], ['cadre', 'leader'])).toBe(false);
    expect(mayCall('bound', [])).toBe(true);
  });
});
