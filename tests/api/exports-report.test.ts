import mammoth from 'mammoth';
import type { Emulator } from '../../emulator';
import { addMonthsToMonth, chineseMonth, monthOf } from '../../core/dashboard/months';
import { beijingDay, chineseDate } from '../../core/time';
import { callApi, callExports, expectOk, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { arrangeTask, dayFromToday, importItems, setUpPeople, uploadEvidence } from '../support/task-fixture';
import type { ItemSpec, Unit } from '../support/task-fixture';
import { readZip } from '../support/zip';
import { testNow } from '../support/test-clock';

const ITEMS: ItemSpec[] = [
  { title: '项目资金结余未上缴财政', leader: 'leader', departments: ['总编室'], due: 20 },
  { title: '资产管理不严格', leader: 'leader', departments: ['总编室'], due: -4 },
  { title: '财务核算不规范', leader: 'leader2', departments: ['财务室'], due: 400 },
  { title: '内控制度不规范', leader: 'leader2', departments: ['财务室'], due: 500 },
];

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

async function reportOf(cloud: Emulator, month: string) {
  const answer = await callExports(cloud, OFFICE_OPENID, 'exports.monthlyReport', { month });
  if (!answer.ok) throw new Error(`${answer.code}: ${answer.message}`);
  const docx = await download(answer.data.url);
  const { value } = await mammoth.extractRawText({ buffer: docx });
  return { answer: answer.data, docx, text: value };
}

describe('exports.monthlyReport (.docx draft of the month’s 整改进展情况报告)', () => {
  let cloud: Emulator;
  let unit: Unit;
  let ids: string[];
  const month = monthOf(testNow());
  const version = async (taskId: string) => (await expectOk(cloud, OFFICE_OPENID, 'tasks.get', { taskId })).task.version;

  beforeAll(async () => {
    cloud = await startLocalCloud();
    unit = await setUpPeople(cloud);
    ({ ids } = await importItems(cloud, unit, ITEMS));
    // Imported long ago, so last month's report has them too.
    const longAgo = new Date(testNow().getTime() - 120 * 86400_000);
    for (const id of ids) await arrangeTask(cloud, id, { createdAt: longAgo });
    const [closing, late] = ids as [string, string];
    // This month: progress, 销号 applied, passed and signed off on the first item.
    await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId: closing, text: '已将结余资金全额上缴县财政' });
    await expectOk(cloud, 'o-cadre', 'closure.apply', { taskId: closing, version: await version(closing), summary: '结余资金已上缴', fileIDs: [await uploadEvidence(cloud, closing, '缴款书.pdf')] });
    await expectOk(cloud, 'o-leader', 'closure.review', { taskId: closing, version: await version(closing), decision: 'pass', opinion: '同意' });
    await expectOk(cloud, 'o-secretary', 'closure.signOff', { taskId: closing, version: await version(closing), decision: 'pass', opinion: '同意销号' });
    // The late one: a post and an extension asked for.
    await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId: late, text: '已完成资产清查，正在办理划拨手续' });
    await expectOk(cloud, 'o-cadre', 'tasks.requestExtension', { taskId: late, version: await version(late), reason: '划拨手续需县财政局审批', newDate: dayFromToday(30) });
  }, 60_000);
  afterAll(async () => {
    await cloud.close();
  });

  it('writes this month’s report: figures, what was done per item, what is late and why, next steps', async () => {
    const { answer, text } = await reportOf(cloud, month);
    if (process.env.SHOW_REPORT) process.stdout.write(`${text}\n`);
    const [year, number] = month.split('-');
    expect(answer.fileName).toBe(`整改进展情况报告-${year}年${Number(number)}月.docx`);
    expect(answer.fileID).toMatch(/\/exports\/reports\/\d{6}\/\d+-[0-9a-f]{12}\.docx$/);
    expect(answer.figures).toMatchObject({ total: 4, done: 1, longTerm: 0, inProgress: 1, notStarted: 2, overdue: 1, rate: 25, postsThisMonth: 2, itemsWithPosts: 2, appliedThisMonth: 1, closedThisMonth: 1 });
    expect(text).toContain('测试单位关于巡察反馈问题整改进展情况的报告');
    expect(text).toContain(`（${chineseMonth(month)}）`);
    for (const heading of ['一、总体进展情况', '二、本月整改工作开展情况', '三、存在的问题及原因', '四、下一步工作安排']) expect(text).toContain(heading);
    expect(text).toContain(`截至${chineseDate(beijingDay(testNow()))}，巡察整改落实方案共明确整改问题4个`);
    expect(text).toContain('整改完成率25%');
    expect(text).toContain('已将结余资金全额上缴县财政');
    expect(text).toContain('经领导小组组长审定销号');
    expect(text).toMatch(/“资产管理不严格（[^”]+）”（责任部门：总编室；责任领导：李领导），整改时限为[^，]+，已逾期4天/);
    expect(text).toContain(`已申请延期至${chineseDate(dayFromToday(30))}，理由：划拨手续需县财政局审批。`);
    expect(text).toContain('最新进展');
    expect(text).toContain('已完成资产清查，正在办理划拨手续');
    expect(text).toContain('测试单位');
  });

  it('sets the document in government style: 方正小标宋 title, 黑体 and 楷体 headings, 仿宋 body, page numbers', async () => {
    const { docx } = await reportOf(cloud, month);
    const zip = readZip(docx);
    const body = zip.get('word/document.xml')?.toString('utf8') ?? '';
    for (const font of ['方正小标宋简体', '黑体', '楷体_GB2312', '仿宋_GB2312']) expect(body).toContain(`w:eastAsia="${font}"`);
    expect(body).toMatch(/w:line="560" w:lineRule="exact"/);
    expect(body).toContain('w:firstLine="640"');
    const footers = [...zip.entries()].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, bytes]) => bytes.toString('utf8')).join('');
    expect(footers).toContain('PAGE');
  });

  it('writes last month as it stood at the month’s end: this month’s 销号 rolled back, this month’s posts left out', async () => {
    const previous = addMonthsToMonth(month, -1);
    const { answer, text } = await reportOf(cloud, previous);
    expect(answer.figures).toMatchObject({ total: 4, done: 0, longTerm: 0, notStarted: 4, inProgress: 0, overdue: 0, postsThisMonth: 0, appliedThisMonth: 0, closedThisMonth: 0 });
    expect(text).toContain(`（${chineseMonth(previous)}）`);
    expect(text).toContain('各整改问题均未报送整改进展');
    expect(text).not.toContain('已将结余资金全额上缴县财政');
  });

  it('refuses a month not yet begun, a malformed month, and anyone but the office and the secretary', async () => {
    expect(await callExports(cloud, OFFICE_OPENID, 'exports.monthlyReport', { month: addMonthsToMonth(month, 1) })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callExports(cloud, OFFICE_OPENID, 'exports.monthlyReport', { month: '2026-13' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callExports(cloud, 'o-leader', 'exports.monthlyReport', { month })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callExports(cloud, 'o-cadre', 'exports.monthlyReport', { month })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callExports(cloud, 'o-secretary', 'exports.monthlyReport', { month })).toMatchObject({ ok: true });
    expect(await callApi(cloud, OFFICE_OPENID, 'exports.monthlyReport', { month })).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
  });
});
