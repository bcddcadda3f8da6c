// Fault injection, request counts and the /_emulator admin API, observed through the REAL wx-server-sdk.
import { rejectionOf, startHarness, type SdkDatabase, type SdkHarness } from './support';

let harness: SdkHarness;
let db: SdkDatabase;

beforeAll(async () => {
  harness = await startHarness();
  db = harness.db;
});

afterAll(async () => {
  await harness.emulator.close();
});

beforeEach(async () => {
  harness.emulator.faults.clear();
  await harness.emulator.reset();
  await db.createCollection('notes');
  harness.emulator.stats.reset();
});

const admin = (path: string, init?: RequestInit) => fetch(`${harness.emulator.url}/_emulator/${path}`, init);

async function storedNumbers(): Promise<number[]> {
  const { data } = await db.collection('notes').orderBy('n', 'asc').get();
  return data.map((row) => row.n as number);
}

it('fails the 3rd write: the 1st and 2nd are stored, the 3rd is not, the 4th is', async () => {
  harness.emulator.faults.add({ match: { action: 'database.insertDocument' }, skip: 2, times: 1, reply: { code: 'DATABASE_REQUEST_FAILED', message: 'injected' } });
  await db.collection('notes').add({ data: { n: 1 } });
  await db.collection('notes').add({ data: { n: 2 } });
  const error = await rejectionOf(db.collection('notes').add({ data: { n: 3 } }));
  expect(error).toMatchObject({ errCode: -502001 });
  expect(error.errMsg).toContain('injected');
  await db.collection('notes').add({ data: { n: 4 } });
  expect(await storedNumbers()).toEqual([1, 2, 4]);
});

it('matches a collection: writes to other collections pass', async () => {
  await db.createCollection('other');
  harness.emulator.faults.add({ match: { collection: 'notes' }, reply: { code: 'DATABASE_PERMISSION_DENIED' } });
  expect((await rejectionOf(db.collection('notes').add({ data: { n: 1 } }))).errCode).toBe(-502003);
  await expect(db.collection('other').add({ data: { n: 1 } })).resolves.toHaveProperty('_id');
});

it('adds latency, then answers normally', async () => {
  await db.collection('notes').add({ data: { n: 1 } });
  harness.emulator.faults.add({ match: { action: 'database.getDocument' }, times: 1, reply: { latencyMs: 300 } });
  const started = Date.now();
  expect(await storedNumbers()).toEqual([1]);
  expect(Date.now() - started).toBeGreaterThanOrEqual(290);
});

it('adds latency to every request of one service: each database round trip waits, other services do not', async () => {
  await db.collection('notes').add({ data: { n: 1 } });
  harness.emulator.faults.add({ match: { service: 'database' }, reply: { latencyMs: 150 } });
  harness.emulator.faults.add({ match: { service: 'storage' }, reply: { drop: true } });
  const started = Date.now();
  await db.collection('notes').add({ data: { n: 2 } });
  expect(await storedNumbers()).toEqual([1, 2]);
  expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  const [rule] = harness.emulator.faults.list();
  expect(rule).toMatchObject({ seen: 2, applied: 2 });
});

it('drops the connection: the call fails with a network error, is not retried, and nothing is written', async () => {
  await db.collection('notes').get(); // a warm keep-alive socket, the case the SDK would retry on ECONNRESET
  harness.emulator.stats.reset();
  harness.emulator.faults.add({ match: { action: 'database.insertDocument' }, times: 1, reply: { drop: true } });
  const error = await rejectionOf(db.collection('notes').add({ data: { n: 1 } }));
  expect(error).toMatchObject({ errCode: -501001 });
  expect(error.errMsg).toContain('socket hang up');
  expect(harness.emulator.stats.counts()['database.insertDocument']).toBe(1);
  expect(await storedNumbers()).toEqual([]);
  await db.collection('notes').add({ data: { n: 2 } });
  expect(await storedNumbers()).toEqual([2]);
});

