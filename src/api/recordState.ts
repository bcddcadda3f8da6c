import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from './errors';
import { toApiError } from './errors';
import type { RecordCache } from './recordCache';

/**
 * One record for its detail page. Draws at once from what this session already knows, fetches it fresh, and on
 * coming back from a form takes the record that form's write answered. The page calls `shown` each time it shows
 * (useRecord wires it to Taro's useDidShow); `tell` says why a refresh failed while the record stays on screen.
 */
export function useCachedRecord<R>(cache: RecordCache<R>, id: string, tell: (error: unknown) => void) {
  const [data, setData] = useState<R | undefined>(() => cache.known(id));
  const [error, setError] = useState<ApiError>();
  const [refreshing, setRefreshing] = useState(false);
  const onScreen = useRef<R | undefined>(data);
  onScreen.current = data;
  const tellRef = useRef(tell);
  tellRef.current = tell;

  const reload = useCallback(async () => {
    setRefreshing(true);
    try {
      const fresh = await cache.load(id);
      cache.remember(fresh);
      setData(fresh);
      setError(undefined);
    } catch (failure) {
      // With the record on screen, a failed refresh is told; without it, the error takes the page.
      if (onScreen.current) tellRef.current(failure);
      else setError(toApiError(failure));
    } finally {
      setRefreshing(false);
    }
  }, [cache, id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const shownOnce = useRef(false);
  const shown = useCallback(() => {
    if (!shownOnce.current) {
      shownOnce.current = true;
      return;
    }
    const known = cache.known(id);
    if (known && known !== onScreen.current) setData(known);
    else void reload();
  }, [cache, id, reload]);

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

  return { data, error, refreshing, reload, retry, apply, setData, shown };
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
