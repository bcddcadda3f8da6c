import ExcelJS from 'exceljs';
import type { Emulator } from '../../emulator';
import type { ApiResult } from '../../core/result';
import { callApi, callExports, collectionSnapshot, expectOk, sdkDatabase, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { arrangeTask, importItem, planInput, setUpPeople, today, uploadEvidence } from '../support/task-fixture';
import { interviewAt, setUpInterviewCast } from '../support/interview-fixture';
import { readZip } from '../support/zip';

/**
 * Finding 6 of issue 13: one post holding what Word pastes (\v for a manual line break), NUL, BEL, U+FFFE, a bidi
 * override or half a surrogate pair made the 台账, 月报 and 约谈 documents malformed for good. Every action takes such
 * text; every export must still open.
 */
const HOSTILE = 'A\u000bB\u0000C\u0007D\ufffeE\u202eF\ud800G\u200bH';
// What XML 1.0 cannot carry; Word refuses a document holding any of it.
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/; // eslint-disable-line no-control-regex

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** Every XML part of the .docx/.xlsx is free of characters XML cannot carry; answers the parts' text. */
async function openExport(answer: ApiResult<{ url: string }>): Promise<{ bytes: Buffer; xml: string }> {
  if (!answer.ok) throw new Error(`${answer.code}: ${answer.message}`);
  const bytes = await download(answer.data.url);
  const parts = [...readZip(bytes)].filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'));
  expect(parts.length).toBeGreaterThan(0);
  for (const [name, part] of parts) expect([name, NOT_IN_XML.test(part.toString('utf8'))]).toEqual([name, false]);
  return { bytes, xml: parts.map(([, part]) => part.toString('utf8')).join('\n') };
}

describe('hostile text through every action and every export', () => {
  let cloud: Emulator;
  beforeAll(async () => {
    cloud = await startLocalCloud();
  });
  afterAll(async () => {
    await cloud.close();
  });

  it('cleans names at the edge: invisible and control characters do not make a second 财务室', async () => {
    await cloud.reset();
    await setUpPeople(cloud);
    for (const name of ['财\u200b务室', '财务\u202e室', '\ufeff财务室', '财务室\u0000', '财\u0007务室']) {
      expect(await callApi(cloud, OFFICE_OPENID, 'roster.upsertDepartment', { name })).toMatchObject({ ok: false, code: 'DUPLICATE_NAME' });
    }
    const { member } = await expectOk(cloud, OFFICE_OPENID, 'roster.upsertMember', { name: '孙\u200d\u0000丽\u0007', roles: ['cadre'] });
    expect(member.name).toBe('孙丽');
  });

  it('states a limit instead of cutting: 进展情况最多 2000 字，已输入 10000 字', async () => {
    await cloud.reset();
    const unit = await setUpPeople(cloud);
    const taskId = await importItem(cloud, unit);
    const before = await collectionSnapshot(cloud, 'progress');
    const result = await callApi(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '字'.repeat(10000) });
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', message: expect.stringContaining('进展情况最多 2000 字，已输入 10000 字') });
    expect(await collectionSnapshot(cloud, 'progress')).toEqual(before);
  });

  it('keeps the 台账 .xlsx, 月报 .docx and 公示 .docx readable after hostile text in every item action', async () => {
    await cloud.reset();
    const unit = await setUpPeople(cloud);
    const input = planInput(unit, [{ measures: [`措施${HOSTILE}`] }]);
    const problem = input.aspects[0]?.problems[0];
    if (!problem) throw new Error('no problem in the plan');
    Object.assign(problem, { title: `资金管理${HOSTILE}`, target: `目标${HOSTILE}`, manifestations: [`表现${HOSTILE}`] });
    const { planId } = await expectOk(cloud, OFFICE_OPENID, 'plans.import', { ...input, title: `方案${HOSTILE}` });
    const taskId = (await expectOk(cloud, OFFICE_OPENID, 'plans.get', { planId })).aspects[0]?.tasks[0]?.id as string;
    await expectOk(cloud, OFFICE_OPENID, 'roster.upsertDepartment', { name: `新部门${HOSTILE}` });
    let view = await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: `进展${HOSTILE}` });
    expect(view.timeline.some((entry) => JSON.stringify(entry).includes('进展A\\nBCDEFG'))).toBe(true);
    view = await expectOk(cloud, 'o-leader', 'tasks.comment', { taskId, text: `意见${HOSTILE}` });
    view = await expectOk(cloud, 'o-cadre', 'tasks.requestExtension', { taskId, version: view.task.version, reason: `理由${HOSTILE}`, newDate: '2099-12-31' });
    view = await expectOk(cloud, 'o-secretary', 'tasks.decideExtension', { taskId, version: view.task.version, decision: 'refuse', opinion: `不同意${HOSTILE}` });
    const fileID = await uploadEvidence(cloud, taskId, '报告.pdf');
    view = await expectOk(cloud, 'o-cadre', 'closure.apply', { taskId, version: view.task.version, summary: `完成${HOSTILE}`, fileIDs: [fileID], fileNames: [`报告${HOSTILE}.pdf`] });
    await expectOk(cloud, 'o-leader', 'closure.review', { taskId, version: view.task.version, decision: 'return', opinion: `补充${HOSTILE}` });
    // Text stored before the schemas cleaned it: the export writers strip it as a second line of defence.
    await arrangeTask(cloud, taskId, { target: `目标${HOSTILE}` });
    await sdkDatabase(cloud).collection('progress').add({ data: { taskId, authorId: unit.people.cadre.id, text: `旧进展${HOSTILE}`, fileIDs: [], fileNames: null, createdAt: new Date(`${today()}T04:00:00Z`), editedAt: null } });

    const ledger = await openExport(await callExports(cloud, OFFICE_OPENID, 'exports.ledger', {}));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(ledger.bytes as unknown as ArrayBuffer);
    expect(JSON.stringify(workbook.worksheets[0]?.getSheetValues())).toContain('资金管理A\\nBCDEFG');
    const report = await openExport(await callExports(cloud, OFFICE_OPENID, 'exports.monthlyReport', { month: today().slice(0, 7) }));
    expect(report.xml).toContain('资金管理');
    await openExport(await callExports(cloud, OFFICE_OPENID, 'exports.publicNotice', {}));
  });

  it('keeps the 约谈 .docx readable after hostile text in the proposal, the record, the opinions and the feedback', async () => {
    await cloud.reset();
    const cast = await setUpInterviewCast(cloud);
    const interview = await interviewAt(cloud, cast, 'filed', { place: `会议室${HOSTILE}`, reason: `事由${HOSTILE}`, source: { type: 'text', text: `来源${HOSTILE}` } });
    await expectOk(cloud, cast.subject.openid, 'interviews.feedback', { interviewId: interview.id, text: `反馈${HOSTILE}` });
    const { xml } = await openExport(await callExports(cloud, OFFICE_OPENID, 'exports.interview', { interviewId: interview.id }));
    expect(xml).toContain('会议室A');
  });
});
