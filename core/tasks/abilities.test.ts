import { taskAbilities } from './abilities';
import type { AbilityInput } from './abilities';
import type { TaskViewer } from './access';
import type { TaskAbilities } from './model';

const cadre: TaskViewer = { id: 'c1', roles: ['cadre'], departmentIds: ['d1'] };
const otherCadre: TaskViewer = { id: 'c2', roles: ['cadre'], departmentIds: ['d2'] };
const leader: TaskViewer = { id: 'l1', roles: ['leader'], departmentIds: ['d1'] };
const secretary: TaskViewer = { id: 's1', roles: ['secretary'], departmentIds: [] };
const office: TaskViewer = { id: 'o1', roles: ['office'], departmentIds: [] };

const item = (patch: Partial<AbilityInput> = {}): AbilityInput => ({
  leaderId: 'l1',
  departmentIds: ['d1'],
  assigneeIds: [],
  status: 'in_progress',
  hasPendingExtension: false,
  ...patch,
});

const shown = (abilities: TaskAbilities) => (Object.keys(abilities) as (keyof TaskAbilities)[]).filter((key) => abilities[key]).sort();

describe('the buttons a member sees on an item', () => {
  it('gives the owner progress, measures, extension and 销号 while the item is worked on', () => {
    expect(shown(taskAbilities(cadre, item()))).toEqual(['apply', 'markMeasure', 'progress', 'requestExtension']);
    expect(shown(taskAbilities(cadre, item({ hasPendingExtension: true })))).toEqual(['apply', 'markMeasure', 'progress']);
  });

  it('gives the owner nothing to press while a reviewer holds the item', () => {
    expect(shown(taskAbilities(cadre, item({ status: 'pending_review' })))).toEqual([]);
    expect(shown(taskAbilities(cadre, item({ status: 'closed' })))).toEqual([]);
  });

  it('lets a 长期坚持 item take quarterly reports and measure marks, nothing else', () => {
    expect(shown(taskAbilities(cadre, item({ status: 'long_term' })))).toEqual(['markMeasure', 'progress']);
  });

  it('gives a cadre of another department nothing, a leader of the item comment and review', () => {
    expect(shown(taskAbilities(otherCadre, item()))).toEqual([]);
    // A leader belonging to the department is no owner: owners are cadres or named 责任人.
    expect(shown(taskAbilities(leader, item()))).toEqual(['comment']);
    expect(shown(taskAbilities(leader, item({ status: 'pending_review' })))).toEqual(['comment', 'review']);
    expect(shown(taskAbilities(leader, item({ status: 'pending_signoff' })))).toEqual(['comment']);
  });

  it('lets the secretary sign off, decide extensions, assign and review items without a leader', () => {
    expect(shown(taskAbilities(secretary, item({ status: 'pending_signoff', hasPendingExtension: true })))).toEqual(['assign', 'comment', 'decideExtension', 'signOff']);
    expect(shown(taskAbilities(secretary, item({ status: 'pending_review' })))).toEqual(['assign', 'comment']);
    expect(shown(taskAbilities(secretary, item({ status: 'pending_review', leaderId: null })))).toEqual(['assign', 'comment', 'review']);
  });

  it('lets the office assign and comment until 已销号', () => {
    expect(shown(taskAbilities(office, item()))).toEqual(['assign', 'comment']);
    expect(shown(taskAbilities(office, item({ status: 'closed' })))).toEqual(['comment']);
  });

  it('makes a named 责任人 an owner whatever their department', () => {
    expect(shown(taskAbilities(otherCadre, item({ assigneeIds: ['c2'], status: 'not_started' })))).toEqual(['apply', 'markMeasure', 'progress', 'requestExtension']);
  });
});
