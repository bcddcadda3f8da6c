import { useMemo } from 'react';
import { deadlineState } from '../../../core/tasks/deadline';
import type { DeadlineColour } from '../../../core/tasks/deadline';
import { isDone } from '../../../core/tasks/status';
import { beijingDay } from '../../../core/time';
import { useAction } from '@/api/hooks';
import { appNow } from '../../utils/clock';

export interface PlanFigures {
  total: number;
  done: number;
  overdue: number;
  dueSoon: number;
}

/** One plan with its items by 方面, and the figures its header shows; colours are decided in Beijing days, now. */
export function usePlanDetail(planId: string) {
  const plan = useAction('plans.get', { planId }, { refreshOnShow: true });
  // Colours are decided at the moment this answer arrived: they change with the data, not with each render.
  const { now } = useMemo(() => ({ answer: plan.data, now: appNow() }), [plan.data]);
  const figures = useMemo((): PlanFigures | null => {
    if (!plan.data) return null;
    const tasks = plan.data.aspects.flatMap((aspect) => aspect.tasks);
    const colours = tasks.map((task) => deadlineState({ status: task.status, dueDate: task.dueDate, nextReviewDue: null }, now).colour);
    return {
      total: tasks.length,
      done: tasks.filter((task) => isDone(task.status)).length,
      overdue: colours.filter((colour) => colour === 'red').length,
      dueSoon: colours.filter((colour) => colour === 'yellow').length,
    };
  }, [plan.data, now]);
  const colourOf = (task: { status: Parameters<typeof deadlineState>[0]['status']; dueDate: string | null }): { colour: DeadlineColour; label: string } =>
    deadlineState({ status: task.status, dueDate: task.dueDate, nextReviewDue: null }, now);
  const thisYear = Number(beijingDay(now).slice(0, 4));
  return { data: plan.data, error: plan.error, loading: plan.loading, reload: plan.reload, figures, colourOf, thisYear };
}
