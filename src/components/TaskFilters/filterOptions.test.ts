import type { AuthMeOutput } from '../../../core/actions/auth';
import type { PlanSummary } from '../../../core/actions/plans';
import type { Member } from '../../../core/roster/model';
import type { Role } from '../../../core/roles';
import { ApiError } from '@/api/errors';
import { fakeCallApi, renderHook } from '../../testing/renderHook';
import { useFilterOptions } from './filterOptions';

function member(id: string, name: string, roles: Role[], active = true): Member {
  return { id, name, title: null, roles, departmentIds: [], active, bound: true };
}
const me = (roles: Role[], departments: { id: string; name: string }[]): AuthMeOutput => ({ member: member('me', '我', roles), departments });
const plan: PlanSummary = { id: 'p1', title: '巡察方案', kind: 'xuncha', source: '', archived: false, current: true, planDate: '2026-09-01', taskCount: 3, aspectTitles: ['党的领导方面'], importedAt: '2026-09-02T02:00:00Z', importedBy: 'm1' };

function open(person: AuthMeOutput) {
  const api = fakeCallApi();
  const view = renderHook(() => useFilterOptions(api.call, person), {});
  return { ...api, options: view.result };
}

describe('the filter bar\'s choices, by who is looking', () => {
  it('offers the office every department and every active leader, with the plans and their 方面', async () => {
    const { calls, answer, options } = open(me(['office', 'cadre'], [{ id: 'd1', name: '办公室' }]));
    expect(calls.map((call) => call.action)).toEqual(['plans.list', 'roster.listDepartments', 'roster.listMembers']);
    await answer(0, { plans: [plan], currentPlanId: 'p1' });
    await answer(1, { departments: [{ id: 'd1', name: '办公室', order: 0, memberCount: 2 }, { id: 'd2', name: '财务室', order: 1, memberCount: 1 }] });
    await answer(2, { members: [member('m1', '李卫东', ['leader']), member('m2', '张建国', ['secretary']), member('m3', '赵磊', ['cadre']), member('m4', '王离职', ['leader'], false)] });
    expect(options.current).toEqual({
      plans: [{ value: 'all', label: '全部整改任务' }],
      currentPlan: '当前：巡察·巡察方案',
      aspects: [{ value: 'p1:0', label: '党的领导方面' }],
      departments: [{ value: 'd1', label: '办公室' }, { value: 'd2', label: '财务室' }],
      leaders: [{ value: 'm1', label: '李卫东' }, { value: 'm2', label: '张建国' }],
    });
  });

  it('offers a cadre of several departments their own, without reading the roster', async () => {
    const { calls, answer, options } = open(me(['cadre'], [{ id: 'd1', name: '办公室' }, { id: 'd2', name: '财务室' }]));
    expect(calls.map((call) => call.action)).toEqual(['plans.list']);
    await answer(0, { plans: [plan], currentPlanId: 'p1' });
    expect(options.current.departments).toEqual([{ value: 'd1', label: '办公室' }, { value: 'd2', label: '财务室' }]);
    expect(options.current.leaders).toEqual([]);
  });

  it('offers a cadre of one department no department choice, and still the 方面 when the roster is not theirs to read', async () => {
    const { answer, options } = open(me(['cadre'], [{ id: 'd1', name: '办公室' }]));
    await answer(0, { plans: [plan], currentPlanId: 'p1' });
    expect(options.current.departments).toEqual([]);
    expect(options.current.aspects).toEqual([{ value: 'p1:0', label: '党的领导方面' }]);
  });

  it('keeps the department and leader choices when the plans cannot be read', async () => {
    const { answer, fail, options } = open(me(['secretary'], []));
    await fail(0, new ApiError('NETWORK'));
    await answer(1, { departments: [{ id: 'd1', name: '办公室', order: 0, memberCount: 2 }] });
    await answer(2, { members: [member('m1', '李卫东', ['leader'])] });
    expect(options.current).toMatchObject({ plans: [], aspects: [], departments: [{ value: 'd1', label: '办公室' }], leaders: [{ value: 'm1', label: '李卫东' }] });
  });
});
