import { ApiError } from './errors';
import { createPager } from './pager';

type Answer = { items: string[]; nextCursor: string | null; total: number };

/** A fake paged action: every call waits until the test answers or fails it. */
function fakeAction() {
  const calls: { cursor: string | null; answer: (value: Answer) => void; fail: (error: unknown) => void }[] = [];
  const fetchPage = (cursor: string | null) =>
    new Promise<Answer>((answer, fail) => {
      calls.push({ cursor, answer, fail });
    });
  return { calls, fetchPage };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp() {
  const action = fakeAction();
  const told: ApiError[] = [];
  const pager = createPager(action.fetchPage, (answer: Answer) => answer.items, (error) => told.push(error));
  return { ...action, told, pager };
}

describe('createPager', () => {
  it('shows the first page with its answer, then appends the next page at the cursor', async () => {
    const { calls, pager } = setUp();
    const started = pager.start();
    expect(pager.getState().loaded).toBe(false);
    calls[0]!.answer({ items: ['a', 'b'], nextCursor: 'c1', total: 3 });
    await started;
    expect(pager.getState()).toMatchObject({ items: ['a', 'b'], loaded: true, nextCursor: 'c1', head: { total: 3 } });

    const more = pager.loadMore();
    expect(calls[1]!.cursor).toBe('c1');
    expect(pager.getState().loadingMore).toBe(true);
    calls[1]!.answer({ items: ['c'], nextCursor: null, total: 3 });
    await more;
    expect(pager.getState()).toMatchObject({ items: ['a', 'b', 'c'], nextCursor: null, loadingMore: false, head: { total: 3 } });
  });

  it('drops a late answer to an older input: the newer one stays on screen', async () => {
    const { calls, pager } = setUp();
    void pager.start();
    void pager.start();
    calls[1]!.answer({ items: ['new'], nextCursor: null, total: 1 });
    await settle();
    calls[0]!.answer({ items: ['old'], nextCursor: null, total: 9 });
    await settle();
    expect(pager.getState().items).toEqual(['new']);
    expect(pager.getState().head?.total).toBe(1);
  });

  it('drops a next page that arrives after a refresh started over', async () => {
    const { calls, pager } = setUp();
    void pager.start();
    calls[0]!.answer({ items: ['a'], nextCursor: 'c1', total: 2 });
    await settle();
    void pager.loadMore();
    void pager.refresh();
    calls[2]!.answer({ items: ['a2'], nextCursor: 'c2', total: 2 });
    await settle();
    calls[1]!.answer({ items: ['stale'], nextCursor: null, total: 2 });
    await settle();
    expect(pager.getState()).toMatchObject({ items: ['a2'], nextCursor: 'c2', loadingMore: false });
  });

  it('asks for one next page at a time', async () => {
    const { calls, pager } = setUp();
    void pager.start();
    calls[0]!.answer({ items: ['a'], nextCursor: 'c1', total: 2 });
    await settle();
    void pager.loadMore();
    void pager.loadMore();
    expect(calls).toHaveLength(2);
  });

  it('keeps the rows while a refresh is on its way, and keeps them with a told error when it fails', async () => {
    const { calls, told, pager } = setUp();
    void pager.start();
    calls[0]!.answer({ items: ['a'], nextCursor: null, total: 1 });
    await settle();
    void pager.refresh();
    expect(pager.getState().items).toEqual(['a']);
    calls[1]!.fail(new ApiError('NETWORK'));
    await settle();
    expect(pager.getState()).toMatchObject({ items: ['a'], error: null, loaded: true });
    expect(told.map((error) => error.code)).toEqual(['NETWORK']);
  });

  it('shows a failed first load in place, as INTERNAL when the failure is not an api error', async () => {
    const { calls, told, pager } = setUp();
    void pager.start();
    calls[0]!.fail(new TypeError('boom'));
    await settle();
    expect(pager.getState()).toMatchObject({ items: [], loaded: true });
    expect(pager.getState().error?.code).toBe('INTERNAL');
    expect(told).toEqual([]);
  });

  it('tells a failed next page and keeps the rows and the cursor for another try', async () => {
    const { calls, told, pager } = setUp();
    void pager.start();
    calls[0]!.answer({ items: ['a'], nextCursor: 'c1', total: 2 });
    await settle();
    void pager.loadMore();
    calls[1]!.fail(new ApiError('NETWORK'));
    await settle();
    expect(pager.getState()).toMatchObject({ items: ['a'], nextCursor: 'c1', loadingMore: false });
    expect(told).toHaveLength(1);
  });

  it('tells its listeners of every change and lets the page patch what it shows', async () => {
    const { calls, pager } = setUp();
    const heard = jest.fn();
    const stop = pager.subscribe(heard);
    void pager.start();
    calls[0]!.answer({ items: ['a'], nextCursor: null, total: 1 });
    await settle();
    pager.update((state) => ({ ...state, items: ['a (read)'] }));
    expect(pager.getState().items).toEqual(['a (read)']);
    expect(heard).toHaveBeenCalledTimes(3);
    stop();
    pager.update((state) => state);
    expect(heard).toHaveBeenCalledTimes(3);
  });
});
