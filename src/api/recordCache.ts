/**
 * The records of one kind this session has open, as the last answer showed them. Every write answers the fresh
 * record, so a form puts it here and the detail page redraws from it on return without asking again; forms read the
 * `version` they must send from here. Lists learn that something changed through `takeListStale`.
 */
export type RecordCache<R> = {
  known: (id: string) => R | undefined;
  remember: (record: R) => void;
  /** A write changed the record: remember it, and let the list refetch when it shows again. */
  changed: (record: R) => void;
  forget: (id: string) => void;
  /** True once after any write: a list page uses it to refetch on show. */
  takeListStale: () => boolean;
  /** Fetches the current record fresh. */
  load: (id: string) => Promise<R>;
};

export function createRecordCache<R>(idOf: (record: R) => string, load: (id: string) => Promise<R>): RecordCache<R> {
  const records = new Map<string, R>();
  let listStale = false;
  const remember = (record: R) => {
    records.set(idOf(record), record);
  };
  return {
    known: (id) => records.get(id),
    remember,
    changed: (record) => {
      remember(record);
      listStale = true;
    },
    forget: (id) => {
      records.delete(id);
      listStale = true;
    },
    takeListStale: () => {
      const stale = listStale;
      listStale = false;
      return stale;
    },
    load,
  };
}

/** Reads records some other way (an older revision, as it was): nothing of it is kept, writes still reach `cache`. */
export function uncached<R>(cache: RecordCache<R>, load: (id: string) => Promise<R>): RecordCache<R> {
  return { ...cache, known: () => undefined, remember: () => undefined, load };
}
