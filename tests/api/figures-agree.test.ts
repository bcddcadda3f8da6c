import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { Emulator } from '../../emulator';
import { monthOf } from '../../core/dashboard/months';
import { COUNT_KEYS } from '../../core/figures/figures';
import type { Figures } from '../../core/figures/figures';
import { chineseDate } from '../../core/time';
import { callApi, callExports, expectOk, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { arrangeTask, dayFromToday, importItems, setUpPeople, today } from '../support/task-fixture';
import type { ItemSpec } from '../support/task-fixture';
import { testNow } from '../support/test-clock';

// One item in every status and every deadline colour, as they stand at the test clock's instant.
const ITEMS: (ItemSpec & { title: string; arrange?: Record<string, unknown> })[] = [
  { title: '未开始已超期', due: -5 },
  { title: '未开始临期', due: 3 },
  { title: '未开始无时限', due: null },
  { title: '整改中已超期', due: -2, arrange: { status: 'in_progress' } },
  { title: '整改中正常', due: 40, arrange: { status: 'in_progress' } },
  { title: '整改中今天到期', due: 0, arrange: { status: 'in_progress' } },
  { title: '待审核已超期', due: -1, arrange: { status: 'pending_review' } },
  { title: '待审定临期', due: 5, arrange: { status: 'pending_signoff' } },
  { title: '已销号一', due: -30, arrange: { status: 'closed' } },
  { title: '已销号二', due: 10, arrange: { status: 'closed' } },
  { title: '长期坚持巩固逾期', due: null, longTerm: true, arrange: { status: 'long_term', nextReviewDue: 'review-late' } },
  { title: '长期坚持按期巩固', due: null, longTerm: true, arrange: { status: 'long_term', nextReviewDue: 'review-on-time' } },
];

// Counted by hand from the list above.
const EXPECTED: Figures = { total: 12, done: 4, inProgress: 5, pendingClosure: 2, notStarted: 3, overdue: 3, longTerm: 2, consolidationOverdue: 1, rate: 33.3 };
const SENTENCE = '已完成整改4个（其中长期坚持2个），正在整改5个（其中已申请销号2个），尚未启动3个，整改完成率33.3%';
const OVERDUE = '超期未完成3个，长期坚持事项巩固报告逾期1个';

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

async function exported(cloud: Emulator, action: 'exports.ledger' | 'exports.monthlyReport' | 'exports.publicNotice', input: unknown): Promise<Buffer> {
  const answer = await callExports(cloud, OFFICE_OPENID, action, input);
  if (!answer.ok) throw new Error(`${answer.code}: ${answer.message}`);
  return download(answer.data.url);
}

const docxText = async (bytes: Buffer) => (await mammoth.extractRawText({ buffer: bytes })).value.replace(/\s+/g, '');

describe('one set of figures: 统计, the 台账 header, the 月报 and the 公示 state the same numbers', () => {
  let cloud: Emulator;
  const titles = new Map<string, string>();

  beforeAll(async () => {
    cloud = await startLocalCloud();
    const unit = await setUpPeople(cloud);
    const { ids } = await importItems(cloud, unit, ITEMS);
    // Imported before this month began, so the 月报 of the running month counts every item.
    const longAgo = new Date(testNow().getTime() - 60 * 86400_000);
    for (const [index, item] of ITEMS.entries()) {
      const id = ids[index] as string;
      titles.set(id, item.title);
      const arranged: Record<string, unknown> = { createdAt: longAgo, ...item.arrange };
      if (arranged.nextReviewDue === 'review-late') arranged.nextReviewDue = dayFromToday(-3);
      if (arranged.nextReviewDue === 'review-on-time') arranged.nextReviewDue = dayFromToday(30);
      if (arranged.status === 'closed' || arranged.status === 'long_term') arranged.closedAt = longAgo;
      await arrangeTask(cloud, id, arranged);
    }
  }, 60_000);
  afterAll(async () => {
    await cloud.close();
  });

  it('统计 states every figure as counted by hand', async () => {
    const summary = await expectOk(cloud, OFFICE_OPENID, 'dashboard.summary', { filter: {} });
    expect(summary.totals).toMatchObject(EXPECTED);
  });

  it('the 台账 header states the same figures in the same words', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported(cloud, 'exports.ledger', {})) as unknown as ArrayBuffer);
    const header = String(workbook.getWorksheet('整改台账')?.getCell('A2').value);
    expect(header).toContain(`截至${chineseDate(today())}`);
    expect(header).toContain(`共12项。其中，${SENTENCE}；${OVERDUE}`);
  });

  it('the 月报 states them as of its cut-off, today while the month runs', async () => {
    const text = await docxText(await exported(cloud, 'exports.monthlyReport', { month: monthOf(testNow()) }));
    expect(text).toContain(`截至${chineseDate(today())}，巡察整改落实方案共明确整改问题12个。其中，${SENTENCE}。`);
    expect(text).toContain(`截至${chineseDate(today())}，${OVERDUE}。`);
  });

  it('the 公示, on the page and in its document, states them too', async () => {
    const notice = await expectOk(cloud, OFFICE_OPENID, 'dashboard.publicNotice', {});
    expect(notice.totals).toMatchObject(EXPECTED);
    const text = await docxText(await exported(cloud, 'exports.publicNotice', {}));
    expect(text).toContain(`明确整改问题12个。截至${chineseDate(today())}，${SENTENCE}。`);
  });

  it('every figure opens the list of exactly the items it counts', async () => {
    for (const figure of COUNT_KEYS) {
      const listed = await expectOk(cloud, OFFICE_OPENID, 'tasks.list', { filter: { figure } });
      expect([figure, listed.items.length]).toEqual([figure, EXPECTED[figure]]);
    }
    const overdue = await expectOk(cloud, OFFICE_OPENID, 'tasks.list', { filter: { figure: 'overdue' } });
    expect(overdue.items.map((item) => titles.get(item.id)).sort()).toEqual(['待审核已超期', '整改中已超期', '未开始已超期'].sort());
    const reviewLate = await expectOk(cloud, OFFICE_OPENID, 'tasks.list', { filter: { figure: 'consolidationOverdue' } });
    expect(reviewLate.items.map((item) => titles.get(item.id))).toEqual(['长期坚持巩固逾期']);
  });

  it('refuses a figure it does not know', async () => {
    expect(await callApi(cloud, OFFICE_OPENID, 'tasks.list', { filter: { figure: 'rate' } })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
  });
});
