import type { Emulator } from '../../emulator';
import { callApi, collectionSnapshot, sdkDatabase, startLocalCloud } from '../support/local-cloud';
import { testNow } from '../support/test-clock';

describe('a unit set up by an older version', () => {
  let cloud: Emulator;
  beforeAll(async () => {
    cloud = await startLocalCloud();
  });
  afterAll(async () => {
    await cloud.close();
  });

  it('gets the collections added since, on first use, and the action answers as usual', async () => {
    // What an early deployment left: only the roster collections, with one bound office member.
    const db = sdkDatabase(cloud);
    for (const name of ['members', 'bindings', 'meta']) await db.createCollection(name);
    const { _id } = await db.collection('members').add({ data: { name: '陈办公', title: null, roles: ['office'], departmentIds: [], active: true, openid: 'o-old-office', createdAt: testNow(), updatedAt: testNow() } });
    await db.collection('bindings').doc('o-old-office').set({ data: { memberId: _id, boundAt: testNow() } });

    expect(await callApi(cloud, 'o-old-office', 'plans.list', {})).toMatchObject({ ok: true, data: { plans: [] } });
    expect(await callApi(cloud, 'o-old-office', 'tasks.list', {})).toMatchObject({ ok: true, data: { items: [] } });
    const collections = (await (await fetch(`${cloud.url}/_emulator/collections`)).json()) as unknown;
    expect(JSON.stringify(collections)).toContain('plans');
    expect(await collectionSnapshot(cloud, 'members')).toHaveLength(1);
  });
});
