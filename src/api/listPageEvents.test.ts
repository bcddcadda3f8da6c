import { renderHook, settle } from '../testing/renderHook';
import { useListPageEvents } from './listPageEvents';

function setUp(stale?: () => boolean) {
  const list = { refresh: jest.fn(async () => undefined), loadMore: jest.fn(async () => undefined) };
  const page = renderHook(() => useListPageEvents(list, stale), {});
  return { list, events: page.result };
}

describe('useListPageEvents: a list page\'s gestures', () => {
  it('refreshes on a pull and stops the spinner once the answer is in', async () => {
    const { list, events } = setUp();
    const done = jest.fn();
    events.current.pulledDown(done);
    expect(list.refresh).toHaveBeenCalledTimes(1);
    await settle();
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('asks for the next page at the bottom', () => {
    const { list, events } = setUp();
    events.current.reachedBottom();
    expect(list.loadMore).toHaveBeenCalledTimes(1);
  });

  it('refreshes on showing again only when something changed meanwhile; the first show only takes the flag', () => {
    let changed = true;
    const { list, events } = setUp(() => {
      const was = changed;
      changed = false;
      return was;
    });
    events.current.shown();
    expect(list.refresh).not.toHaveBeenCalled();
    expect(changed).toBe(false);
    events.current.shown();
    expect(list.refresh).not.toHaveBeenCalled();
    changed = true;
    events.current.shown();
    expect(list.refresh).toHaveBeenCalledTimes(1);
  });
});
