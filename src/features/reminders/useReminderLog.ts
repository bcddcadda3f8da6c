import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReminderOutcome } from '../../../core/actions/reminders';
import type { ReminderLogEntry, ReminderRunSummary } from '../../../core/reminders/model';
import { callApi, isApiError } from '@/api/client';
import { ApiError } from '@/api/errors';
import { showErrorToast, showSuccessToast } from '@/api/toast';

type State = { entries: ReminderLogEntry[]; runs: ReminderRunSummary[]; nextCursor: string | null; loaded: boolean; error: ApiError | null; loadingMore: boolean };

const INITIAL: State = { entries: [], runs: [], nextCursor: null, loaded: false, error: null, loadingMore: false };

/** The office's reminder log by outcome, a page at a time, with the latest runs; and 立即运行提醒. */
export function useReminderLog(outcome: ReminderOutcome | null) {
  const [state, setState] = useState<State>(INITIAL);
  const [running, setRunning] = useState(false);
  const generation = useRef(0);

  const load = useCallback(async (keep: boolean) => {
    const mine = ++generation.current;
    if (!keep) setState(INITIAL);
    try {
      const page = await callApi('reminders.log', { filter: outcome ? { outcome } : {}, cursor: null });
      if (mine !== generation.current) return;
      setState({ entries: page.entries, runs: page.runs, nextCursor: page.nextCursor, loaded: true, error: null, loadingMore: false });
    } catch (error) {
      if (mine !== generation.current) return;
      if (keep) showErrorToast(error);
      setState((current) => (keep && current.loaded ? current : { ...INITIAL, loaded: true, error: isApiError(error) ? error : new ApiError('INTERNAL') }));
    }
  }, [outcome]);

  useEffect(() => {
    void load(false);
  }, [load]);

  const loadMore = useCallback(async () => {
    if (!state.nextCursor || state.loadingMore) return;
    const mine = generation.current;
    setState((current) => ({ ...current, loadingMore: true }));
    try {
      const page = await callApi('reminders.log', { filter: outcome ? { outcome } : {}, cursor: state.nextCursor });
      if (mine !== generation.current) return;
      setState((current) => ({ ...current, entries: [...current.entries, ...page.entries], nextCursor: page.nextCursor, loadingMore: false }));
    } catch (error) {
      showErrorToast(error);
      setState((current) => ({ ...current, loadingMore: false }));
    }
  }, [state.nextCursor, state.loadingMore, outcome]);

  const runNow = useCallback(async () => {
    setRunning(true);
    try {
      const { run } = await callApi('reminders.runNow', {});
      showSuccessToast(run.state === 'done' ? '提醒已运行' : '提醒运行中');
      await load(true);
    } catch (error) {
      showErrorToast(error);
    } finally {
      setRunning(false);
    }
  }, [load]);

  return { ...state, hasMore: state.nextCursor !== null, loadMore, refresh: () => load(true), retry: () => void load(false), runNow, running };
}
