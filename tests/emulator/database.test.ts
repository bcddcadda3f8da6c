// Conformance of the database through the REAL wx-server-sdk: query, update and aggregate results, limits, errors.
import { rejectionOf, startHarness, type Row, type SdkAggregate, type SdkDatabase, type SdkHarness } from './support';

let harness: SdkHarness;
let db: SdkDatabase;

beforeAll(async () => {
  harness = await startHarness();
  db = harness.db;
  await db.createCollection('people');
  await db.collection('people').add({
    data: [
      { _id: 'ann', name: 'Ann', age: 31, city: 'Beijing', tags: ['a', 'b'], scores: [3, 9], address: { zip: '100000', street: 'Chang An' }, since: new Date('2020-01-01T00:00:00Z') },
      { _id: 'bob', name: 'bob', age: 25, city: 'Shanghai', tags: ['b'], scores: [5], address: { zip: '200000' }, since: new Date('2022-06-01T00:00:00Z') },
      { _id: 'cat', name: 'Cat', age: 40, city: 'Beijing', tags: [], scores: [1, 2, 8], nickname: null, since: new Date('2019-03-01T00:00:00Z') },
      { _id: 'dan', name: 'Dan', age: 25, city: 'Shenzhen', tags: ['a', 'b', 'c'], scores: [7, 7], since: new Date('2023-01-01T00:00:00Z') },
    ],
  });
});

afterAll(async () => {
  await harness.emulator.close();
});

async function ids(query: Record<string, unknown>): Promise<string[]> {
  const { data } = await db.collection('people').where(query).get();
  return (data as Row[]).map((row) => row._id).sort();
}

async function aggregateList(build: (aggregate: SdkAggregate) => SdkAggregate, collection = 'people'): Promise<Row[]> {
  return (await build(db.collection(collection).aggregate()).end()).list;
}

