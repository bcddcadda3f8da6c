import mammoth from 'mammoth';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator } from '../../emulator';
import { beijingDay } from '../../core/time';
import { TEST_SETUP_SECRET, callExports, expectOk, startLocalCloud } from '../../tests/support/local-cloud';
import { testNow } from '../../tests/support/test-clock';
import { seedDemoUnit } from './seed-demo';
import { DEMO_PEOPLE } from './demo-unit';

const OFFICE = DEMO_PEOPLE[0]?.openid as string;
const SECTIONS = ['一、总体情况', '二、逐项整改情况', '三、问责情况', '四、建章立制情况', '五、资金追缴和整改落实情况', '六、下一步打算'];

describe('the demo unit (npm start) has outcomes of every kind', () => {
  let cloud: Emulator;
  let planId: string;

  beforeAll(async () => {
    cloud = await startLocalCloud();
    expect(await seedDemoUnit(cloud, TEST_SETUP_SECRET)).toBe(true);
    planId = (await expectOk(cloud, OFFICE, 'plans.list', {})).plans[0]?.id as string;
  }, 120_000);
  afterAll(async () => {
    await cloud.close();
  });

  it('shows each kind on 统计 and in the 公示', async () => {
    const summary = await expectOk(cloud, OFFICE, 'dashboard.summary', { filter: { planId } });
    expect(summary.outcomes.lines.map((line) => line.text)).toEqual([
      '制定及修改完善制度2项（新制定1项、修订完善1项）',
      '问责2人，其中批评教育1人、提醒谈话1人',
      '追缴、退还资金3.69万元',
      '举一反三排查问题1个、已整改0个',
    ]);
    const notice = await expectOk(cloud, OFFICE, 'dashboard.publicNotice', {});
    expect(notice.outcomes.every((line) => !line.empty)).toBe(true);
  });

  it('exports the 整改情况报告 of the demo plan with every section filled', async () => {
    const answer = await callExports(cloud, OFFICE, 'exports.situationReport', { planId, asOf: beijingDay(testNow()) });
    if (!answer.ok) throw new Error(`${answer.code}: ${answer.message}`);
    const docx = Buffer.from(await (await fetch(answer.data.url)).arrayBuffer());
    if (process.env.REPORT_OUT) {
      mkdirSync(process.env.REPORT_OUT, { recursive: true });
      writeFileSync(join(process.env.REPORT_OUT, 'demo-situation-report.docx'), docx);
    }
    const { value } = await mammoth.extractRawText({ buffer: docx });
    const paragraphs = value.split('\n').map((line) => line.trim()).filter(Boolean);
    const at = SECTIONS.map((heading) => paragraphs.indexOf(heading));
    expect(at.every((index) => index > 0)).toBe(true);
    // Every section holds something before the next heading, and the items are all there in plan order.
    at.forEach((index, n) => expect((at[n + 1] ?? paragraphs.length) - index).toBeGreaterThan(1));
    const plan = await expectOk(cloud, OFFICE, 'plans.get', { planId });
    const titles = plan.aspects.flatMap((aspect) => aspect.tasks.map((task) => task.title));
    const numbered = paragraphs.filter((line) => /^\d+\./.test(line) && titles.some((title) => line.startsWith(`${line.split('.')[0]}.${title}`)));
    expect(numbered.length).toBe(titles.length);
    expect(value).toContain('中共青山县融媒体中心党组关于巡察反馈问题整改情况的报告');
    expect(value).not.toContain('刘某');
    expect(value).not.toContain('王某');
  });
});
