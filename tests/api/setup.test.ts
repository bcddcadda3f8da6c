import type { Emulator } from '../../emulator';
import { TEST_SETUP_SECRET, callApi, collectionSnapshot, startLocalCloud } from '../support/local-cloud';

describe('first-run setup', () => {
  let cloud: Emulator;
  beforeAll(async () => {
    cloud = await startLocalCloud();
  });
  beforeEach(async () => {
    await cloud.reset();
  });
  afterAll(async () => {
    await cloud.close();
  });

  const input = { secret: TEST_SETUP_SECRET, officeMemberName: '陈晓燕', unitName: '青山县融媒体中心' };

  it('creates the collections and binds the caller as the first office member', async () => {
    const result = await callApi(cloud, 'o-first', 'setup', input);
    expect(result).toMatchObject({ ok: true, data: { member: { name: '陈晓燕', roles: ['office'], bound: true } } });
    const me = await callApi(cloud, 'o-first', 'auth.me');
    expect(me).toMatchObject({ ok: true, data: { member: { name: '陈晓燕', roles: ['office'] } } });
  });

  it('refuses a second setup, by anyone', async () => {
    await callApi(cloud, 'o-first', 'setup', input);
    expect(await callApi(cloud, 'o-first', 'setup', input)).toMatchObject({ ok: false, code: 'SETUP_DONE' });
    expect(await callApi(cloud, 'o-second', 'setup', input)).toMatchObject({ ok: false, code: 'SETUP_DONE' });
    expect(await collectionSnapshot(cloud, 'members')).toHaveLength(1);
  });

  it('refuses a wrong secret and writes nothing', async () => {
    const result = await callApi(cloud, 'o-first', 'setup', { ...input, secret: 'guess' });
    expect(result).toMatchObject({ ok: false, code: 'SETUP_SECRET_WRONG' });
    expect(await collectionSnapshot(cloud, 'members')).toEqual([]);
    expect(await callApi(cloud, 'o-first', 'auth.me')).toMatchObject({ ok: false, code: 'NOT_BOUND' });
  });

  it('refuses input that fails its schema, with a Chinese message', async () => {
    const result = await callApi(cloud, 'o-first', 'setup', { ...input, officeMemberName: '  ' });
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(result.ok === false && result.message).toMatch(/姓名/);
  });

  it('refuses a caller without identity', async () => {
    expect(await callApi(cloud, null, 'setup', input)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('is disabled when the function has no secret configured', async () => {
    const unconfigured = await startLocalCloud({});
    try {
      expect(await callApi(unconfigured, 'o-first', 'setup', input)).toMatchObject({ ok: false, code: 'SETUP_DISABLED' });
    } finally {
      await unconfigured.close();
    }
  });
});
