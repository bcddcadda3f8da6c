import type { ListTasksOutput } from '../../core/actions/tasks';
import type { TaskStatus } from '../../core/tasks/status';
import { fakeCallApi, gesture, renderHook, settle } from '../testing/renderHook';
import { ApiError } from './errors';
import { usePagedList } from './pagedList';

/** A page of 我的事项 as the list reads it: the rows' titles, where the next page starts, the total. */
function page(titles: string[], nextCursor: string | null): ListTasksOutput {
  return { items: titles.map((title) => ({ id: title, title })), nextCursor, total: titles.length } as unknown as ListTasksOutput;
}

function setUp() {
  const api = fakeCallApi();
  const told: ApiError[] = [];
  const tell = (error: ApiError) => told.push(error);
  const view = renderHook(
    ({ status }: { status: TaskStatus | null }) =>
      usePagedList(api.call, tell, 'tasks.list', (cursor) => ({ filter: status ? { status } : {}, cursor }), (answer) => answer.items.map((item) => item.title), true),
    { status: null as TaskStatus | null },
  );
  return { ...api, told, ...view };
}

describe('usePagedList: a paged action as a list on a page', () => {
  it('shows the first page, then appends the next at its cursor', async () => {
    const { calls, answer, result } = setUp();
    expect(result.current.loaded).toBe(false);
    expect(calls[0]!.input).toEqual({ filter: {}, cursor: null });
    await answer(0, page(['甲', '乙'], 'c1'));
    expect(result.current).toMatchObject({ items: ['甲', '乙'], loaded: true, hasMore: true });

    await gesture(() => result.current.loadMore());
    expect(calls[1]!.input).toEqual({ filter: {}, cursor: 'c1' });
    await answer(1, page(['丙'], null));
    expect(result.current).toMatchObject({ items: ['甲', '乙', '丙'], hasMore: false, loadingMore: false });
  });

  it('never lets a late answer for an earlier filter overwrite the list of the filter now chosen', async () => {
    const { calls, answer, rerender, result } = setUp();
    rerender({ status: 'in_progress' });
    await settle();
    expect(calls[1]!.input).toEqual({ filter: { status: 'in_progress' }, cursor: null });
    await answer(1, page(['整改中的事项'], null));
    await answer(0, page(['全部事项甲', '全部事项乙'], 'c1'));
    expect(result.current.items).toEqual(['整改中的事项']);
    expect(result.current.hasMore).toBe(false);
  });

  it('asks again only when the input changes by value, not on every render', async () => {
    const { calls, rerender } = setUp();
    rerender({ status: null });
    rerender({ status: null });
    await settle();
    expect(calls).toHaveLength(1);
  });

  it('keeps the rows on screen while refreshing, and after a failed refresh, saying why', async () => {
    const { calls, answer, fail, result, told } = setUp();
    await answer(0, page(['甲'], null));
    await gesture(() => result.current.refresh());
    expect(result.current.items).toEqual(['甲']);
    await fail(1, new ApiError('NETWORK'));
    expect(result.current).toMatchObject({ items: ['甲'], error: null, loaded: true });
    expect(told.map((error) => error.code)).toEqual(['NETWORK']);

    await gesture(() => result.current.refresh());
    await answer(2, page(['甲', '新事项'], null));
    expect(result.current.items).toEqual(['甲', '新事项']);
    expect(calls).toHaveLength(3);
  });

  it('shows the error in place of a list that never loaded, and starts over on retry', async () => {
    const { answer, fail, result } = setUp();
    await fail(0, new ApiError('FORBIDDEN'));
    expect(result.current).toMatchObject({ items: [], loaded: true, error: { code: 'FORBIDDEN' } });
    await gesture(() => result.current.retry());
    expect(result.current).toMatchObject({ loaded: false, error: null });
    await answer(1, page(['甲'], null));
    expect(result.current).toMatchObject({ items: ['甲'], error: null });
  });

  it('loads the next page once however often the bottom is reached meanwhile', async () => {
    const { calls, answer, result } = setUp();
    await answer(0, page(['甲'], 'c1'));
    await gesture(() => result.current.loadMore());
    await gesture(() => result.current.loadMore());
    await gesture(() => result.current.loadMore());
    expect(calls.map((call) => (call.input as { cursor: string | null }).cursor)).toEqual([null, 'c1']);
    expect(result.current.loadingMore).toBe(true);
    await answer(1, page(['乙'], null));
    expect(result.current.items).toEqual(['甲', '乙']);
  });

  it('drops a next page that arrives after a refresh started over', async () => {
    const { answer, result } = setUp();
    await answer(0, page(['甲'], 'c1'));
    await gesture(() => result.current.loadMore());
    await gesture(() => result.current.refresh());
    await answer(2, page(['甲', '乙'], null));
    await answer(1, page(['旧的第二页'], null));
    expect(result.current.items).toEqual(['甲', '乙']);
  });

  it('waits while disabled (a sheet not opened yet)', async () => {
    const api = fakeCallApi();
    const tell = () => undefined;
    const view = renderHook(({ open }: { open: boolean }) => usePagedList(api.call, tell, 'inbox.list', (cursor) => ({ cursor }), (answer) => answer.items, open), { open: false });
    await settle();
    expect(api.calls).toHaveLength(0);
    view.rerender({ open: true });
    await settle();
    expect(api.calls.map((call) => call.action)).toEqual(['inbox.list']);
  });
});
