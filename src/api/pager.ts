import type { ApiError } from './errors';
import { toApiError } from './errors';

/** What one page answers: its rows and where the next page starts (null: no more). */
export type PageAnswer = { nextCursor: string | null };

export type PagerState<Item, Answer> = {
  items: Item[];
  /** The first page's whole answer (counts, 待我签字, runs…), patched by `update`. */
  head: Answer | null;
  nextCursor: string | null;
  /** The first page of this input has arrived (the skeleton goes). */
  loaded: boolean;
  error: ApiError | null;
  loadingMore: boolean;
};

export type Pager<Item, Answer> = {
  getState: () => PagerState<Item, Answer>;
  subscribe: (listener: () => void) => () => void;
  /** Starts over from nothing: a new input. */
  start: () => Promise<void>;
  /** The first page again, keeping what is shown until it arrives; a failure is told, the rows stay. */
  refresh: () => Promise<void>;
  loadMore: () => Promise<void>;
  /** Changes what is shown without a round trip (a row marked read, a count from another answer). */
  update: (change: (state: PagerState<Item, Answer>) => PagerState<Item, Answer>) => void;
};

export function emptyPage<Item, Answer>(): PagerState<Item, Answer> {
  return { items: [], head: null, nextCursor: null, loaded: false, error: null, loadingMore: false };
}

/**
 * A cursor-paged list with one race policy: every start or refresh opens a new generation and an answer of an
 * older one is dropped, so a late answer never overwrites a newer one; one loadMore at a time.
 */
export function createPager<Item, Answer extends PageAnswer>(
  fetchPage: (cursor: string | null) => Promise<Answer>,
  itemsOf: (answer: Answer) => Item[],
  tell: (error: ApiError) => void,
): Pager<Item, Answer> {
  let state = emptyPage<Item, Answer>();
  let generation = 0;
  const listeners = new Set<() => void>();
  const set = (next: PagerState<Item, Answer>) => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  const loadFirst = async (keep: boolean) => {
    const mine = ++generation;
    set(keep ? { ...state, error: null, loadingMore: false } : emptyPage());
    try {
      const answer = await fetchPage(null);
      if (mine !== generation) return;
      set({ items: itemsOf(answer), head: answer, nextCursor: answer.nextCursor, loaded: true, error: null, loadingMore: false });
    } catch (failure) {
      if (mine !== generation) return;
      const error = toApiError(failure);
      // A failed refresh keeps what is on screen and says so; a failed first load shows the error in place.
      if (keep && state.loaded && !state.error) tell(error);
      else set({ ...emptyPage(), loaded: true, error });
    }
  };

  const loadMore = async () => {
    const cursor = state.nextCursor;
    if (!cursor || state.loadingMore || !state.loaded) return;
    const mine = generation;
    set({ ...state, loadingMore: true });
    try {
      const answer = await fetchPage(cursor);
      if (mine !== generation) return;
      set({ ...state, items: [...state.items, ...itemsOf(answer)], nextCursor: answer.nextCursor, loadingMore: false });
    } catch (failure) {
      if (mine !== generation) return;
      tell(toApiError(failure));
      set({ ...state, loadingMore: false });
    }
  };

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: () => loadFirst(false),
    refresh: () => loadFirst(true),
    loadMore,
    update: (change) => set(change(state)),
  };
}
