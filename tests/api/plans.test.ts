import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import type { Emulator } from '../../emulator';
import type { ImportPlanInput, PreviewPlanOutput } from '../../core/actions/plans';
import { callApi, collectionSnapshot, expectOk, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID, addBoundMember, setUpUnit } from '../support/roster-fixture';

const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'plans', 'seed-plan.txt'), 'utf8');

/** What the office confirms in the preview: every name matched, created or kept as written. */
function confirmAll(preview: PreviewPlanOutput, title = '县融媒体中心党组巡察整改落实方案'): ImportPlanInput {
  const departments: ImportPlanInput['departments'] = {};
  for (const suggestion of preview.departments) {
    const exact = suggestion.match === 'exact' ? suggestion.candidates[0] : undefined;
    departments[suggestion.written] = exact ? { kind: 'department', departmentId: exact.id } : /人员|干部/.test(suggestion.written) ? { kind: 'text' } : { kind: 'create' };
  }
  const leaders: ImportPlanInput['leaders'] = {};
  for (const suggestion of preview.leaders) leaders[suggestion.written] = { kind: 'text' };
  return { title: preview.plan.title ?? title, planDate: '2026-03-15', aspects: preview.plan.aspects, departments, leaders };
}

describe('importing a rectification plan', () => {
  let cloud: Emulator;
  beforeAll(async () => {
    cloud = await startLocalCloud();
  });
  beforeEach(async () => {
    await cloud.reset();
    cloud.faults.clear();
    await setUpUnit(cloud);
    await addBoundMember(cloud, 'o-cadre', '赵干部', ['cadre']);
    await addBoundMember(cloud, 'o-secretary', '张书记', ['secretary']);
  });
  afterAll(async () => {
    await cloud.close();
  });

  it('previews the seed: 3 aspects, 13 problems, names matched against the roster', async () => {
    const preview = await expectOk(cloud, OFFICE_OPENID, 'plans.preview', { text: SEED });
    expect(preview.plan.aspects).toHaveLength(3);
    expect(preview.plan.aspects.flatMap((aspect) => aspect.problems)).toHaveLength(13);
    expect(preview.plan.warnings.length).toBeGreaterThan(0);
    const byName = Object.fromEntries(preview.departments.map((suggestion) => [suggestion.written, suggestion.match]));
    expect(byName['办公室']).toBe('exact');
    expect(byName['财务室']).toBe('exact');
    expect(byName['新媒体室']).toBe('none');
    expect(preview.alreadyImported).toBeNull();
  });

  it('says which problem and field each warning is about, so the preview can show it there', async () => {
    const preview = await expectOk(cloud, OFFICE_OPENID, 'plans.preview', { text: SEED });
    expect(preview.warningTargets).toHaveLength(preview.plan.warnings.length);
    const targetOf = (code: string, line: number) => preview.warningTargets[preview.plan.warnings.findIndex((warning) => warning.code === code && warning.line === line)];
    expect(targetOf('MISSING_LEADER', 16)).toEqual({ aspect: 0, problem: 0, field: 'leader' });
    expect(targetOf('DUPLICATE_NUMBER', 19)).toEqual({ aspect: 0, problem: 1, field: 'number' });
    expect(targetOf('MASKED_NUMBER', 71)).toEqual({ aspect: 1, problem: 6, field: 'number' });
    expect(preview.plan.aspects[1]?.problems[6]?.title).toBe('内控制度不规范');
    const empty = await expectOk(cloud, OFFICE_OPENID, 'plans.preview', { text: '这不是方案' });
    expect(empty.warningTargets).toEqual([{ aspect: null, problem: null, field: null }]);
  });

  it('previews a .docx uploaded to storage', async () => {
    const document = new Document({ sections: [{ children: ['县水利局党组巡察整改落实方案', '一、防汛工作方面', '问题1：防汛物资储备不足。', '整改措施：全面清点防汛物资。', '责任领导：马强', '责任部门：防汛办', '整改时限：2026年5月底前'].map((text) => new Paragraph(text)) }] });
    const fileID = await uploadToStorage(cloud, 'uploads/plans/水利局方案.docx', Buffer.from(await Packer.toBuffer(document)));
    const preview = await expectOk(cloud, OFFICE_OPENID, 'plans.preview', { fileID, fileName: '水利局方案.docx' });
    expect(preview.plan.title).toBe('县水利局党组巡察整改落实方案');
    expect(preview.plan.aspects[0]?.problems[0]).toMatchObject({ title: '防汛物资储备不足', leader: '马强', departments: ['防汛办'], deadline: { date: '2026-05-31' } });
  });

  it('refuses a missing file and a file that is not a plan', async () => {
    expect(await callApi(cloud, OFFICE_OPENID, 'plans.preview', { fileID: 'cloud://local-dev.x/uploads/plans/none.docx' })).toMatchObject({ ok: false, code: 'FILE_NOT_FOUND' });
    const fileID = await uploadToStorage(cloud, 'uploads/plans/scan.pdf', Buffer.from('%PDF-1.4'));
    const result = await callApi(cloud, OFFICE_OPENID, 'plans.preview', { fileID, fileName: 'scan.pdf' });
    expect(result).toMatchObject({ ok: false, code: 'PLAN_FILE_UNREADABLE' });
    expect(result.ok === false && result.message).toMatch(/\.docx/);
  });

  it('says a broken .docx is damaged, not of the wrong format', async () => {
    const fileID = await uploadToStorage(cloud, 'uploads/plans/broken.docx', Buffer.from('PK\u0003\u0004 cut off in the middle of a chat transfer'));
    const result = await callApi(cloud, OFFICE_OPENID, 'plans.preview', { fileID, fileName: '整改方案.docx' });
    expect(result).toMatchObject({ ok: false, code: 'PLAN_FILE_UNREADABLE', message: '这份 .docx 文件已损坏，无法读取：请用 Word 或 WPS 打开后重新另存为 .docx，或直接粘贴方案正文' });
  });

  it('imports the corrected plan as tracked items, creating the confirmed departments', async () => {
    const preview = await expectOk(cloud, OFFICE_OPENID, 'plans.preview', { text: SEED });
    const input = confirmAll(preview);
    const result = await expectOk(cloud, OFFICE_OPENID, 'plans.import', input);
    expect(result.taskCount).toBe(13);
    expect(result.createdDepartments).toEqual(expect.arrayContaining(['新媒体室', '播发室']));
    expect(result.createdDepartments).not.toContain('全体帮扶干部');

    const { plans } = await expectOk(cloud, 'o-cadre', 'plans.list', {});
    expect(plans).toEqual([expect.objectContaining({ id: result.planId, taskCount: 13, planDate: '2026-03-15', importedBy: '陈办公' })]);
    // The office sees every item of the plan; a cadre only their own (tests/api/duties.test.ts, finding 7).
    const plan = await expectOk(cloud, OFFICE_OPENID, 'plans.get', { planId: result.planId });
    expect(plan.aspects.map((aspect) => aspect.tasks.length)).toEqual(preview.plan.aspects.map((aspect) => aspect.problems.length));
    const tasks = plan.aspects.flatMap((aspect) => aspect.tasks);
    expect(tasks.map((task) => task.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(tasks.every((task) => task.status === 'not_started')).toBe(true);
    const stored = (await collectionSnapshot(cloud, 'tasks')) as { measures: { done: boolean }[]; departmentIds: string[]; departmentNames: string[] }[];
    expect(stored.map((task) => task.measures.length)).toEqual([4, 4, 4, 5, 2, 3, 3, 1, 2, 4, 4, 5, 3]);
    const helpers = stored.find((task) => task.departmentNames.includes('全体帮扶干部'));
    expect(helpers?.departmentIds).toEqual([]);
  });

  it('counts N个月 from the plan date and keeps written dates', async () => {
    const text = ['（一）制度建设方面', '问题1：内控制度不健全。', '整改措施：修订内控制度。', '责任部门：办公室', '整改时限：3个月内', '问题2：台账不规范。', '整改措施：规范台账。', '责任部门：财务室', '整改时限：2026年6月底前'].join('\n');
    const preview = await expectOk(cloud, OFFICE_OPENID, 'plans.preview', { text });
    const { planId } = await expectOk(cloud, OFFICE_OPENID, 'plans.import', { ...confirmAll(preview, '制度方案'), planDate: '2026-01-31' });
    const plan = await expectOk(cloud, OFFICE_OPENID, 'plans.get', { planId });
    expect(plan.aspects[0]?.tasks.map((task) => task.dueDate)).toEqual(['2026-04-30', '2026-06-30']);
  });

  it('refuses to import the same plan twice, even with other corrections', async () => {
    const preview = await expectOk(cloud, OFFICE_OPENID, 'plans.preview', { text: SEED });
    await expectOk(cloud, OFFICE_OPENID, 'plans.import', confirmAll(preview));
    const again = await expectOk(cloud, OFFICE_OPENID, 'plans.preview', { text: SEED });
    expect(again.alreadyImported).not.toBeNull();
    const before = await collectionSnapshot(cloud, 'tasks');
    expect(await callApi(cloud, OFFICE_OPENID, 'plans.import', { ...confirmAll(again), planDate: '2026-04-01' })).toMatchObject({ ok: false, code: 'PLAN_ALREADY_IMPORTED' });
    expect(await collectionSnapshot(cloud, 'tasks')).toEqual(before);
  });

  it('imports exactly once when two clerks confirm at the same moment', async () => {
    const preview = await expectOk(cloud, OFFICE_OPENID, 'plans.preview', { text: SEED });
    const results = await Promise.all([callApi(cloud, OFFICE_OPENID, 'plans.import', confirmAll(preview)), callApi(cloud, 'o-secretary', 'plans.import', confirmAll(preview))]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ code: 'PLAN_ALREADY_IMPORTED' });
    expect(await collectionSnapshot(cloud, 'tasks')).toHaveLength(13);
  });

  it('leaves no half plan when a write fails half-way', async () => {
    const preview = await expectOk(cloud, OFFICE_OPENID, 'plans.preview', { text: SEED });
    const departmentsBefore = await collectionSnapshot(cloud, 'departments');
    cloud.faults.add({ match: { action: 'database.insertDocument', collection: 'tasks' }, skip: 6, times: 1, reply: { code: 'DATABASE_REQUEST_FAILED', message: 'injected' } });
    expect(await callApi(cloud, OFFICE_OPENID, 'plans.import', confirmAll(preview))).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(await collectionSnapshot(cloud, 'tasks')).toEqual([]);
    expect(await collectionSnapshot(cloud, 'plans')).toEqual([]);
    expect(await collectionSnapshot(cloud, 'departments')).toEqual(departmentsBefore);
    cloud.faults.clear();
    expect((await expectOk(cloud, OFFICE_OPENID, 'plans.import', confirmAll(preview))).taskCount).toBe(13);
  });

  it('refuses names nobody confirmed, and names pointing nowhere, without writing', async () => {
    const preview = await expectOk(cloud, OFFICE_OPENID, 'plans.preview', { text: SEED });
    const unconfirmed = await callApi(cloud, OFFICE_OPENID, 'plans.import', { ...confirmAll(preview), departments: {} });
    expect(unconfirmed).toMatchObject({ ok: false, code: 'UNRESOLVED_NAMES', details: { departments: expect.arrayContaining(['新媒体室']) } });
    const input = confirmAll(preview);
    const badDepartment = await callApi(cloud, OFFICE_OPENID, 'plans.import', { ...input, departments: { ...input.departments, 新媒体室: { kind: 'department', departmentId: 'nope' } } });
    expect(badDepartment).toMatchObject({ ok: false, code: 'DEPARTMENT_NOT_FOUND' });
    const led = await expectOk(cloud, OFFICE_OPENID, 'plans.preview', { text: ['一、作风方面', '问题1：会议偏多。', '整改措施：精简会议。', '责任领导：李卫东', '责任部门：办公室', '整改时限：立行立改'].join('\n') });
    expect(led.leaders).toEqual([{ written: '李卫东', match: 'none', candidates: [] }]);
    expect(await callApi(cloud, OFFICE_OPENID, 'plans.import', { ...confirmAll(led, '作风'), leaders: {} })).toMatchObject({ ok: false, code: 'UNRESOLVED_NAMES', details: { leaders: ['李卫东'] } });
    const badLeader = await callApi(cloud, OFFICE_OPENID, 'plans.import', { ...confirmAll(led, '作风'), leaders: { 李卫东: { kind: 'member', memberId: 'nope' } } });
    expect(badLeader).toMatchObject({ ok: false, code: 'MEMBER_NOT_FOUND' });
    const cadre = (await expectOk(cloud, OFFICE_OPENID, 'roster.listMembers', {})).members.find((member) => member.name === '赵干部');
    const notALeader = await callApi(cloud, OFFICE_OPENID, 'plans.import', { ...confirmAll(led, '作风'), leaders: { 李卫东: { kind: 'member', memberId: cadre?.id } } });
    expect(notALeader).toMatchObject({ ok: false, code: 'NOT_A_LEADER' });
    expect(await collectionSnapshot(cloud, 'tasks')).toEqual([]);
  });

  it('imports each measure with its own 责任人 and 时限, the owner matched to the roster and made an owner of the item', async () => {
    const text = [
      '一、作风方面',
      '问题1：会议偏多。',
      '整改措施：（1）精简会议（责任人：赵干部，完成时限：2026年6月底前）；（2）控制发文（责任人：孙会计）。',
      '责任领导：张书记（党组书记）',
      '责任部门：办公室',
      '整改时限：年底前',
    ].join('\n');
    const preview = await expectOk(cloud, OFFICE_OPENID, 'plans.preview', { text, planDate: '2026-03-15' });
    const cadre = await expectOk(cloud, OFFICE_OPENID, 'roster.listMembers', {}).then(({ members }) => members.find((member) => member.name === '赵干部'));
    expect(preview.owners).toEqual([
      { written: '赵干部', match: 'exact', candidates: [{ id: cadre?.id, name: '赵干部' }] },
      { written: '孙会计', match: 'none', candidates: [] },
    ]);
    expect(preview.leaders).toEqual([expect.objectContaining({ written: '张书记', match: 'exact' })]);
    const input = { ...confirmAll(preview, '作风'), owners: { 孙会计: { kind: 'text' as const } } };

    const unconfirmed = await callApi(cloud, OFFICE_OPENID, 'plans.import', { ...input, owners: {} });
    expect(unconfirmed).toMatchObject({ ok: false, code: 'UNRESOLVED_NAMES', details: { owners: ['孙会计'] } });
    const nowhere = await callApi(cloud, OFFICE_OPENID, 'plans.import', { ...input, owners: { 孙会计: { kind: 'member', memberId: 'nope' } } });
    expect(nowhere).toMatchObject({ ok: false, code: 'MEMBER_NOT_FOUND' });
    expect(await collectionSnapshot(cloud, 'tasks')).toEqual([]);

    await expectOk(cloud, OFFICE_OPENID, 'plans.import', input);
    const [task] = (await collectionSnapshot(cloud, 'tasks')) as Array<{ measures: unknown[]; assigneeIds: string[] }>;
    expect(task?.measures).toEqual([
      { id: 'm1', text: '精简会议', done: false, note: null, owner: { id: cadre?.id, name: '赵干部' }, dueDate: '2026-06-30' },
      { id: 'm2', text: '控制发文', done: false, note: null, owner: { id: null, name: '孙会计' } },
    ]);
    expect(task?.assigneeIds).toEqual([cadre?.id]);
  });

  it('refuses malformed input with VALIDATION_FAILED', async () => {
    const preview = await expectOk(cloud, OFFICE_OPENID, 'plans.preview', { text: SEED });
    const input = confirmAll(preview);
    for (const bad of [
      { ...input, planDate: '2026-02-30' },
      { ...input, aspects: [] },
      { ...input, title: '' },
      { ...input, aspects: [{ title: '方面', problems: [] }] },
      { ...input, departments: { 办公室: { kind: 'magic' } } },
    ]) {
      expect(await callApi(cloud, OFFICE_OPENID, 'plans.import', bad)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    }
    for (const bad of [{}, { text: '' }, { text: 'x', fileID: 'cloud://a' }, { fileID: 'http://evil' }]) {
      expect(await callApi(cloud, OFFICE_OPENID, 'plans.preview', bad)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    }
    expect(await callApi(cloud, OFFICE_OPENID, 'plans.get', { planId: 'missing' })).toMatchObject({ ok: false, code: 'PLAN_NOT_FOUND' });
  });

  it('lets only the office and the secretary preview and import', async () => {
    expect(await callApi(cloud, 'o-cadre', 'plans.preview', { text: SEED })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const preview = await expectOk(cloud, 'o-secretary', 'plans.preview', { text: SEED });
    expect(await callApi(cloud, 'o-cadre', 'plans.import', confirmAll(preview))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, 'o-stranger', 'plans.list', {})).toMatchObject({ ok: false, code: 'NOT_BOUND' });
  });
});

/** Uploads through the real SDK, as the mini-program's wx.cloud.uploadFile would. */
async function uploadToStorage(cloud: Emulator, cloudPath: string, bytes: Buffer): Promise<string> {
  Object.assign(process.env, cloud.sdkEnv());
  const sdk = require('wx-server-sdk') as typeof import('wx-server-sdk');
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string });
  const { fileID } = (await sdk.uploadFile({ cloudPath, fileContent: bytes })) as { fileID: string };
  return fileID;
}
