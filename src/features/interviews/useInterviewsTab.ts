import { useCallback, useEffect, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import type { InterviewOverviewOutput } from '../../../core/actions/interviews';
import type { InterviewSummary } from '../../../core/interviews/model';
import type { InterviewState } from '../../../core/interviews/states';
import { callApi } from '@/api/client';
import { useAction } from '@/api/hooks';
import { useListPage } from '@/api/useListPage';
import { usePagedAction } from '@/api/usePagedAction';
import { interviewRecords } from './interviewRecords';
import { interviewPageUrl } from './routes';
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
  // The first page brings the ones waiting for the caller's signature and the counts per state.
  const list = usePagedAction('interviews.list', (cursor) => ({ filter, cursor, withCounts: cursor === null }), (page) => page.items);
  const toSign = useMemo(() => list.head?.toSign ?? [], [list.head]);
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

  const refreshList = list.refresh;
  const refresh = useCallback(async () => {
    await Promise.all([refreshList(), overseer ? loadOverview() : Promise.resolve()]);
  }, [refreshList, overseer, loadOverview]);
  useListPage({ refresh, loadMore: list.loadMore }, interviewRecords.takeListStale);

  const groups = useMemo<InterviewGroup[]>(() => {
    const signing = new Set(toSign.map((item) => item.id));
    const rest = list.items.filter((item) => !signing.has(item.id));
    const takesPart = (item: InterviewSummary) => item.subject?.id === myId || item.interviewers.some((person) => person.id === myId);
    // Everyone else sees only records that name them; only the office and the secretary see others' records.
    const mine = overseer ? rest.filter(takesPart) : rest;
    const others = overseer ? rest.filter((item) => !takesPart(item)) : [];
    return [
      { key: 'toSign' as const, title: '待我签字', items: toSign },
      { key: 'mine' as const, title: overseer ? '我是对象或约谈人' : '我的约谈', items: mine },
      // The summary does not say who proposed or records a talk: for the office and the secretary the rest is
      // simply the unit's other talks, which their role lets them see.
      { key: 'others' as const, title: '本单位约谈', items: others },
    ].filter((group) => group.items.length > 0);
  }, [toSign, list.items, myId, overseer]);

  const open = useCallback((item: InterviewSummary) => void Taro.navigateTo({ url: interviewPageUrl('detail', { id: item.id }) }), []);
  const propose = useCallback(() => void Taro.navigateTo({ url: interviewPageUrl('propose') }), []);

  return {
    me: me.data,
    meError: me.error,
    canPropose: can(roles, 'proposesInterviews'),
    state,
    setState,
    list,
    counts: list.head?.counts ?? null,
    groups,
    overview,
    open,
    propose,
  };
}
