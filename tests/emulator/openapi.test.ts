// Subscription messages through the REAL wx-server-sdk's cloud.openapi: the outbox, value rules, injected errors.
import { rejectionOf, startHarness, type SdkHarness } from './support';

let harness: SdkHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness.emulator.close();
});

beforeEach(() => {
  harness.emulator.outbox.clear();
  harness.emulator.faults.clear();
});

type Data = Record<string, { value: string }>;

const send = (touser: string, data: Data, templateId = 'TPL_DEADLINE') =>
  harness.cloud.openapi.subscribeMessage.send({ touser, templateId, page: 'pages/task/index?id=1', data, miniprogramState: 'developer', lang: 'zh_CN' });

it('a valid message resolves ok and lands in the outbox with what was sent', async () => {
  const before = Date.now();
  const result = await send('o-alice', { thing1: { value: '整改台账更新' }, time2: { value: '2026年11月30日 09:00' } });
  expect(result).toMatchObject({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' });
  const [message, ...rest] = harness.emulator.outbox.list();
  expect(rest).toEqual([]);
  expect(message).toMatchObject({
    touser: 'o-alice',
    templateId: 'TPL_DEADLINE',
    page: 'pages/task/index?id=1',
    data: { thing1: { value: '整改台账更新' }, time2: { value: '2026年11月30日 09:00' } },
    miniprogramState: 'developer',
    lang: 'zh_CN',
  });
  expect(Date.parse(message?.time as string)).toBeGreaterThanOrEqual(before - 5);
});

it('a 21-character thing fails with 47003 naming the field, and nothing is sent', async () => {
  const error = await rejectionOf(send('o-alice', { thing1: { value: '一二三四五六七八九十一二三四五六七八九十一' }, thing2: { value: 'ok' } }));
  expect(error.errCode).toBe(47003);
  expect(error.errMsg).toContain('openapi.subscribeMessage.send:fail');
  expect(error.errMsg).toContain('data.thing1.value');
  expect(harness.emulator.outbox.list()).toEqual([]);
  await expect(send('o-alice', { thing1: { value: '一二三四五六七八九十一二三四五六七八九十' } })).resolves.toMatchObject({ errCode: 0 });
});

describe.each([
  ['phrase3', '已完成', '超过五个汉字'],
  ['name1', '张三', 'Zhang San the Very Long'],
  ['number4', '12.50', '12a'],
  ['letter5', 'ABC', 'AB1'],
  ['symbol6', '%', '%%%%%%'],
  ['character_string7', 'XC-2026-001', '中文编号'],
  ['date8', '2026年11月30日', '30/11/2026'],
  ['time9', '15:01', '下午三点'],
  ['amount10', '¥100.00', '一百元'],
  ['phone_number11', '+86-010-12345678', 'call me'],
  ['car_number12', '粤A12345', '粤A1234567'],
])('the %s rule', (key, valid, invalid) => {
  it(`accepts ${valid} and rejects ${invalid} with 47003`, async () => {
    await expect(send('o-bob', { [key]: { value: valid } })).resolves.toMatchObject({ errCode: 0 });
    const error = await rejectionOf(send('o-bob', { [key]: { value: invalid } }));
    expect(error.errCode).toBe(47003);
    expect(error.errMsg).toContain(`data.${key}.value`);
  });
});

it('an empty touser answers 40003 and an empty template id 40037', async () => {
  expect((await rejectionOf(send('', { thing1: { value: 'x' } }))).errCode).toBe(40003);
  expect((await rejectionOf(send('o-alice', { thing1: { value: 'x' } }, ''))).errCode).toBe(40037);
  expect(harness.emulator.outbox.list()).toEqual([]);
});

it('an injected 43101 hits only the person it names', async () => {
  harness.emulator.faults.add({ match: { action: 'wx.openApi', apiName: 'subscribeMessage.send', touser: 'o-refuser' }, reply: { errcode: 43101, errmsg: 'user refuse to accept the msg' } });
  const error = await rejectionOf(send('o-refuser', { thing1: { value: 'x' } }));
  expect(error).toMatchObject({ errCode: 43101, errMsg: 'openapi.subscribeMessage.send:fail user refuse to accept the msg' });
  await expect(send('o-alice', { thing1: { value: 'x' } })).resolves.toMatchObject({ errCode: 0 });
  expect(harness.emulator.outbox.list().map((message) => message.touser)).toEqual(['o-alice']);
});

it('"crash after k sends": the third send fails, the first two landed', async () => {
  harness.emulator.faults.add({ match: { apiName: 'subscribeMessage.send' }, skip: 2, reply: { code: 'SYS_ERR', message: 'injected outage' } });
  await send('o-1', { thing1: { value: 'a' } });
  await send('o-2', { thing1: { value: 'b' } });
  const error = await rejectionOf(send('o-3', { thing1: { value: 'c' } }));
  expect(error.errCode).toBe(-501001);
  expect(error.errMsg).toContain('injected outage');
  expect(harness.emulator.outbox.list().map((message) => message.touser)).toEqual(['o-1', 'o-2']);
});

it('an open API the emulator does not provide fails loudly instead of pretending success', async () => {
  const error = await rejectionOf(harness.cloud.openapi.wxacode?.getUnlimited?.({ scene: 'x' }) as Promise<unknown>);
  expect(error.errCode).toBe(48001);
});
