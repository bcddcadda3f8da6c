import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { InterviewOverviewOutput } from '../../../core/actions/interviews';
import type { InterviewSummary } from '../../../core/interviews/model';
import type { InterviewState } from '../../../core/interviews/states';
import { callApi } from '@/api/client';
import { useAction } from '@/api/hooks';
import { takeInterviewListStale } from './interviewStore';
import { interviewPageUrl } from './routes';
import { useInterviewList } from './useInterviewList';
import { can } from '../../../core/capabilities';

export type InterviewGroup = { key: 'toSign' | 'mine' | 'others'; title: string; items: InterviewSummary[] };

/**
 * Everything the 约谈 tab does: the records in three groups — waiting for my signature, the ones I take part in,
 * and (for the office and the secretary, who see all) the others; counts per state as chips; for the office and the
 * secretary the half-year check and the records missing anything; pull to refresh and more on scrolling.
 */
export function useInterviewsTab() {
  const me = useAction('auth.me', {});
  const roles = me.data?.member.roles ?? [];
  const myId = me.data?.member.id ?? null;
  const overseer = can(roles, 'seesAllInterviews');
  const [state, setState] = useState<InterviewState | null>(null);
  const filter = useMemo(() => (state ? { state } : {}), [state]);
  const list = useInterviewList(filter);
  const [overview, setOverview] = useState<InterviewOverviewOutput | null>(null);

  const loadOverview = useCallback(async () => {
    try {
      setOverview(await callApi('interviews.overview', {}));
    } catch {
      // The banner is a help, not the page: without it the list still stands.
      setOverview(null);
    }
  }, []);
  useEffect(() => {
    if (overseer) void loadOverview();
  }, [overseer, loadOverview]);

  const refresh = useCallback(async () => {
    await Promise.all([list.refresh(), overseer ? loadOverview() : Promise.resolve()]);
  }, [list, overseer, loadOverview]);
  usePullDownRefresh(() => {
    void refresh().finally(() => void Taro.stopPullDownRefresh());
  });
  useReachBottom(() => void list.loadMore());
  const shownOnce = useRef(false);
  useDidShow(() => {
    if (shownOnce.current && takeInterviewListStale()) void refresh();
    shownOnce.current = true;
  });

  const groups = useMemo<InterviewGroup[]>(() => {
    const signing = new Set(list.toSign.map((item) => item.id));
    const rest = list.items.filter((item) => !signing.has(item.id));
    const takesPart = (item: InterviewSummary) => item.subject?.id === myId || item.interviewers.some((person) => person.id === myId);
    // Everyone else sees only records that name them; only the office and the secretary see others' records.
    const mine = overseer ? rest.filter(takesPart) : rest;
    const others = overseer ? rest.filter((item) => !takesPart(item)) : [];
    return [
      { key: 'toSign' as const, title: '待我签字', items: list.toSign },
      { key: 'mine' as const, title: overseer ? '我是对象或约谈人' : '我的约谈', items: mine },
      // The summary does not say who proposed or records a talk: for the office and the secretary the rest is
      // simply the unit's other talks, which their role lets them see.
      { key: 'others' as const, title: '本单位约谈', items: others },
    ].filter((group) => group.items.length > 0);
  }, [list.toSign, list.items, myId, overseer]);

  const open = useCallback((item: InterviewSummary) => void Taro.navigateTo({ url: interviewPageUrl('detail', { id: item.id }) }), []);
  const propose = useCallback(() => void Taro.navigateTo({ url: interviewPageUrl('propose') }), []);

  return {
    me: me.data,
    meError: me.error,
    canPropose: can(roles, 'proposesInterviews'),
    state,
    setState,
    list,
    groups,
    overview,
    open,
    propose,
  };
}
