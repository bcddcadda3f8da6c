// The local cloud's clock: tests run functions at an instant they choose, and every part of the cloud agrees on it.
import { CloudClock } from '../../emulator';
import { FIXTURE_FUNCTIONS, startHarness, type SdkHarness } from './support';

interface ClockReport {
  newDate: string;
  dateNow: number;
  dateString: string;
  parsed: string;
  isDate: boolean;
  serverDate: string;
}

const clock = new CloudClock('2027-02-28T16:30:00.000Z');
let harness: SdkHarness;

beforeAll(async () => {
  harness = await startHarness({ functionsDir: FIXTURE_FUNCTIONS, clock });
  await harness.db.createCollection('clock');
});

afterAll(async () => {
  await harness.emulator.close();
});

const report = () => harness.emulator.invokeFunction('clock', {}) as Promise<ClockReport>;
const msFrom = (iso: string, expected: string) => Math.abs(new Date(iso).getTime() - new Date(expected).getTime());

it('a function’s Date and db.serverDate() show the clock, not the machine', async () => {
  const seen = await report();
  expect(msFrom(seen.newDate, '2027-02-28T16:30:00.000Z')).toBeLessThan(10_000);
  expect(Math.abs(seen.dateNow - new Date(seen.newDate).getTime())).toBeLessThan(1_000);
  expect(msFrom(seen.serverDate, seen.newDate)).toBeLessThan(1_000);
  expect(seen.dateString).toContain('2027');
  // Dates the code builds itself are untouched, and they are still Dates.
  expect(seen.parsed).toBe('2020-01-02T03:04:05.000Z');
  expect(seen.isDate).toBe(true);
});

it('setting the clock moves the next invocation of a warm instance, and the clock runs on', async () => {
  clock.set('2028-02-29T04:00:00.000Z');
  const first = await report();
  expect(msFrom(first.newDate, '2028-02-29T04:00:00.000Z')).toBeLessThan(10_000);
  clock.advance(86_400_000);
  const next = await report();
  expect(next.newDate.slice(0, 10)).toBe('2028-03-01');
  expect(new Date(next.newDate).getTime()).toBeGreaterThan(new Date(first.newDate).getTime() + 86_400_000 - 1);
});

it('the outbox stamps a subscription message with the clock’s time', async () => {
  clock.set('2026-12-31T15:59:00.000Z');
  await harness.cloud.openapi.subscribeMessage.send({ touser: 'o-alice', templateId: 'TPL', page: 'pages/tasks/index', data: { thing1: { value: '年终' } }, miniprogramState: 'developer', lang: 'zh_CN' });
  const [message] = harness.emulator.outbox.list();
  expect(message?.time.slice(0, 16)).toBe('2026-12-31T15:59');
});
