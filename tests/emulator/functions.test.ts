// Cloud functions in worker-thread instances: caller identity, SDK calls from and between functions, errors, timeouts.
import { EmulatorError } from '../../emulator';
import { FIXTURE_FUNCTIONS, rejectionOf, startHarness, type SdkHarness } from './support';

interface WhoAmI {
  wxContext: Record<string, unknown>;
  event: Record<string, unknown>;
  instance: string;
  functionName: string;
  env: Record<string, string | undefined>;
}

let harness: SdkHarness;

beforeAll(async () => {
  harness = await startHarness({ functionsDir: FIXTURE_FUNCTIONS, functionEnv: { REGION: 'override', EXTRA: 'extra' }, envId: 'fn-env' });
});

afterAll(async () => {
  await harness.emulator.close();
});

const whoami = (event: object, wxContext?: Record<string, string>) => harness.emulator.invokeFunction('whoami', event, wxContext) as Promise<WhoAmI>;

it('a function sees the caller identity given to invokeFunction, and the event as JSON', async () => {
  const result = await whoami({ x: 1, at: new Date(0), gone: undefined }, { OPENID: 'o-alice', APPID: 'wx-app', UNIONID: 'u-1', SOURCE: 'wx_client' });
  expect(result.wxContext).toEqual({ OPENID: 'o-alice', APPID: 'wx-app', UNIONID: 'u-1', ENV: 'fn-env', SOURCE: 'wx_client' });
  // The event travels as JSON, as on the platform.
  expect(result.event).toEqual({ x: 1, at: '1970-01-01T00:00:00.000Z' });
  expect(result.functionName).toBe('whoami');
});

it('a later invocation without OPENID does not see the previous caller', async () => {
  await whoami({}, { OPENID: 'o-alice', APPID: 'wx-app' });
  const result = await whoami({}, { SOURCE: 'wx_trigger' });
  expect(result.wxContext).toEqual({ ENV: 'fn-env', SOURCE: 'wx_trigger' });
});

it('config.json envVariables reach the function, and functionEnv wins over them', async () => {
  expect((await whoami({})).env).toEqual({ GREETING: 'from-config', REGION: 'override', EXTRA: 'extra' });
});

it('a function reads the database through the SDK, as its caller', async () => {
  await harness.db.createCollection('tasks');
  await harness.db.collection('tasks').add({ data: [{ owner: 'o-alice' }, { owner: 'o-bob' }, { owner: 'o-alice' }] });
  const result = (await harness.emulator.invokeFunction('dbcount', { collection: 'tasks' }, { OPENID: 'o-alice' })) as { total: number; mine: string[] };
  expect(result.total).toBe(3);
  expect(result.mine).toHaveLength(2);
});

it('callFunction through the SDK reaches the local function, with no caller identity', async () => {
  const result = (await harness.cloud.callFunction({ name: 'whoami', data: { y: 2 } })).result as WhoAmI;
  expect(result.event).toEqual({ y: 2 });
  expect(result.wxContext).toEqual({ ENV: 'fn-env', SOURCE: 'wx_cloud' });
});

it('a function calling another: the callee gets no OPENID and SOURCE wx_cloud', async () => {
  const result = (await harness.emulator.invokeFunction('relay', { target: 'whoami' }, { OPENID: 'o-alice' })) as { caller: Record<string, unknown>; callee: WhoAmI };
  expect(result.caller.OPENID).toBe('o-alice');
  expect(result.callee.wxContext).toEqual({ ENV: 'fn-env', SOURCE: 'wx_cloud' });
  expect(result.callee.event).toEqual({ from: 'relay' });
});

it('a thrown error fails the call with FUNCTIONS_EXECUTE_FAIL and its message', async () => {
  const direct = await rejectionOf(harness.emulator.invokeFunction('fail', {}));
  expect(direct).toBeInstanceOf(EmulatorError);
  expect(direct).toMatchObject({ code: 'FUNCTIONS_EXECUTE_FAIL', message: 'Error: boom' });
  const viaSdk = await rejectionOf(harness.cloud.callFunction({ name: 'fail' }));
  expect(viaSdk).toMatchObject({ errCode: -1, errMsg: 'callFunction:fail Error: boom' });
});

it('an unknown function is an error, not an empty success', async () => {
  expect(await rejectionOf(harness.emulator.invokeFunction('nope', {}))).toMatchObject({ code: 'FUNCTION_NOT_FOUND' });
  expect((await rejectionOf(harness.cloud.callFunction({ name: 'nope' }))).errMsg).toContain('does not exist');
});

it('an invocation past the config.json timeout fails, and the function still answers afterwards', async () => {
  const started = Date.now();
  const error = await rejectionOf(harness.emulator.invokeFunction('sleeper', { ms: 10_000 }));
  expect(error).toMatchObject({ code: 'FUNCTIONS_EXECUTE_FAIL', message: 'Invoking task timed out after 1 seconds' });
  expect(Date.now() - started).toBeLessThan(8_000);
  await expect(harness.emulator.invokeFunction('sleeper', { ms: 1 })).resolves.toEqual({ slept: 1 });
});

it('globals persist between invocations of an instance; reloadFunctions starts afresh', async () => {
  const first = (await harness.emulator.invokeFunction('counter', {})) as { calls: number };
  const second = (await harness.emulator.invokeFunction('counter', {})) as { calls: number };
  expect(second.calls).toBe(first.calls + 1);
  await harness.emulator.reloadFunctions();
  expect(await harness.emulator.invokeFunction('counter', {})).toEqual({ calls: 1 });
});

it('concurrent invocations run on up to 4 instances, each handling one call at a time', async () => {
  const hold = (i: number) => harness.emulator.invokeFunction('hold', { holdMs: 300, i }) as Promise<{ instance: string; i: number; overlapped: boolean }>;
  const results = await Promise.all(Array.from({ length: 6 }, (_unused, i) => hold(i)));
  expect(results.map((result) => result.i)).toEqual([0, 1, 2, 3, 4, 5]);
  expect(results.every((result) => !result.overlapped)).toBe(true);
  const instances = new Set(results.map((result) => result.instance));
  expect(instances.size).toBeGreaterThanOrEqual(2);
  expect(instances.size).toBeLessThanOrEqual(4);
});

it('POST /_emulator/functions/:name invokes as the given caller; errors answer 500 with a code', async () => {
  const ok = await fetch(`${harness.emulator.url}/_emulator/functions/whoami`, {
    method: 'POST',
    body: JSON.stringify({ event: { z: 3 }, wxContext: { OPENID: 'o-http' } }),
  });
  expect(ok.status).toBe(200);
  const { result } = (await ok.json()) as { result: WhoAmI };
  expect(result.wxContext).toEqual({ OPENID: 'o-http', ENV: 'fn-env', SOURCE: 'wx_client' });
  expect(result.event).toEqual({ z: 3 });

  const failed = await fetch(`${harness.emulator.url}/_emulator/functions/fail`, { method: 'POST', body: '{}' });
  expect(failed.status).toBe(500);
  expect(await failed.json()).toEqual({ error: { code: 'FUNCTIONS_EXECUTE_FAIL', message: 'Error: boom' } });
});