it('fails an upload at the storage PUT: the SDK reports the COS error and no file is stored', async () => {
  harness.emulator.faults.add({ match: { action: 'storage.putObject' }, times: 1, reply: { code: 'InternalError', message: 'disk on fire' } });
  const error = await rejectionOf(harness.cloud.uploadFile({ cloudPath: 'f.txt', fileContent: Buffer.from('f') }));
  expect(error.errMsg).toBe('uploadFile:fail [InternalError]: disk on fire');
  const missing = await harness.cloud.getTempFileURL({ fileList: [`cloud://local-dev.${Buffer.from('lo').toString('hex')}-local-dev-1250000000/f.txt`] });
  expect(missing.fileList[0]?.status).toBe(-503003);
});

it('faults over HTTP: add, list with counters, delete', async () => {
  const added = await admin('faults', { method: 'POST', body: JSON.stringify({ match: { action: 'database.calculateDocument' }, times: 2, reply: { code: 'SYS_ERR' } }) });
  expect(added.status).toBe(200);
  const { id } = (await added.json()) as { id: string };
  expect((await rejectionOf(db.collection('notes').count())).errCode).toBe(-501001);
  const listed = (await (await admin('faults')).json()) as Array<{ id: string; seen: number; applied: number }>;
  expect(listed).toEqual([expect.objectContaining({ id, seen: 1, applied: 1 })]);
  expect((await admin(`faults/${id}`, { method: 'DELETE' })).status).toBe(200);
  await expect(db.collection('notes').count()).resolves.toMatchObject({ total: 0 });

  const invalid = await admin('faults', { method: 'POST', body: JSON.stringify({ match: { actoin: 'x' }, reply: { code: 'X' } }) });
  expect(invalid.status).toBe(400);
  await admin('faults', { method: 'POST', body: JSON.stringify({ reply: { latencyMs: 1 } }) });
  expect((await admin('faults', { method: 'DELETE' })).status).toBe(200);
  expect(await (await admin('faults')).json()).toEqual([]);
});

it('counts requests by action, including storage round trips, and resets', async () => {
  await db.collection('notes').add({ data: { n: 1 } });
  await db.collection('notes').get();
  await db.collection('notes').get();
  await harness.cloud.uploadFile({ cloudPath: 'a.txt', fileContent: Buffer.from('a') });
  expect(harness.emulator.stats.counts()).toEqual({
    'database.insertDocument': 1,
    'database.getDocument': 2,
    'storage.getUploadMetadata': 1,
    'storage.putObject': 1,
  });
  expect(harness.emulator.stats.total()).toBe(5);
  expect(await (await admin('stats')).json()).toEqual({ counts: harness.emulator.stats.counts(), total: 5 });
  expect((await admin('stats/reset', { method: 'POST' })).status).toBe(200);
  expect(harness.emulator.stats.total()).toBe(0);
});

it('admin API: health, collection dump as relaxed EJSON, outbox, reset', async () => {
  expect(await (await admin('health')).json()).toEqual({ ok: true });

  await db.collection('notes').add({ data: { _id: 'n1', n: 1, at: new Date('2026-01-02T03:04:05.000Z') } });
  expect(await (await admin('collections/notes')).json()).toEqual([{ _id: 'n1', n: 1, at: { $date: '2026-01-02T03:04:05Z' } }]);
  expect((await admin('collections/missing')).status).toBe(404);

  await harness.cloud.openapi.subscribeMessage.send({ touser: 'o1', templateId: 'T', data: { thing1: { value: 'x' } } });
  const outbox = (await (await admin('outbox')).json()) as Array<{ touser: string }>;
  expect(outbox.map((message) => message.touser)).toEqual(['o1']);
  expect((await admin('outbox', { method: 'DELETE' })).status).toBe(200);
  expect(harness.emulator.outbox.list()).toEqual([]);

  const { fileID } = await harness.cloud.uploadFile({ cloudPath: 'keep.txt', fileContent: Buffer.from('k') });
  await harness.cloud.openapi.subscribeMessage.send({ touser: 'o2', templateId: 'T', data: { thing1: { value: 'x' } } });
  expect((await admin('reset', { method: 'POST' })).status).toBe(200);
  expect((await rejectionOf(db.collection('notes').get())).errCode).toBe(-502005);
  expect(harness.emulator.outbox.list()).toEqual([]);
  expect((await rejectionOf(harness.cloud.downloadFile({ fileID }))).errMsg).toContain('not exist');
});
