import mammoth from 'mammoth';
import type { Emulator } from '../../emulator';
import { addDays } from '../../core/dashboard/months';
import { beijingDay, chineseDate } from '../../core/time';
import { callApi, callExports, collectionSnapshot, expectOk, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { arrangeTask, importItems, setUpPeople } from '../support/task-fixture';
import type { ItemSpec, Unit } from '../support/task-fixture';
import { testNow } from '../support/test-clock';

const ITEMS: ItemSpec[] = [
  { title: '服务群众方面存在短板', leader: 'leader', departments: ['总编室'], due: 30, aspect: 0 },
  { title: '个别干部心得体会雷同', leader: 'leader', departments: ['办公室'], due: 10, aspect: 1 },
  { title: '项目资金结余未上缴财政', leader: 'leader2', departments: ['财务室'], due: 20, aspect: 1 },
  { title: '约谈工作流于形式', leader: 'secretary', departments: ['办公室'], due: null, longTerm: true, aspect: 2 },
];

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

const titled = (items: { title: string }[], words: string) => items.some((item) => item.title.startsWith(words));

describe('公示: the published summary, and items the office keeps internal', () => {
  let cloud: Emulator;
  let unit: Unit;
  let ids: string[];
  beforeAll(async () => {
    cloud = await startLocalCloud();
    unit = await setUpPeople(cloud);
    ({ ids } = await importItems(cloud, unit, ITEMS));
    await arrangeTask(cloud, ids[2] as string, { status: 'closed', closedAt: new Date('2026-04-02T03:00:00Z') });
    await arrangeTask(cloud, ids[3] as string, { status: 'long_term', closedAt: new Date('2026-03-01T03:00:00Z') });
  }, 60_000);
  afterAll(async () => {
    await cloud.close();
  });

  it('lets only the office mark an item internal; the item’s version stays, the change is audited', async () => {
    const before = await expectOk(cloud, OFFICE_OPENID, 'tasks.get', { taskId: ids[1] });
    for (const openid of ['o-secretary', 'o-leader', 'o-cadre']) {
      expect(await callApi(cloud, openid, 'tasks.setInternal', { taskId: ids[1], internal: true })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await callApi(cloud, OFFICE_OPENID, 'tasks.setInternal', { taskId: 'no-such-item', internal: true })).toMatchObject({ ok: false, code: 'TASK_NOT_FOUND' });
    expect(await callApi(cloud, OFFICE_OPENID, 'tasks.setInternal', { taskId: ids[1] })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await expectOk(cloud, OFFICE_OPENID, 'tasks.setInternal', { taskId: ids[1], internal: true })).toEqual({ taskId: ids[1], internal: true });
    const after = await expectOk(cloud, OFFICE_OPENID, 'tasks.get', { taskId: ids[1] });
    expect(after.task.version).toBe(before.task.version);
    const audit = (await collectionSnapshot(cloud, 'audit')) as { action: string; entityId: string; actorId: string; after: unknown }[];
    expect(audit.filter((entry) => entry.action === 'tasks.setInternal')).toEqual([expect.objectContaining({ entityId: ids[1], actorId: unit.people.office.id, after: { internal: true } })]);
    // Marking it again changes nothing and records nothing.
    await expectOk(cloud, OFFICE_OPENID, 'tasks.setInternal', { taskId: ids[1], internal: true });
    expect(((await collectionSnapshot(cloud, 'audit')) as { action: string }[]).filter((entry) => entry.action === 'tasks.setInternal')).toHaveLength(1);
  });

  it('shows every member the published items, numbered in plan order, without the internal one', async () => {
    const notice = await expectOk(cloud, 'o-outsider', 'dashboard.publicNotice', {});
    expect(notice.unitName).toBe('测试单位');
    expect(notice.items.map((item) => item.seq)).toEqual([1, 2, 3]);
    expect(titled(notice.items, '个别干部心得体会雷同')).toBe(false);
    expect(notice.items.map((item) => [item.title.replace(/（.*$/, ''), item.publicStatus])).toEqual([
      ['服务群众方面存在短板', '正在整改'],
      ['项目资金结余未上缴财政', '已完成'],
      ['约谈工作流于形式', '已完成，长期坚持'],
    ]);
    expect(notice.items[1]?.closedOn).toBe('2026-04-02');
    expect(notice.totals).toMatchObject({ total: 3, done: 2, longTerm: 1, inProgress: 0, notStarted: 1, rate: 66.7 });
    expect(notice.internal).toBeNull();
    const office = await expectOk(cloud, OFFICE_OPENID, 'dashboard.publicNotice', {});
    expect(office.items).toEqual(notice.items);
    expect(office.internal?.map((item) => item.id)).toEqual([ids[1]]);
  });

  it('exports the 公示 as a .docx without the internal item, with the figures and the 公示期', async () => {
    const answer = await callExports(cloud, OFFICE_OPENID, 'exports.publicNotice', {});
    if (!answer.ok) throw new Error(`${answer.code}: ${answer.message}`);
    expect(answer.data).toMatchObject({ items: 3, fileName: `巡察整改落实情况公示-${beijingDay(testNow()).replace(/-/g, '')}.docx` });
    expect(answer.data.fileID).toMatch(/\/exports\/notices\/\d{6}\/\d+-[0-9a-f]{12}\.docx$/);
    const { value: text } = await mammoth.extractRawText({ buffer: await download(answer.data.url) });
    expect(text).toContain('测试单位关于巡察整改落实情况的公示');
    expect(text).toContain('明确整改问题3个');
    expect(text).toContain('整改完成率66.7%');
    for (const title of ['服务群众方面存在短板', '项目资金结余未上缴财政', '约谈工作流于形式']) expect(text).toContain(title);
    expect(text).not.toContain('个别干部心得体会雷同');
    expect(text).toContain('已完成（2026年4月2日）');
    expect(text).toContain('一、制度建设方面');
    const today = beijingDay(testNow());
    expect(text).toContain(`公示期：${chineseDate(today)}至${chineseDate(addDays(today, 6))}`);
  });

  it('puts an item back into the 公示 when the office marks it public again', async () => {
    await expectOk(cloud, OFFICE_OPENID, 'tasks.setInternal', { taskId: ids[1], internal: false });
    const notice = await expectOk(cloud, 'o-cadre', 'dashboard.publicNotice', {});
    expect(notice.items).toHaveLength(4);
    expect(titled(notice.items, '个别干部心得体会雷同')).toBe(true);
  });

  it('lets only the office and the secretary export the 公示', async () => {
    expect(await callExports(cloud, 'o-leader', 'exports.publicNotice', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callExports(cloud, 'o-cadre', 'exports.publicNotice', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callExports(cloud, 'o-secretary', 'exports.publicNotice', {})).toMatchObject({ ok: true });
  });
});
