import mammoth from 'mammoth';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Emulator } from '../../emulator';
import { chineseDate } from '../../core/time';
import { callApi, callExports, collectionSnapshot, expectOk, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { dayFromToday, importItems, setUpPeople, today, uploadEvidence } from '../support/task-fixture';
import { ACCOUNTABLE_NAME, outcomesOfEachKind, recordAndConfirm } from '../support/outcome-fixture';

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** The document's paragraphs as a reader sees them, empty lines left out. */
async function paragraphsOf(docx: Buffer): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: docx });
  return value.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}

describe('exports.situationReport (整改情况报告 to 县委巡察办, per plan, as of a day)', () => {
  let cloud: Emulator;
  let planId: string;
  let ids: string[];
  let titles: string[];

  beforeAll(async () => {
    cloud = await startLocalCloud();
    const unit = await setUpPeople(cloud);
    ({ planId, ids } = await importItems(cloud, unit, [
      { title: '项目资金结余未上缴', leader: 'leader', departments: ['总编室'], measures: ['一是清理结余资金', '二是建立资金管理制度'], aspect: 0 },
      { title: '公务接待不规范', leader: 'leader', departments: ['总编室'], measures: ['一是修订接待规定', '二是开展专项检查'], aspect: 0 },
      { title: '干部培训不足', leader: 'leader2', departments: ['财务室'], measures: ['一是制定培训计划'], due: -3, aspect: 1 },
    ]));
    const plan = await expectOk(cloud, OFFICE_OPENID, 'plans.get', { planId });
    titles = ids.map((id) => plan.aspects.flatMap((aspect) => aspect.tasks).find((task) => task.id === id)?.title as string);
    const [closed, running] = ids as [string, string];
    await recordAndConfirm(cloud, 'o-cadre', 'o-leader', closed, await outcomesOfEachKind(cloud, closed));
    for (const measureId of (await expectOk(cloud, OFFICE_OPENID, 'tasks.get', { taskId: closed })).task.measures.map((measure) => measure.id)) {
      await expectOk(cloud, 'o-cadre', 'tasks.markMeasure', { taskId: closed, measureId, done: true, note: null });
    }
    const version = async (taskId: string) => (await expectOk(cloud, OFFICE_OPENID, 'tasks.get', { taskId })).task.version;
    await expectOk(cloud, 'o-cadre', 'closure.apply', { taskId: closed, version: await version(closed), summary: '结余资金已全额上缴，资金管理制度已印发', fileIDs: [await uploadEvidence(cloud, closed, '缴款书.pdf')] });
    await expectOk(cloud, 'o-leader', 'closure.review', { taskId: closed, version: await version(closed), decision: 'pass', opinion: '同意' });
    await expectOk(cloud, 'o-secretary', 'closure.signOff', { taskId: closed, version: await version(closed), decision: 'pass', opinion: '同意销号' });
    // The 举一反三 problem is a child item now: its owner marks its first measure done there.
    const [followUp] = (await expectOk(cloud, OFFICE_OPENID, 'outcomes.list', { planId, kind: 'followUp' })).outcomes;
    const childId = followUp?.kind === 'followUp' ? followUp.child?.taskId : undefined;
    const childMeasure = (await expectOk(cloud, 'o-cadre', 'tasks.get', { taskId: childId })).task.measures[0]?.id;
    await expectOk(cloud, 'o-cadre', 'tasks.markMeasure', { taskId: childId, measureId: childMeasure, done: true, note: null });
    const firstMeasure = (await expectOk(cloud, OFFICE_OPENID, 'tasks.get', { taskId: running })).task.measures[0]?.id;
    await expectOk(cloud, 'o-cadre', 'tasks.markMeasure', { taskId: running, measureId: firstMeasure, done: true, note: '已印发新规定' });
    await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId: running, text: '接待规定已修订，专项检查正在进行' });
    await expectOk(cloud, OFFICE_OPENID, 'reports.saveTexts', {
      planId,
      texts: {
        recipient: '县委巡察办',
        opening: '',
        items: [{ taskId: closed, effect: '结余资金全部上缴财政，资金管理实现制度化。', nextStep: '每季度开展一次资金清理“回头看”。' }],
        nextPlans: ['对未完成问题挂图作战，确保年底前全部完成。'],
      },
    });
  }, 120_000);
  afterAll(async () => {
    await cloud.close();
  });

  it('writes every section, paragraph by paragraph, with the computed figures and no name from 问责', async () => {
    const answer = await callExports(cloud, 'o-secretary', 'exports.situationReport', { planId, asOf: today() });
    if (!answer.ok) throw new Error(`${answer.code}: ${answer.message}`);
    expect(answer.data.items).toEqual({ total: 3, done: 1, inProgress: 1, notStarted: 1, overdue: 1, longTerm: 0, rate: 33.3 });
    expect(answer.data.outcomes.rules.total).toBe(2);
    const docx = await download(answer.data.url);
    if (process.env.REPORT_OUT) {
      mkdirSync(process.env.REPORT_OUT, { recursive: true });
      writeFileSync(join(process.env.REPORT_OUT, 'situation-report.docx'), docx);
    }
    const paragraphs = await paragraphsOf(docx);
    const plan = (await expectOk(cloud, OFFICE_OPENID, 'plans.get', { planId })).plan.title;
    const day = chineseDate(today());
    const [closed, running, late] = titles as [string, string, string];
    expect(paragraphs).toEqual([
      '中共测试单位党组关于巡察反馈问题整改情况的报告',
      '县委巡察办：',
      `按照县委巡察组反馈意见，测试单位党组高度重视，制定了《${plan}》，逐项明确整改措施、责任领导、责任部门和整改时限，扎实推进整改落实。现将截至${day}的整改情况报告如下。`,
      '一、总体情况',
      `《${plan}》共明确整改问题3个、整改措施5条。截至${day}，已完成整改1个，正在整改1个，尚未启动1个，超期未完成1个，整改完成率33.3%。`,
      '通过整改，制定及修改完善制度2项（新制定1项、修订完善1项）；问责1人，其中诫勉1人，移交纪检监察机关问题线索1件；追缴资金1.23万元，落实整改资金2万元；举一反三排查问题1个、已整改0个。',
      '二、逐项整改情况',
      '（一）制度建设方面',
      `1.${closed}（已完成整改）`,
      '整改措施：一是清理结余资金（已完成）；二是建立资金管理制度（已完成）。',
      '整改成效：结余资金全部上缴财政，资金管理实现制度化。',
      '整改成果：制定及修改完善《专项资金管理办法》《公务接待管理规定》等制度2项；诫勉1人、移交纪检监察机关问题线索1件；追缴资金12345.67元；落实整改资金20000.00元；举一反三排查问题1个、已整改0个。',
      '举一反三：发现“下属站点同样存在结余资金未上缴”问题，一是全面清查下属站点账户（已完成）；二是结余资金全额上缴（未完成）。',
      '存在问题：无。',
      '下一步：每季度开展一次资金清理“回头看”。',
      `2.${running}（正在整改）`,
      '整改措施：一是修订接待规定（已完成，已印发新规定）；二是开展专项检查（未完成）。',
      '整改成效：接待规定已修订，专项检查正在进行。',
      '存在问题：第二项整改措施尚未完成。',
      '下一步：对照整改措施逐项推进，确保按时限完成整改。',
      '（二）作风建设方面',
      `3.${late}（正在整改）`,
      '整改措施：一是制定培训计划（未完成）。',
      '整改成效：正在整改，成效待显现。',
      '存在问题：第一项整改措施尚未完成。',
      '下一步：对照整改措施逐项推进，确保按时限完成整改。',
      '三、问责情况',
      '问责1人，其中诫勉1人，移交纪检监察机关问题线索1件。',
      `${chineseDate(dayFromToday(-8))}，中心党组就“${closed}”问题给予相关责任人诫勉。`,
      `${chineseDate(dayFromToday(-7))}，中心党组就“${closed}”问题将相关问题线索移交纪检监察机关。`,
      '四、建章立制情况',
      '制定及修改完善制度2项（新制定1项、修订完善1项）。',
      `1.《专项资金管理办法》（测发〔2026〕12号，${chineseDate(dayFromToday(-10))}印发，新制定）。`,
      `2.《公务接待管理规定》（${chineseDate(dayFromToday(-5))}印发，修订完善）。`,
      '五、资金追缴和整改落实情况',
      '追缴资金1.23万元，落实整改资金2万元。',
      `${chineseDate(dayFromToday(-6))}，针对“${closed}”问题，追缴资金12345.67元（1.23万元）。`,
      `${chineseDate(dayFromToday(-4))}，针对“${closed}”问题，落实整改资金20000.00元（2万元）。`,
      '六、下一步打算',
      '对未完成问题挂图作战，确保年底前全部完成。',
      '特此报告。',
      '中共测试单位党组',
      day,
    ]);
    expect(paragraphs.join('\n')).not.toContain(ACCOUNTABLE_NAME);
  });

  it('keeps the office’s paragraphs per plan and answers them back', async () => {
    const { texts, savedAt } = await expectOk(cloud, 'o-secretary', 'reports.getTexts', { planId });
    expect(texts.nextPlans).toEqual(['对未完成问题挂图作战，确保年底前全部完成。']);
    expect(savedAt).not.toBeNull();
  });

  it('refuses what is not the office’s to write or export, leaving the texts as they were', async () => {
    const before = await collectionSnapshot(cloud, 'report_texts');
    const texts = { recipient: '县委巡察办', opening: '', items: [], nextPlans: [] };
    expect(await callApi(cloud, 'o-secretary', 'reports.saveTexts', { planId, texts })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, 'o-cadre', 'reports.getTexts', { planId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, OFFICE_OPENID, 'reports.saveTexts', { planId: 'no-such-plan', texts })).toMatchObject({ ok: false, code: 'PLAN_NOT_FOUND' });
    expect(await callApi(cloud, OFFICE_OPENID, 'reports.saveTexts', { planId, texts: { ...texts, items: [{ taskId: 'not-in-plan', effect: '', nextStep: '' }] } })).toMatchObject({ ok: false, code: 'TASK_NOT_FOUND' });
    const twice = [{ taskId: ids[0], effect: 'a', nextStep: '' }, { taskId: ids[0], effect: 'b', nextStep: '' }];
    expect(await callApi(cloud, OFFICE_OPENID, 'reports.saveTexts', { planId, texts: { ...texts, items: twice } })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callApi(cloud, OFFICE_OPENID, 'reports.saveTexts', { planId, texts: { ...texts, recipient: '' } })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await collectionSnapshot(cloud, 'report_texts')).toEqual(before);
    expect(await callExports(cloud, 'o-cadre', 'exports.situationReport', { planId, asOf: today() })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callExports(cloud, OFFICE_OPENID, 'exports.situationReport', { planId, asOf: dayFromToday(1) })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callExports(cloud, OFFICE_OPENID, 'exports.situationReport', { planId: 'no-such-plan', asOf: today() })).toMatchObject({ ok: false, code: 'PLAN_NOT_FOUND' });
  });

  it('counts an outcome only from the day it was confirmed: a report as of last month has none', async () => {
    const answer = await callExports(cloud, OFFICE_OPENID, 'exports.situationReport', { planId, asOf: dayFromToday(-30) });
    if (!answer.ok) throw new Error(answer.code);
    expect(answer.data.outcomes.rules.total).toBe(0);
    expect(answer.data.outcomes.accountability.people).toBe(0);
  });
});
