import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as sass from 'sass';
import { DIST } from './support/mini-program';

// The check of the check: a universal selector, the mistake that once broke the 约谈 subpackage in WeChat,
// is stopped both by the SCSS lint and, if it got past, by WeChat's own wcsc in `npm run check:weapp`.

const ROOT = join(__dirname, '..', '..');
const CHILDREN_STRETCHED = ".zg-row {\n  display: flex;\n  & > * {\n    flex: 1;\n  }\n}\n";

function checkWeapp(dist: string, steps: string) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-weapp.mjs'), '--dist', dist, '--only', steps], { encoding: 'utf8' });
}

test('the SCSS lint (npm run lint:styles) refuses `& > *`', () => {
  const lint = (code: string) =>
    spawnSync(join(ROOT, 'node_modules', '.bin', 'stylelint'), ['--stdin-filename', 'src/features/row.scss'], { cwd: ROOT, input: code, encoding: 'utf8' });
  expect(lint('.zg-row {\n  display: flex;\n}\n').status).toBe(0);
  const refused = lint(CHILDREN_STRETCHED);
  expect(refused.status).toBe(2);
  expect(refused.stdout + refused.stderr).toContain('selector-max-universal');
});

test('the build as it is passes the compilers; with `& > *` compiled into one stylesheet, check:weapp fails on wcsc', () => {
  expect(checkWeapp(DIST, 'es,wxss,wxml').status).toBe(0);
  const tampered = mkdtempSync(join(tmpdir(), 'weapp-check-'));
  try {
    cpSync(DIST, tampered, { recursive: true });
    appendFileSync(join(tampered, 'packages', 'interviews', 'sub-vendors.wxss'), sass.compileString(CHILDREN_STRETCHED).css);
    const run = checkWeapp(tampered, 'wxss');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('wcsc over every WXSS');
    expect(run.stderr).toContain('error at token `*`');
  } finally {
    rmSync(tampered, { recursive: true, force: true });
  }
});
