import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { ActionInput, ActionName, ActionOutput } from '../../core/actions';
import { callApi, toApiError } from './client';
import type { ApiError } from './client';

export type ActionState<A extends ActionName> = {
  data: ActionOutput<A> | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
  /** Puts fresh data in place without a round trip, e.g. what a mutation answered. */
  replace: (data: ActionOutput<A>) => void;
};

type Options = {
  /** Fetch again whenever the page comes back into view (after an edit page closes, a tab switch). */
  refreshOnShow?: boolean;
};

/** Loads an action's data when the component mounts or the input changes. */
export function useAction<A extends ActionName>(action: A, input: ActionInput<A>, options: Options = {}): ActionState<A> {
  const [data, setData] = useState<ActionOutput<A>>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);
  // Inputs are fresh object literals on every render: compare them by value.
  const inputKey = JSON.stringify(input);
  const inputRef = useRef(input);
  inputRef.current = input;

  const answered = useRef(false);
  useEffect(() => {
    let current = true;
    setLoading(true);
    callApi(action, inputRef.current).then(
      (result) => {
        if (!current) return;
        answered.current = true;
        setData(result);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        answered.current = true;
        setError(toApiError(failure));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [action, inputKey, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((next: ActionOutput<A>) => {
    setData(next);
    setError(undefined);
  }, []);

  // A page mounted with it shows right after mounting (a show to skip: the mount already fetches); a part mounted
  // later, once its page's data came, sees its first show on a return from a form. So refetch on any show that comes
  // after an answer.
  useDidShow(() => {
    if (answered.current && options.refreshOnShow) reload();
  });

  return { data, error, loading, reload, replace };
}

export type MutationResult<A extends ActionName> = { ok: true; data: ActionOutput<A> } | { ok: false; error: ApiError };

export type MutationState<A extends ActionName> = {
  /** Never rejects: a failure comes back as `{ok: false}` and stays in `error` for the form to show. */
  run: (input: ActionInput<A>) => Promise<MutationResult<A>>;
  pending: boolean;
  error: ApiError | undefined;
  reset: () => void;
};

/** Calls an action on demand, e.g. a form's submit. */
export function useMutation<A extends ActionName>(action: A): MutationState<A> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();

  const run = useCallback(
    async (input: ActionInput<A>): Promise<MutationResult<A>> => {
      setPending(true);
      setError(undefined);
      try {
        return { ok: true, data: await callApi(action, input) };
      } catch (failure) {
        const apiError = toApiError(failure);
        setError(apiError);
        return { ok: false, error: apiError };
      } finally {
        setPending(false);
      }
    },
    [action],
  );
  const reset = useCallback(() => setError(undefined), []);

  return { run, pending, error, reset };
}
