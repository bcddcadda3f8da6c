import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { parsePlan } from '../../core/plan';
import { FIXTURES, fixture } from './fixtures';

// The command as people run it: `npm run --silent plan:parse -- <file>`.

const ROOT = join(__dirname, '../..');

function planParseIn(cwd: string, ...args: string[]) {
  const { status, stdout, stderr } = spawnSync('npm', ['run', '--silent', 'plan:parse', '--', ...args], { cwd, encoding: 'utf8' });
  return { status, stdout, stderr };
}

const planParse = (...args: string[]) => planParseIn(ROOT, ...args);

const oneLine = (text: string) => text.endsWith('\n') && text.trimEnd().split('\n').length === 1;

const scratch = mkdtempSync(join(tmpdir(), 'plan-parse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run plan:parse', () => {
  it('prints the parsed seed plan as JSON', () => {
    const { status, stdout, stderr } = planParse(join(FIXTURES, 'seed-plan.txt'));
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual(parsePlan(fixture('seed-plan.txt')));
  });

  it('finds a file named relative to the folder the command is typed in', () => {
    const { status, stdout } = planParseIn(FIXTURES, 'inline-plan.txt');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(parsePlan(fixture('inline-plan.txt')));
  });

  it('passes --plan-date on to the parser', () => {
    const { status, stdout } = planParse(join(FIXTURES, 'dated-plan.txt'), '--plan-date', '2026-03-20');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(parsePlan(fixture('dated-plan.txt'), { planDate: '2026-03-20' }));
  });

  it('reads a GB18030-encoded file with CRLF line ends as the UTF-8 one', () => {
    const { status, stdout } = planParse(join(FIXTURES, 'inline-plan.gb18030.txt'));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(parsePlan(fixture('inline-plan.txt')));
  });

  it('reads a .docx', async () => {
    const file = join(scratch, '方案.docx');
    const paragraphs = ['问题1：台账不全。', '整改措施：补齐台账。', '责任领导：张三', '责任单位：办公室', '整改时限：立行立改'];
    writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] })));
    const { status, stdout } = planParse(file);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).aspects[0].problems[0]).toMatchObject({ title: '台账不全', measures: ['补齐台账'], leader: '张三' });
  });

  it('says in one line, in Chinese and English, that a file does not exist', () => {
    const { status, stdout, stderr } = planParse('不存在的方案.txt');
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(oneLine(stderr)).toBe(true);
    expect(stderr).toBe('无法读取文件 不存在的方案.txt：文件不存在 / cannot read 不存在的方案.txt: no such file\n');
  });

  it('refuses a file type it cannot read, and a folder, in one line each', () => {
    for (const target of [join(ROOT, 'package.json'), FIXTURES]) {
      const { status, stdout, stderr } = planParse(target);
      expect(status).not.toBe(0);
      expect(stdout).toBe('');
      expect(oneLine(stderr)).toBe(true);
    }
    expect(planParse(join(ROOT, 'package.json')).stderr).toContain('不支持的文件类型「.json」');
  });

  it('shows its usage when called without a file or with a malformed date', () => {
    for (const args of [[], [join(FIXTURES, 'seed-plan.txt'), '--plan-date', '2026/3/20']]) {
      const { status, stderr } = planParse(...args);
      expect(status).toBe(2);
      expect(oneLine(stderr)).toBe(true);
    }
  });
});
