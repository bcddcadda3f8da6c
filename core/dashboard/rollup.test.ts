import type { FigureGroup } from './rollup';
import { NO_DEPARTMENT_LABEL, NO_LEADER_LABEL, rollUp } from './rollup';

const group = (overrides: Partial<FigureGroup>): FigureGroup => ({
  planId: 'p1',
  aspectIndex: 0,
  aspectTitle: '（一）制度建设方面',
  leaderId: 'lead-a',
  leaderName: '李领导',
  departmentIds: ['d1'],
  status: 'in_progress',
  colour: 'green',
  count: 1,
  ...overrides,
});

const names = new Map([
  ['d1', '总编室'],
  ['d2', '财务室'],
]);

describe('rollUp', () => {
  it('states the figures of core/figures: 正在整改 is started and not done, 尚未启动 apart, 超期未完成 only when not done', () => {
    const result = rollUp({
      groups: [
        group({ status: 'closed', colour: 'none', count: 2 }),
        group({ status: 'long_term', colour: 'red', count: 1 }),
        group({ status: 'in_progress', colour: 'red', count: 3 }),
        group({ status: 'not_started', colour: 'yellow', count: 4 }),
        group({ status: 'pending_review', colour: 'green', count: 1 }),
      ],
      departmentNames: names,
      plans: [{ _id: 'p1', title: '巡察整改方案' }],
      viewerId: 'someone',
    });
    expect(result.totals).toMatchObject({ total: 11, done: 3, inProgress: 4, pendingClosure: 1, notStarted: 4, overdue: 3, longTerm: 1, consolidationOverdue: 1, rate: 27.3 });
    expect(result.byStatus).toEqual({ not_started: 4, in_progress: 3, pending_review: 1, pending_signoff: 0, closed: 2, long_term: 1 });
    expect(result.byColour).toEqual({ green: 1, yellow: 4, red: 4, none: 2 });
  });

  it('counts an item of two departments in each department, once in the totals; no department goes last', () => {
    const result = rollUp({
      groups: [group({ departmentIds: ['d1', 'd2'], count: 2 }), group({ departmentIds: ['d2'], count: 1 }), group({ departmentIds: [], count: 5 }), group({ departmentIds: ['gone'], count: 1 })],
      departmentNames: names,
      plans: [],
      viewerId: 'someone',
    });
    expect(result.totals.total).toBe(9);
    expect(result.byDepartment.map((row) => [row.label, row.total])).toEqual([
      ['财务室', 3],
      ['总编室', 2],
      ['已删除部门', 1],
      [NO_DEPARTMENT_LABEL, 5],
    ]);
  });

  it('puts the caller’s own leader row first and answers it as `mine`; no leader goes last', () => {
    const result = rollUp({
      groups: [
        group({ leaderId: 'lead-a', leaderName: '李领导', count: 5 }),
        group({ leaderId: null, leaderName: null, count: 9 }),
        group({ leaderId: 'me', leaderName: '王领导', count: 1, status: 'closed', colour: 'none' }),
        group({ leaderId: 'me', leaderName: '王领导', count: 1, colour: 'red' }),
      ],
      departmentNames: names,
      plans: [],
      viewerId: 'me',
    });
    expect(result.byLeader.map((row) => row.label)).toEqual(['王领导', '李领导', NO_LEADER_LABEL]);
    expect(result.mine).toMatchObject({ key: 'me', total: 2, done: 1, overdue: 1, inProgress: 1, notStarted: 0, rate: 50 });
    expect(rollUp({ groups: [group({})], departmentNames: names, plans: [], viewerId: 'me' }).mine).toBeNull();
  });

  it('orders aspects by plan import order, then by their index in the plan, each labelled with its plan', () => {
    const result = rollUp({
      groups: [group({ planId: 'late', aspectIndex: 0, aspectTitle: 'B0' }), group({ planId: 'early', aspectIndex: 1, aspectTitle: 'A1' }), group({ planId: 'early', aspectIndex: 0, aspectTitle: 'A0' })],
      departmentNames: names,
      plans: [
        { _id: 'early', title: '巡察整改方案' },
        { _id: 'late', title: '审计整改清单' },
      ],
      viewerId: 'x',
    });
    expect(result.byAspect.map((row) => [row.key, row.label, row.plan])).toEqual([
      ['early:0', 'A0', '巡察整改方案'],
      ['early:1', 'A1', '巡察整改方案'],
      ['late:0', 'B0', '审计整改清单'],
    ]);
  });

  it('answers zeros for a caller who sees nothing', () => {
    const result = rollUp({ groups: [], departmentNames: names, plans: [], viewerId: 'x' });
    expect(result.totals).toMatchObject({ total: 0, done: 0, overdue: 0, inProgress: 0, rate: 0 });
    expect(result.byAspect).toEqual([]);
  });
});
