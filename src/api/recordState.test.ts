import type { GetTaskOutput } from '../../core/actions/tasks';
import { fakeCallApi, gesture, renderHook, settle } from '../testing/renderHook';
import { ApiError } from './errors';
import { useListPageEvents } from './listPageEvents';
import { createRecordCache } from './recordCache';
import { useCachedRecord, useRecordSnapshot } from './recordState';

/** An item as its page reads it here: its status and the version a write sends. */
function item(status: string, version: number): GetTaskOutput {
  return { task: { id: 't1', status, version } } as unknown as GetTaskOutput;
}
const statusOf = (record: GetTaskOutput | undefined) => (record?.task as { status?: string } | undefined)?.status;

function setUp() {
  const api = fakeCallApi();
  const cache = createRecordCache<GetTaskOutput>(
    (record) => record.task.id,
    (taskId) => api.call('tasks.get', { taskId }),
  );
  const told: unknown[] = [];
  const tell = (error: unknown) => told.push(error);
  return { ...api, cache, told, tell };
}

describe('useCachedRecord: an item page over the session\'s record cache', () => {
  it('draws at once what the list already showed, then the fresh record', async () => {
    const { cache, calls, answer, tell } = setUp();
    cache.remember(item('未开始', 1));
    const page = renderHook(() => useCachedRecord(cache, 't1', tell), {});
    expect(statusOf(page.result.current.data)).toBe('未开始');
    expect(calls.map((call) => call.input)).toEqual([{ taskId: 't1' }]);
    await answer(0, item('整改中', 2));
    expect(statusOf(page.result.current.data)).toBe('整改中');
  });

  it('shows the record a form\'s write answered when the person comes back, without asking again, and the list refreshes', async () => {
    const { cache, calls, answer, tell } = setUp();
    const detail = renderHook(() => useCachedRecord(cache, 't1', tell), {});
    const list = { refresh: jest.fn(async () => undefined), loadMore: jest.fn(async () => undefined) };
    const listPage = renderHook(() => useListPageEvents(list, cache.takeListStale), {});
    await answer(0, item('整改中', 2));
    await gesture(() => detail.result.current.shown());
    listPage.result.current.shown();

    // The progress form opens on the record the detail page showed, and its write answers the fresh one.
    const form = renderHook(() => useRecordSnapshot(cache, 't1'), {});
    expect(form.result.current.data?.task.version).toBe(2);
    cache.changed(item('待审核', 3));
    form.unmount();

    await gesture(() => detail.result.current.shown());
    expect(statusOf(detail.result.current.data)).toBe('待审核');
    expect(calls).toHaveLength(1);
    listPage.result.current.shown();
    expect(list.refresh).toHaveBeenCalledTimes(1);
    // Shown again with nothing new: the item page asks, the list does not.
    listPage.result.current.shown();
    expect(list.refresh).toHaveBeenCalledTimes(1);
    await gesture(() => detail.result.current.shown());
    expect(calls).toHaveLength(2);
  });

  it('keeps the record on screen when a refresh fails, and says why', async () => {
    const { cache, answer, fail, told, tell } = setUp();
    const page = renderHook(() => useCachedRecord(cache, 't1', tell), {});
    await answer(0, item('整改中', 2));
    await gesture(() => page.result.current.reload());
    await fail(1, new ApiError('NETWORK'));
    expect(statusOf(page.result.current.data)).toBe('整改中');
    expect(page.result.current.error).toBeUndefined();
    expect(told).toEqual([expect.objectContaining({ code: 'NETWORK' })]);
  });

  it('gives the page to the error when there is nothing to show, and loads again on retry', async () => {
    const { cache, answer, fail, told, tell } = setUp();
    const page = renderHook(() => useCachedRecord(cache, 't1', tell), {});
    await fail(0, new ApiError('TASK_NOT_FOUND'));
    expect(page.result.current.error?.code).toBe('TASK_NOT_FOUND');
    expect(told).toEqual([]);
    await gesture(() => page.result.current.retry());
    expect(page.result.current.error).toBeUndefined();
    await answer(1, item('整改中', 2));
    expect(statusOf(page.result.current.data)).toBe('整改中');
  });

  it('takes a write made on the page itself at once, and tells the list', async () => {
    const { cache, answer, tell } = setUp();
    const page = renderHook(() => useCachedRecord(cache, 't1', tell), {});
    await answer(0, item('整改中', 2));
    await gesture(() => page.result.current.apply(item('待审核', 3)));
    expect(statusOf(page.result.current.data)).toBe('待审核');
    expect(statusOf(cache.known('t1'))).toBe('待审核');
    expect(cache.takeListStale()).toBe(true);
  });
});

describe('useRecordSnapshot: the record a form decides on', () => {
  it('fetches the record when the form was opened directly, and tries again after a failure', async () => {
    const { cache, calls, answer, fail } = setUp();
    const form = renderHook(() => useRecordSnapshot(cache, 't1'), {});
    await fail(0, new ApiError('NETWORK'));
    expect(form.result.current.error?.code).toBe('NETWORK');
    await gesture(() => form.result.current.retry());
    await answer(1, item('整改中', 2));
    expect(form.result.current.data?.task.version).toBe(2);
    expect(cache.known('t1')?.task.version).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it('never shows an answer that arrives after the form was closed', async () => {
    const { cache, answer } = setUp();
    const form = renderHook(() => useRecordSnapshot(cache, 't1'), {});
    form.unmount();
    await answer(0, item('整改中', 2));
    await settle();
    expect(cache.known('t1')).toBeUndefined();
  });
});
