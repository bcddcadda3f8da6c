import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { ApiError } from './errors';
import { toApiError } from './errors';
import type { RecordCache } from './recordCache';
import { showErrorToast } from './toast';

/**
 * One record for its detail page. Draws at once from what this session already knows, fetches it fresh, and on
 * coming back from a form takes the record that form's write answered.
 */
export function useRecord<R>(cache: RecordCache<R>, id: string) {
  const [data, setData] = useState<R | undefined>(() => cache.known(id));
  const [error, setError] = useState<ApiError>();
  const [refreshing, setRefreshing] = useState(false);
  const shown = useRef<R | undefined>(data);
  shown.current = data;

  const reload = useCallback(async () => {
    setRefreshing(true);
    try {
      const fresh = await cache.load(id);
      cache.remember(fresh);
      setData(fresh);
      setError(undefined);
    } catch (failure) {
      // With the record on screen, a failed refresh is a toast; without it, the error takes the page.
      if (shown.current) showErrorToast(failure);
      else setError(toApiError(failure));
    } finally {
      setRefreshing(false);
    }
  }, [cache, id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const shownOnce = useRef(false);
  useDidShow(() => {
    if (!shownOnce.current) {
      shownOnce.current = true;
      return;
    }
    const known = cache.known(id);
    if (known && known !== shown.current) setData(known);
    else void reload();
  });

  /** A write on this page answered the fresh record. */
  const apply = useCallback(
    (record: R) => {
      cache.changed(record);
      setData(record);
    },
    [cache],
  );

  const retry = useCallback(() => {
    setError(undefined);
    void reload();
  }, [reload]);

  return { data, error, refreshing, reload, retry, apply, setData };
}

/**
 * The record a form works on, as the detail page showed it — its `version` is what the write sends, so a form
 * never decides on a newer record than the person saw. Fetched only when the form was opened directly.
 */
export function useRecordSnapshot<R>(cache: RecordCache<R>, id: string) {
  const [data, setData] = useState<R | undefined>(() => cache.known(id));
  const [error, setError] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (data) return;
    let current = true;
    cache.load(id).then(
      (fresh) => {
        if (!current) return;
        cache.remember(fresh);
        setData(fresh);
      },
      (failure: unknown) => {
        if (current) setError(toApiError(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [cache, id, attempt, data]);
  const retry = useCallback(() => {
    setError(undefined);
    setAttempt((n) => n + 1);
  }, []);
  return { data, error, retry };
}
