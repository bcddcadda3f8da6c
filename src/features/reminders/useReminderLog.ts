import { useCallback, useState } from 'react';
import type { ReminderOutcome } from '../../../core/actions/reminders';
import { callApi } from '@/api/client';
import { showErrorToast, showSuccessToast } from '@/api/toast';
import { usePagedAction } from '@/api/usePagedAction';

/** The office's reminder log by outcome, a page at a time, with the latest runs; and 立即运行提醒. */
export function useReminderLog(outcome: ReminderOutcome | null) {
  const log = usePagedAction('reminders.log', (cursor) => ({ filter: outcome ? { outcome } : {}, cursor }), (page) => page.entries);
  const [running, setRunning] = useState(false);
  const { refresh } = log;

  const runNow = useCallback(async () => {
    setRunning(true);
    try {
      const { run } = await callApi('reminders.runNow', {});
      showSuccessToast(run.state === 'done' ? '提醒已运行' : '提醒运行中');
      await refresh();
    } catch (error) {
      showErrorToast(error);
    } finally {
      setRunning(false);
    }
  }, [refresh]);

  return { ...log, entries: log.items, runs: log.head?.runs ?? [], runNow, running };
}
