'use strict';
// One function instance. Plain JavaScript on purpose: a worker thread starts outside any TypeScript loader
// (tsx under `npm run emulator`, swc under jest), so this file must run as it is.
const { parentPort, workerData } = require('node:worker_threads');

/**
 * The local cloud's clock (engine/clock.ts): the instance's `Date` runs `clockOffsetMs` from the machine's, as the
 * emulator says with every call. A constructor function, not a class, so `Date()` without `new` still works.
 */
const MachineDate = Date;
let clockOffsetMs = 0;
function CloudDate(...args) {
  if (!new.target) return new MachineDate(MachineDate.now() + clockOffsetMs).toString();
  return args.length === 0 ? new MachineDate(MachineDate.now() + clockOffsetMs) : new MachineDate(...args);
}
CloudDate.prototype = MachineDate.prototype;
CloudDate.now = () => MachineDate.now() + clockOffsetMs;
CloudDate.parse = MachineDate.parse;
CloudDate.UTC = MachineDate.UTC;
globalThis.Date = CloudDate;

/** The function's module, loaded on first use and kept: globals persist between calls, as on the platform. */
let handler;

/** The invocation's environment replaces the previous one, so no caller identity leaks into the next call. */
function resetEnv(env) {
  for (const key of Object.keys(process.env)) {
    if (!Object.prototype.hasOwnProperty.call(env, key)) delete process.env[key];
  }
  Object.assign(process.env, env);
}

function describe(error) {
  if (error instanceof Error) return String(error);
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

parentPort.on('message', async ({ id, event, env, context, clockOffsetMs: offset }) => {
  resetEnv(env);
  clockOffsetMs = offset ?? 0;
  try {
    if (!handler) handler = require(workerData.entry);
    if (typeof handler.main !== 'function') throw new Error(`${workerData.entry} does not export main(event, context)`);
    // Loading (a cold start) is done: the invocation's own time limit starts now.
    parentPort.postMessage({ id, started: true });
    const result = await handler.main(event, context);
    // The platform hands the caller JSON; undefined becomes null.
    parentPort.postMessage({ id, ok: true, json: JSON.stringify(result === undefined ? null : result) });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: describe(error) });
  }
});