describe('add', () => {
  it('generates a 32-hex string _id when absent and adds no _openid', async () => {
    const { _id } = await db.collection('people').add({ data: { name: 'Eve', age: 20 } });
    expect(_id).toMatch(/^[0-9a-f]{32}$/);
    const { data } = await db.collection('people').doc(_id as string).get();
    expect(data).toEqual({ _id, name: 'Eve', age: 20 });
    expect(data).not.toHaveProperty('_openid');
    await db.collection('people').doc(_id as string).remove();
  });

  it('keeps a given _id and rejects a duplicate one', async () => {
    const error = await rejectionOf(db.collection('people').add({ data: { _id: 'ann', name: 'Other Ann' } }));
    expect(error.errCode).toBe(-502001);
    expect(error.errMsg).toContain('duplicate key');
    const { data } = await db.collection('people').doc('ann').get();
    expect(data.name).toBe('Ann');
  });

  it('adds an array of documents in one call and returns every id', async () => {
    const result = await db.collection('people').add({ data: [{ name: 'x1' }, { name: 'x2' }] });
    expect(result._ids).toHaveLength(2);
    expect(await db.collection('people').where({ name: db.command.in(['x1', 'x2']) }).count()).toMatchObject({ total: 2 });
    await db.collection('people').where({ name: db.command.in(['x1', 'x2']) }).remove();
  });

  it('returns dates as Date objects and nested objects intact', async () => {
    const { data } = await db.collection('people').doc('ann').get();
    expect(data.since).toBeInstanceOf(Date);
    expect((data.since as Date).toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(data.address).toEqual({ zip: '100000', street: 'Chang An' });
  });
});

describe('query operators', () => {
  it('comparison: eq, neq, gt, gte, lt, lte, in, nin', async () => {
    const _ = db.command;
    expect(await ids({ age: _.eq(25) })).toEqual(['bob', 'dan']);
    expect(await ids({ age: _.neq(25) })).toEqual(['ann', 'cat']);
    expect(await ids({ age: _.gt(31) })).toEqual(['cat']);
    expect(await ids({ age: _.gte(31) })).toEqual(['ann', 'cat']);
    expect(await ids({ age: _.lt(31) })).toEqual(['bob', 'dan']);
    expect(await ids({ age: _.lte(25) })).toEqual(['bob', 'dan']);
    expect(await ids({ city: _.in(['Shanghai', 'Shenzhen']) })).toEqual(['bob', 'dan']);
    expect(await ids({ city: _.nin(['Beijing']) })).toEqual(['bob', 'dan']);
  });

  it('logical: and, or (field and top level), not, nor', async () => {
    const _ = db.command;
    expect(await ids({ age: _.gt(24).and(_.lt(30)) })).toEqual(['bob', 'dan']);
    expect(await ids({ age: _.eq(31).or(_.eq(40)) })).toEqual(['ann', 'cat']);
    expect((await db.collection('people').where(_.or([{ city: 'Shanghai' }, { age: 40 }])).get()).data.map((row) => row._id).sort()).toEqual(['bob', 'cat']);
    expect((await db.collection('people').where(_.and([{ city: 'Beijing' }, { age: _.gt(35) }])).get()).data.map((row) => row._id)).toEqual(['cat']);
    expect(await ids({ age: _.not(_.eq(25)) })).toEqual(['ann', 'cat']);
    expect((await db.collection('people').where(_.nor([{ city: 'Beijing' }, { age: 25 }])).get()).data).toEqual([]);
  });

  it('element and array: exists, all, elemMatch, size', async () => {
    const _ = db.command;
    expect(await ids({ nickname: _.exists(true) })).toEqual(['cat']);
    expect(await ids({ address: _.exists(false) })).toEqual(['cat', 'dan']);
    expect(await ids({ tags: _.all(['a', 'b']) })).toEqual(['ann', 'dan']);
    expect(await ids({ scores: _.elemMatch(_.gt(7)) })).toEqual(['ann', 'cat']);
    expect(await ids({ tags: _.size(1) })).toEqual(['bob']);
    expect(await ids({ tags: 'c' })).toEqual(['dan']);
  });

  it('regular expressions: db.RegExp and a JS RegExp', async () => {
    expect(await ids({ name: db.RegExp({ regexp: '^b', options: 'i' }) })).toEqual(['bob']);
    expect(await ids({ name: /^[A-C]/ })).toEqual(['ann', 'cat']);
    expect(await ids({ city: /^sh/i })).toEqual(['bob', 'dan']);
  });

  it('nested fields, written as objects or dotted paths', async () => {
    expect(await ids({ address: { zip: '200000' } })).toEqual(['bob']);
    expect(await ids({ 'address.zip': '100000' })).toEqual(['ann']);
  });

  it('_id in a list, alone or inside and(), still applies every other condition and updates only the named', async () => {
    const _ = db.command;
    expect(await ids({ _id: _.in(['dan', 'ann', 'nobody']) })).toEqual(['ann', 'dan']);
    expect((await db.collection('people').where(_.and([{ city: 'Beijing' }, { _id: _.in(['ann', 'bob', 'cat']) }])).get()).data.map((row) => row._id).sort()).toEqual(['ann', 'cat']);
    const { data } = await db.collection('people').where({ _id: _.in(['dan', 'bob']) }).get();
    expect((data as Row[]).map((row) => row._id)).toEqual(['bob', 'dan']);
    const { stats } = await db.collection('people').where(_.and([{ age: 25 }, { _id: _.in(['bob', 'cat']) }])).update({ data: { seen: true } });
    expect(stats.updated).toBe(1);
    expect(await ids({ seen: true })).toEqual(['bob']);
    await db.collection('people').where({ seen: true }).update({ data: { seen: _.remove() } });
  });

  it('dates compare as dates', async () => {
    expect(await ids({ since: db.command.lt(new Date('2021-01-01T00:00:00Z')) })).toEqual(['ann', 'cat']);
  });
});

describe('get options', () => {
  it('orders by several fields', async () => {
    const { data } = await db.collection('people').orderBy('age', 'asc').orderBy('name', 'desc').get();
    // Strings compare by code point, as in MongoDB: 'bob' sorts after 'Dan'.
    expect(data.map((row) => row._id)).toEqual(['bob', 'dan', 'ann', 'cat']);
    const reversed = await db.collection('people').orderBy('age', 'desc').orderBy('name', 'asc').get();
    expect(reversed.data.map((row) => row._id)).toEqual(['cat', 'ann', 'dan', 'bob']);
  });

  it('skips and limits after ordering', async () => {
    const { data } = await db.collection('people').orderBy('age', 'desc').skip(1).limit(2).get();
    expect(data.map((row) => row._id)).toEqual(['ann', expect.stringMatching(/^(bob|dan)$/)]);
  });

  it('projects fields in or out, _id always included unless excluded', async () => {
    const included = await db.collection('people').doc('ann').field({ name: true, 'address.zip': true }).get();
    expect(included.data).toEqual({ _id: 'ann', name: 'Ann', address: { zip: '100000' } });
    const excluded = await db.collection('people').where({ _id: 'bob' }).field({ tags: false, scores: false, address: false, since: false }).get();
    expect(excluded.data).toEqual([{ _id: 'bob', name: 'bob', age: 25, city: 'Shanghai' }]);
  });
});

describe('platform limits', () => {
  beforeAll(async () => {
    await db.createCollection('bulk');
    const docs = Array.from({ length: 1200 }, (_unused, i) => ({ i, even: i % 2 === 0 }));
    await db.collection('bulk').add({ data: docs });
  });

  it('get returns 100 rows without limit()', async () => {
    const { data } = await db.collection('bulk').get();
    expect(data).toHaveLength(100);
    expect(data[0]?.i).toBe(0);
  });

  it('get returns at most 1000 rows, even when asked for more', async () => {
    expect((await db.collection('bulk').limit(1000).get()).data).toHaveLength(1000);
    expect((await db.collection('bulk').limit(5000).get()).data).toHaveLength(1000);
  });

  it('pages through everything with skip', async () => {
    const second = await db.collection('bulk').orderBy('i', 'asc').skip(1000).limit(1000).get();
    expect(second.data).toHaveLength(200);
    expect(second.data[0]?.i).toBe(1000);
  });

  it('count counts every match, beyond the get limit', async () => {
    expect((await db.collection('bulk').count()).total).toBe(1200);
    expect((await db.collection('bulk').where({ even: true }).count()).total).toBe(600);
  });

  it('aggregate returns 20 rows without a limit stage, and the limit with one', async () => {
    expect(await aggregateList((a) => a.match({ even: true }), 'bulk')).toHaveLength(20);
    expect(await aggregateList((a) => a.match({ even: true }).limit(250), 'bulk')).toHaveLength(250);
  });
});

describe('aggregate', () => {
  it('runs match, group, sort and limit stages with MongoDB semantics', async () => {
    const $ = db.command.aggregate;
    const list = await aggregateList((a) =>
      a
        .match({ age: db.command.lt(35) })
        .group({ _id: '$age', count: $.sum(1), names: $.push('$name') })
        .sort({ _id: -1 })
        .limit(5),
    );
    expect(list).toEqual([
      { _id: 31, count: 1, names: ['Ann'] },
      { _id: 25, count: 2, names: ['bob', 'Dan'] },
    ]);
  });

  it('projects, unwinds and looks up another collection', async () => {
    await db.createCollection('cities');
    await db.collection('cities').add({ data: [{ _id: 'Beijing', province: 'BJ' }, { _id: 'Shanghai', province: 'SH' }] });
    const list = await aggregateList((a) =>
      a
        .match({ _id: 'ann' })
        .lookup({ from: 'cities', localField: 'city', foreignField: '_id', as: 'where' })
        .unwind('$tags')
        .project({ _id: 0, tag: '$tags', province: $first('$where.province') })
        .limit(10),
    );
    expect(list).toEqual([
      { tag: 'a', province: 'BJ' },
      { tag: 'b', province: 'BJ' },
    ]);
  });
});

function $first(path: string): Record<string, unknown> {
  return { $arrayElemAt: [path, 0] };
}

describe('update and set', () => {
  beforeEach(async () => {
    await db.collection('people').doc('zed').set({ data: { name: 'Zed', profile: { a: 1, b: 2 }, n: 10, m: 3, tags: ['x', 'y'], list: [1, 2, 3, 4], set: ['p'], old: 'o', gone: true } });
  });

  it('update merges a nested object field by field', async () => {
    const result = await db.collection('people').doc('zed').update({ data: { profile: { b: 20, c: 30 } } });
    expect(result.stats.updated).toBe(1);
    const { data } = await db.collection('people').doc('zed').get();
    expect(data.profile).toEqual({ a: 1, b: 20, c: 30 });
    expect(data.name).toBe('Zed');
  });

  it('_.set replaces a nested object whole', async () => {
    await db.collection('people').doc('zed').update({ data: { profile: db.command.set({ c: 30 }) } });
    expect((await db.collection('people').doc('zed').get()).data.profile).toEqual({ c: 30 });
  });

  it('set replaces the whole document, and creates it when missing', async () => {
    const replaced = await db.collection('people').doc('zed').set({ data: { name: 'Zed 2' } });
    expect(replaced.stats).toEqual({ updated: 1, created: 0 });
    expect((await db.collection('people').doc('zed').get()).data).toEqual({ _id: 'zed', name: 'Zed 2' });

    const created = await db.collection('people').doc('new-one').set({ data: { name: 'New' } });
    expect(created).toMatchObject({ _id: 'new-one', stats: { updated: 0, created: 1 } });
    expect((await db.collection('people').doc('new-one').get()).data).toEqual({ _id: 'new-one', name: 'New' });
    await db.collection('people').doc('new-one').remove();
  });

  it('applies every update operator', async () => {
    const _ = db.command;
    await db.collection('people').doc('zed').update({
      data: {
        n: _.inc(5),
        m: _.mul(4),
        tags: _.push(['z']),
        list: _.pop(),
        set: _.addToSet('q'),
        old: _.remove(),
        max: _.max(7),
        min: _.min(-1),
        gone: _.set(false),
      },
    });
    await db.collection('people').doc('zed').update({ data: { tags: _.unshift(['w']), list: _.shift(), set: _.addToSet('p') } });
    await db.collection('people').doc('zed').update({ data: { tags: _.pull('x'), list: _.pullAll([3]) } });
    await db.collection('people').doc('zed').update({ data: { name: _.rename('fullName') } });
    const { data } = await db.collection('people').doc('zed').get();
    expect(data).toEqual({
      _id: 'zed',
      fullName: 'Zed',
      profile: { a: 1, b: 2 },
      n: 15,
      m: 12,
      tags: ['w', 'y', 'z'],
      list: [2],
      set: ['p', 'q'],
      max: 7,
      min: -1,
      gone: false,
    });
  });

  it('pulls by condition', async () => {
    await db.collection('people').doc('zed').update({ data: { list: db.command.pull(db.command.gt(2)) } });
    expect((await db.collection('people').doc('zed').get()).data.list).toEqual([1, 2]);
  });

  it('counts only documents actually changed, and 0 for a missing document', async () => {
    expect((await db.collection('people').doc('zed').update({ data: { n: 10 } })).stats.updated).toBe(0);
    expect((await db.collection('people').doc('nobody').update({ data: { n: 1 } })).stats.updated).toBe(0);
    expect(await rejectionOf(db.collection('people').doc('nobody').get())).toMatchObject({ errCode: -1 });
  });

  it('where().update() changes every match; where().remove() removes every match', async () => {
    await db.createCollection('batch');
    await db.collection('batch').add({ data: [{ k: 1, g: 'a' }, { k: 2, g: 'a' }, { k: 3, g: 'b' }] });
    const updated = await db.collection('batch').where({ g: 'a' }).update({ data: { seen: true } });
    expect(updated.stats.updated).toBe(2);
    expect((await db.collection('batch').where({ seen: true }).count()).total).toBe(2);
    const removed = await db.collection('batch').where({ k: db.command.gte(2) }).remove();
    expect(removed.stats.removed).toBe(2);
    expect((await db.collection('batch').get()).data.map((row) => row.k)).toEqual([1]);
  });

  it('doc().remove() removes one document', async () => {
    const result = await db.collection('people').doc('zed').remove();
    expect(result.stats.removed).toBe(1);
    expect((await db.collection('people').where({ _id: 'zed' }).get()).data).toEqual([]);
  });
});

describe('serverDate', () => {
  it('is resolved to the server time, with its offset, in add, update and queries', async () => {
    await db.createCollection('clock');
    const before = Date.now();
    const { _id } = await db.collection('clock').add({ data: { at: db.serverDate(), later: db.serverDate({ offset: 60_000 }) } });
    const { data } = await db.collection('clock').doc(_id as string).get();
    expect(data.at).toBeInstanceOf(Date);
    expect((data.at as Date).getTime()).toBeGreaterThanOrEqual(before - 5);
    expect((data.at as Date).getTime()).toBeLessThanOrEqual(Date.now() + 5);
    expect((data.later as Date).getTime() - (data.at as Date).getTime()).toBeGreaterThanOrEqual(59_990);

    await db.collection('clock').doc(_id as string).update({ data: { touched: db.serverDate() } });
    expect((await db.collection('clock').doc(_id as string).get()).data.touched).toBeInstanceOf(Date);

    expect((await db.collection('clock').where({ at: db.command.lte(db.serverDate()) }).count()).total).toBe(1);
    expect((await db.collection('clock').where({ later: db.command.lte(db.serverDate()) }).count()).total).toBe(0);
  });
});

describe('errors', () => {
  it('doc().get() of a missing document fails with the SDK not-found error', async () => {
    const error = await rejectionOf(db.collection('people').doc('nobody').get());
    expect(error.errCode).toBe(-1);
    expect(error.errMsg).toBe('document.get:fail document with _id nobody does not exist');
  });

  it('an unknown query operator answers an error code, and the emulator keeps serving', async () => {
    const error = await rejectionOf(db.collection('people').where({ age: { $nosuch: 1 } }).get());
    expect(error.errCode).toBe(-502001);
    expect(error.errMsg).toContain('$nosuch');
    expect((await db.collection('people').where({ age: 40 }).get()).data).toHaveLength(1);
  });

  it('an unknown update operator answers an error and changes nothing', async () => {
    const error = await rejectionOf(db.collection('people').doc('ann').update({ data: { $nosuch: { age: 1 } } }));
    expect(error.errCode).toBe(-502001);
    expect((await db.collection('people').doc('ann').get()).data.age).toBe(31);
  });

  it('every operation on a collection that does not exist answers DATABASE_COLLECTION_NOT_EXIST', async () => {
    const missing = db.collection('no_such_collection');
    for (const call of [missing.get(), missing.count(), missing.add({ data: { a: 1 } }), missing.doc('x').update({ data: { a: 1 } }), missing.where({ a: 1 }).remove()]) {
      const error = await rejectionOf(call);
      expect(error.errCode).toBe(-502005);
    }
  });

  it('createCollection fails when the collection already exists', async () => {
    await expect(db.createCollection('fresh')).resolves.toMatchObject({ errMsg: 'createCollection:ok' });
    const error = await rejectionOf(db.createCollection('fresh'));
    expect(error.errCode).toBe(-1);
    expect(error.errMsg).toContain('already exists');
  });
});
