// Transactions through the REAL wx-server-sdk: commit, rollback, conflicts and runTransaction's retry.
import { rejectionOf, startHarness, type SdkDatabase, type SdkHarness } from './support';

let harness: SdkHarness;
let db: SdkDatabase;

beforeAll(async () => {
  harness = await startHarness();
  db = harness.db;
  await db.createCollection('accounts');
});

afterAll(async () => {
  await harness.emulator.close();
});

beforeEach(async () => {
  await db.collection('accounts').doc('a').set({ data: { balance: 100 } });
  await db.collection('accounts').doc('b').set({ data: { balance: 0 } });
});

const balance = async (id: string): Promise<number> => (await db.collection('accounts').doc(id).get()).data.balance as number;

it('startTransaction: writes are invisible outside until commit, then all visible', async () => {
  const tx = (await db.startTransaction());
  const { data } = await tx.collection('accounts').doc('a').get();
  await tx.collection('accounts').doc('a').update({ data: { balance: (data.balance as number) - 30 } });
  await tx.collection('accounts').doc('b').update({ data: { balance: db.command.inc(30) } });
  await tx.collection('accounts').add({ data: { _id: 'log1', amount: 30 } });
  expect((await tx.collection('accounts').doc('a').get()).data.balance).toBe(70);
  expect(await balance('a')).toBe(100);
  expect((await db.collection('accounts').where({ _id: 'log1' }).get()).data).toEqual([]);

  await tx.commit();
  expect([await balance('a'), await balance('b')]).toEqual([70, 30]);
  expect((await db.collection('accounts').doc('log1').get()).data).toEqual({ _id: 'log1', amount: 30 });
  await db.collection('accounts').doc('log1').remove();
});

it('rollback discards every write of the transaction', async () => {
  const tx = (await db.startTransaction());
  await tx.collection('accounts').doc('a').update({ data: { balance: 1 } });
  await tx.collection('accounts').doc('b').remove();
  await tx.rollback();
  expect([await balance('a'), await balance('b')]).toEqual([100, 0]);
});

it('of two concurrent transactions on the same document exactly one commits', async () => {
  const first = (await db.startTransaction());
  const second = (await db.startTransaction());
  const seenByFirst = (await first.collection('accounts').doc('a').get()).data.balance as number;
  const seenBySecond = (await second.collection('accounts').doc('a').get()).data.balance as number;
  await first.collection('accounts').doc('a').update({ data: { balance: seenByFirst + 1 } });
  await second.collection('accounts').doc('a').update({ data: { balance: seenBySecond + 10 } });

  const outcomes = await Promise.allSettled([first.commit(), second.commit()]);
  expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
  const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  expect((failure?.reason as { code?: string }).code).toBe('DATABASE_TRANSACTION_CONFLICT');
  expect([101, 110]).toContain(await balance('a'));
});

it('a transaction conflicts with a plain write made after its read, and a failed commit ends it', async () => {
  const tx = (await db.startTransaction());
  await tx.collection('accounts').doc('a').get();
  await db.collection('accounts').doc('a').update({ data: { balance: 55 } });
  await tx.collection('accounts').doc('a').update({ data: { balance: 0 } });
  expect((await rejectionOf(tx.commit())).code).toBe('DATABASE_TRANSACTION_CONFLICT');
  expect(await balance('a')).toBe(55);
  expect((await rejectionOf(tx.commit())).code).toBe('DATABASE_TRANSACTION_FAIL');
});

it('runTransaction retries on conflict: two concurrent increments both land', async () => {
  let attempts = 0;
  let release: () => void = () => undefined;
  const bothRead = new Promise<void>((resolve) => {
    let waiting = 2;
    release = () => {
      waiting -= 1;
      if (waiting === 0) resolve();
    };
  });
  const increment = (): Promise<unknown> =>
    db.runTransaction(async (tx) => {
      attempts += 1;
      const { data } = await tx.collection('accounts').doc('b').get();
      // The first attempts of both wait for each other, so they surely overlap.
      if (attempts <= 2) {
        release();
        await bothRead;
      }
      await tx.collection('accounts').doc('b').update({ data: { balance: (data.balance as number) + 1 } });
    });
  await Promise.all([increment(), increment()]);
  expect(await balance('b')).toBe(2);
  expect(attempts).toBe(3);
});

it('runTransaction rolls back when the callback throws, and returns its value otherwise', async () => {
  await expect(
    db.runTransaction(async (tx) => {
      await tx.collection('accounts').doc('a').update({ data: { balance: 0 } });
      throw new Error('changed my mind');
    }),
  ).rejects.toThrow('changed my mind');
  expect(await balance('a')).toBe(100);

  const value = await db.runTransaction(async (tx) => {
    await tx.collection('accounts').doc('c').set({ data: { balance: 5 } });
    return 'done';
  });
  expect(value).toBe('done');
  expect(await balance('c')).toBe(5);
  await db.collection('accounts').doc('c').remove();
});
