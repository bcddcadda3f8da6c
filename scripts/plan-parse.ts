// npm run --silent plan:parse -- <plan.txt|plan.docx> [--plan-date YYYY-MM-DD]
// Prints the parsed plan as JSON; a file it cannot read ends with a non-zero exit and one line on stderr.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parsePlan } from '../core/plan';
import { PlanFileError, readPlanText } from '../server/plans/read-plan-file';

const USAGE =
  '用法：npm run --silent plan:parse -- <方案.txt|方案.docx> [--plan-date YYYY-MM-DD] / usage: plan:parse <file> [--plan-date YYYY-MM-DD]';

function fail(line: string, code = 1): never {
  process.stderr.write(`${line}\n`);
  process.exit(code);
}

const READ_ERRORS: Record<string, [string, string]> = {
  ENOENT: ['文件不存在', 'no such file'],
  EISDIR: ['这是一个文件夹', 'it is a directory'],
  EACCES: ['没有读取权限', 'permission denied'],
  EPERM: ['没有读取权限', 'permission denied'],
};

function parseArguments(args: string[]): { file: string; planDate?: string } {
  const rest = [...args];
  const at = rest.indexOf('--plan-date');
  const planDate = at >= 0 ? rest.splice(at, 2)[1] : undefined;
  const [file, ...extra] = rest;
  if (file === undefined || extra.length > 0 || file.startsWith('--') || (at >= 0 && planDate === undefined)) fail(USAGE, 2);
  // The year of 年底前 comes from this date; the parser would only warn, the command says so at once.
  if (planDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(planDate)) {
    fail(`方案日期「${planDate}」格式不对，应为 YYYY-MM-DD / --plan-date must be YYYY-MM-DD`, 2);
  }
  return { file, planDate };
}

async function readText(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    // npm runs scripts from the package root; INIT_CWD is where the person typed the command.
    bytes = await readFile(resolve(process.env.INIT_CWD ?? process.cwd(), file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const [chinese, english] = READ_ERRORS[code] ?? ['读取失败', String((error as Error).message).split('\n')[0]];
    fail(`无法读取文件 ${file}：${chinese} / cannot read ${file}: ${english}`);
  }
  try {
    return await readPlanText(bytes, file);
  } catch (error) {
    if (error instanceof PlanFileError) fail(`${file}：${error.chinese} / ${file}: ${error.english}`);
    throw error;
  }
}

async function main(): Promise<void> {
  const { file, planDate } = parseArguments(process.argv.slice(2));
  const text = await readText(file);
  process.stdout.write(`${JSON.stringify(parsePlan(text, { planDate }), null, 2)}\n`);
}

main().catch((error: unknown) => {
  fail(`解析失败 / failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
});
