import { useState } from 'react';
import { useAction } from '@/api/hooks';

/** The plans a report or a list can be about, and the one chosen (the newest until the person picks another). */
export function usePlanChoice() {
  const plans = useAction('plans.list', {});
  const [chosen, setChosen] = useState<string | null>(null);
  const list = plans.data?.plans ?? [];
  const plan = list.find((entry) => entry.id === chosen) ?? list[0] ?? null;
  return { plans: list, plan, choose: setChosen, loading: plans.loading, error: plans.error, reload: plans.reload };
}
