import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmulatorError } from '../../errors';

/** The parts of a function's config.json the local runtime honours. */
export interface FunctionConfig {
  envVariables: Record<string, string>;
  /** Seconds, as in config.json. */
  timeout?: number;
}

/** Names are a folder under the functions directory: nothing that could climb out of it. */
const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,60}$/;

export const functionNotFound = (name: string): EmulatorError =>
  new EmulatorError('FUNCTION_NOT_FOUND', `[ResourceNotFound.Function] function ${JSON.stringify(name)} does not exist`);

/** The entry of a deployable function: `<dir>/<name>/index.js`, a CommonJS bundle exporting main(event, context). */
export function functionEntry(functionsDir: string | undefined, name: string): string {
  if (!functionsDir || !FUNCTION_NAME.test(name)) throw functionNotFound(name);
  const entry = join(functionsDir, name, 'index.js');
  if (!existsSync(entry)) throw functionNotFound(name);
  return entry;
}

export function readFunctionConfig(functionsDir: string, name: string): FunctionConfig {
  const file = join(functionsDir, name, 'config.json');
  if (!existsSync(file)) return { envVariables: {} };
  let parsed: { envVariables?: unknown; timeout?: unknown };
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as typeof parsed;
  } catch (error) {
    throw new EmulatorError('FUNCTIONS_EXECUTE_FAIL', `${name}/config.json is not valid JSON: ${(error as Error).message}`);
  }
  const envVariables: Record<string, string> = {};
  if (parsed.envVariables && typeof parsed.envVariables === 'object') {
    for (const [key, value] of Object.entries(parsed.envVariables as Record<string, unknown>)) envVariables[key] = String(value);
  }
  const timeout = typeof parsed.timeout === 'number' && parsed.timeout > 0 ? parsed.timeout : undefined;
  return { envVariables, timeout };
}
