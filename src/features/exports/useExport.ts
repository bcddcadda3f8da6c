import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionInput, ActionOutput } from '../../../core/actions';
import type { ExportedFile } from '../../../core/actions/exports';
import { ApiError, callApi, isApiError } from '@/api/client';
import { deliverFile } from './deliverFile';
import type { Delivery } from './deliverFile';

export type ExportAction = 'exports.ledger' | 'exports.monthlyReport' | 'exports.publicNotice' | 'exports.situationReport';

export type ExportState<A extends ExportAction> =
  | { phase: 'idle' }
  /** The exports function is building the file: seconds so far, since it cannot report finer progress. */
  | { phase: 'making'; seconds: number }
  | { phase: 'downloading'; percent: number; file: ActionOutput<A> }
  | { phase: 'done'; delivery: Delivery; file: ActionOutput<A> }
  | { phase: 'failed'; error: ApiError; file: ActionOutput<A> | null };

/**
 * One export, start to finish: ask the exports function to build the file (a clock shows it is working), download it
 * with a percentage, and open it (mini-program) or offer the link (H5). A second tap while one runs is ignored.
 */
export function useExport<A extends ExportAction>(action: A) {
  const [state, setState] = useState<ExportState<A>>({ phase: 'idle' });
  const running = useRef(false);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const stopClock = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  };
  useEffect(() => stopClock, []);

  const run = useCallback(
    async (input: ActionInput<A>) => {
      if (running.current) return;
      running.current = true;
      const started = Date.now();
      setState({ phase: 'making', seconds: 0 });
      timer.current = setInterval(() => setState({ phase: 'making', seconds: Math.floor((Date.now() - started) / 1000) }), 1000);
      let file: ActionOutput<A> | null = null;
      try {
        file = await callApi(action, input);
        stopClock();
        const made = file as ActionOutput<A> & ExportedFile;
        setState({ phase: 'downloading', percent: 0, file: made });
        const delivery = await deliverFile(made, (percent) => setState({ phase: 'downloading', percent, file: made }));
        setState({ phase: 'done', delivery, file: made });
      } catch (failure) {
        stopClock();
        const error = isApiError(failure) ? failure : new ApiError(file ? 'NETWORK' : 'INTERNAL', file ? '文件已生成，但下载或打开失败，请重试' : undefined, failure);
        setState({ phase: 'failed', error, file });
      } finally {
        running.current = false;
      }
    },
    [action],
  );
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, run, reset, busy: state.phase === 'making' || state.phase === 'downloading' };
}
