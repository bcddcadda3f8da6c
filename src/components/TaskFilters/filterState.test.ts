import type { PlanSummary } from '../../../core/actions/plans';
import { ALL_PLANS } from '../../../core/plans/scope';
import { currentPlanLabel, planScopeOptions } from '@/components/PlanScopePicker/planScope';
import { NO_FILTER, aspectOptions, handOverFilter, isFiltered, takeHandedOverFilter, toTaskFilter } from './filterState';

function plan(id: string, title: string, fields: Partial<PlanSummary> = {}): PlanSummary {
  return { id, title, kind: 'xuncha', source: '', archived: false, current: false, planDate: '2026-09-01', taskCount: 3, aspectTitles: [], importedAt: '2026-09-02T02:00:00Z', importedBy: 'm1', ...fields };
}

describe('the item filter of 我的事项 and 统计', () => {
  it('asks tasks.list for nothing in particular when nothing is chosen', () => {
    expect(toTaskFilter(NO_FILTER)).toEqual({});
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('asks for exactly what was chosen, a 方面 naming its own plan', () => {
    const chosen = { ...NO_FILTER, status: 'in_progress' as const, planId: 'p1', aspect: 'p2:3', departmentId: 'd1', leaderId: 'm2', overdueOnly: true, figure: 'overdue' as const };
    expect(toTaskFilter(chosen)).toEqual({ status: 'in_progress', planId: 'p2', aspectIndex: 3, departmentId: 'd1', leaderId: 'm2', overdueOnly: true, figure: 'overdue' });
    expect(isFiltered(chosen)).toBe(true);
    expect(isFiltered({ ...NO_FILTER, overdueOnly: true })).toBe(true);
    expect(isFiltered({ ...NO_FILTER, planId: ALL_PLANS })).toBe(true);
  });

  it('hands a figure tapped on 统计 to 我的事项 once', () => {
    expect(takeHandedOverFilter()).toBeNull();
    handOverFilter({ ...NO_FILTER, figure: 'overdue' });
    expect(takeHandedOverFilter()).toEqual({ ...NO_FILTER, figure: 'overdue' });
    expect(takeHandedOverFilter()).toBeNull();
  });

  it('offers the 方面 of the plans in progress, named with their plan when there are several', () => {
    const one = [plan('p1', '巡察整改落实方案', { aspectTitles: ['党的领导方面', '作风建设方面'] })];
    expect(aspectOptions(one)).toEqual([
      { value: 'p1:0', label: '党的领导方面' },
      { value: 'p1:1', label: '作风建设方面' },
    ]);
    const several = [...one, plan('p2', '审计整改落实方案', { kind: 'audit', aspectTitles: ['财务管理'] }), plan('p3', '旧方案', { archived: true, aspectTitles: ['旧方面'] })];
    expect(aspectOptions(several).map((option) => option.label)).toEqual(['巡察整改落实·党的领导方面', '巡察整改落实·作风建设方面', '审计整改落实·财务管理']);
  });

  it('offers the plans: 全部整改任务 beside the current one, the others, then the archived ones marked', () => {
    const plans = [plan('p1', '巡察方案', { current: true }), plan('p2', '审计方案', { kind: 'audit' }), plan('p3', '旧方案', { archived: true })];
    expect(currentPlanLabel(plans)).toBe('当前：巡察·巡察方案');
    expect(planScopeOptions(plans)).toEqual([
      { value: ALL_PLANS, label: '全部整改任务' },
      { value: 'p2', label: '审计·审计方案' },
      { value: 'p3', label: '已归档·旧方案' },
    ]);
    // With no current plan (all archived), choosing nothing already means every plan.
    expect(currentPlanLabel([plan('p3', '旧方案', { archived: true })])).toBe('全部整改任务');
    expect(planScopeOptions([plan('p3', '旧方案', { archived: true })])).toEqual([{ value: 'p3', label: '已归档·旧方案' }]);
  });
});
