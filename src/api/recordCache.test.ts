import { createRecordCache, uncached } from './recordCache';

type Item = { id: string; version: number };

function setUp() {
  const loads: string[] = [];
  const cache = createRecordCache<Item>(
    (item) => item.id,
    async (id) => {
      loads.push(id);
      return { id, version: 1 };
    },
  );
  return { cache, loads };
}

describe('createRecordCache', () => {
  it('knows what was remembered, by id, and forgets it', () => {
    const { cache } = setUp();
    expect(cache.known('a')).toBeUndefined();
    cache.remember({ id: 'a', version: 2 });
    expect(cache.known('a')).toEqual({ id: 'a', version: 2 });
    cache.forget('a');
    expect(cache.known('a')).toBeUndefined();
  });

  it('marks the list stale once per write: after a change or a forget, not after a plain read', () => {
    const { cache } = setUp();
    cache.remember({ id: 'a', version: 1 });
    expect(cache.takeListStale()).toBe(false);
    cache.changed({ id: 'a', version: 2 });
    expect(cache.known('a')?.version).toBe(2);
    expect(cache.takeListStale()).toBe(true);
    expect(cache.takeListStale()).toBe(false);
    cache.forget('a');
    expect(cache.takeListStale()).toBe(true);
  });

  it('keeps two kinds apart: each cache has its own records and its own stale flag', () => {
    const tasks = setUp().cache;
    const interviews = setUp().cache;
    tasks.changed({ id: 'a', version: 1 });
    expect(interviews.known('a')).toBeUndefined();
    expect(interviews.takeListStale()).toBe(false);
  });

  it('reads an older revision without keeping it, while writes still reach the cache', async () => {
    const { cache } = setUp();
    const past = uncached(cache, async (id) => ({ id, version: 0 }));
    past.remember(await past.load('a'));
    expect(past.known('a')).toBeUndefined();
    expect(cache.known('a')).toBeUndefined();
    past.changed({ id: 'a', version: 3 });
    expect(cache.known('a')?.version).toBe(3);
  });
});
