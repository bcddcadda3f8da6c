import ExcelJS from 'exceljs';
import type { Emulator } from '../../emulator';
import { beijingDay, chineseDate } from '../../core/time';
import { LEDGER_COLUMNS, LEDGER_HEADER_ROW, OVERDUE_FILL } from '../../server/exports/ledger-xlsx';
import { callApi, callExports, expectOk, startLocalCloud } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { arrangeTask, dayFromToday, importItems, setUpPeople } from '../support/task-fixture';
import type { ItemSpec, Unit } from '../support/task-fixture';
import { storedTasks, viewerOf, visibleTo } from '../support/dashboard-fixture';
import { testNow } from '../support/test-clock';

const ITEMS: ItemSpec[] = [
  { title: '资产管理不严格', leader: 'leader', departments: ['总编室'], due: -6, measures: ['一是加强资产管理制度', '二是清查借出资产'] },
  { title: '项目资金结余未上缴财政', leader: 'leader2', departments: ['财务室'], due: 20 },
  { title: '财务核算不规范', leader: 'leader2', departments: ['财务室', '总编室'], due: 45 },
  { title: '约谈工作流于形式', leader: 'secretary', departments: ['办公室'], due: null, longTerm: true },
  { title: '支部标准化建设不规范', leader: 'leader', departments: ['总编室'], due: 90 },
];

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

async function exportAs(cloud: Emulator, openid: string, input: unknown) {
  const answer = await callExports(cloud, openid, 'exports.ledger', input);
  if (!answer.ok) throw new Error(`${answer.code}: ${answer.message}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download(answer.data.url)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('整改台账');
  if (!sheet) throw new Error('no sheet 整改台账');
  return { answer: answer.data, sheet };
}

/** The value of a cell as a clerk reads it. */
const text = (sheet: ExcelJS.Worksheet, row: number, column: number) => {
  const value = sheet.getRow(row).getCell(column).value;
  return value === null || value === undefined ? '' : String(value);
};
const itemRows = (sheet: ExcelJS.Worksheet) => sheet.rowCount - LEDGER_HEADER_ROW;
const rowOf = (sheet: ExcelJS.Worksheet, title: string) => {
  for (let row = LEDGER_HEADER_ROW + 1; row <= sheet.rowCount; row += 1) if (text(sheet, row, 3).includes(title)) return row;
  throw new Error(`no row for ${title}`);
};

describe('exports.ledger (.xlsx, on the exports function)', () => {
  let cloud: Emulator;
  let unit: Unit;
  let ids: string[];
  let planId: string;
  beforeAll(async () => {
    cloud = await startLocalCloud();
    unit = await setUpPeople(cloud);
    ({ ids, planId } = await importItems(cloud, unit, ITEMS));
    // The overdue item: two progress posts by its owner (the latest goes in the 台账), a named 责任人, evidence and extensions.
    await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId: ids[0], text: '已完成借出资产清查' });
    await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId: ids[0], text: '已收回平板电脑2台，办理固定资产划拨手续' });
    await arrangeTask(cloud, ids[0] as string, { assigneeIds: [unit.people.named.id, unit.people.cadre.id], evidenceCount: 3, extensionCount: 2 });
    await arrangeTask(cloud, ids[1] as string, { status: 'closed', closedAt: new Date('2026-03-05T02:00:00Z') });
  }, 60_000);
  afterAll(async () => {
    await cloud.close();
  });

  it('writes one row per item under a title, a scope line and a styled header frozen above them', async () => {
    const { answer, sheet } = await exportAs(cloud, OFFICE_OPENID, {});
    const plan = await expectOk(cloud, OFFICE_OPENID, 'plans.get', { planId });
    expect(answer).toMatchObject({ rows: ITEMS.length, fileName: `整改台账-${beijingDay(testNow()).replace(/-/g, '')}.xlsx` });
    expect(answer.fileID).toMatch(/\/exports\/ledger\/\d{6}\/\d+-[0-9a-f]{12}\.xlsx$/);
    expect(answer.bytes).toBeGreaterThan(1000);
    expect(itemRows(sheet)).toBe(ITEMS.length);
    // One plan's items: titled with the plan's own title.
    expect(text(sheet, 1, 1)).toBe(`${plan.plan.title}整改台账`);
    // In plan order (方面 → 问题 → item), not by urgency: the 长期坚持 item without a due day stays in its place.
    const titles = Array.from({ length: itemRows(sheet) }, (_, index) => text(sheet, LEDGER_HEADER_ROW + 1 + index, 3));
    expect(titles.map((title) => ITEMS.findIndex((item) => title.includes(item.title as string)))).toEqual(ITEMS.map((_, index) => index));
    expect(text(sheet, 2, 1)).toContain(`截至${chineseDate(beijingDay(testNow()))}`);
    expect(text(sheet, 2, 1)).toContain('全部事项');
    expect(text(sheet, 2, 1)).toContain(`共${ITEMS.length}项`);
    expect(sheet.getRow(LEDGER_HEADER_ROW).values).toEqual([
      undefined,
      '序号', '方面', '问题', '具体表现', '整改措施', '责任领导', '责任部门', '责任人', '整改时限', '整改进展', '状态', '完成时间', '佐证材料', '延期次数',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: LEDGER_HEADER_ROW });
    const header = sheet.getRow(LEDGER_HEADER_ROW).getCell(1);
    expect(header.font).toMatchObject({ bold: true });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.columns.map((column) => column.width)).toEqual(LEDGER_COLUMNS.map((column) => column.width));
    expect(sheet.getRow(LEDGER_HEADER_ROW + 1).getCell(5).alignment).toMatchObject({ wrapText: true });
    // 序号 counts down the rows.
    expect(Array.from({ length: ITEMS.length }, (_, index) => text(sheet, LEDGER_HEADER_ROW + 1 + index, 1))).toEqual(ITEMS.map((_, index) => String(index + 1)));
  });

  it('fills a known item’s cells: owners, deadline, latest progress, status, evidence and extensions', async () => {
    const { sheet } = await exportAs(cloud, OFFICE_OPENID, {});
    const row = rowOf(sheet, '资产管理不严格');
    const cells = Array.from({ length: LEDGER_COLUMNS.length }, (_, index) => text(sheet, row, index + 1));
    expect(cells[1]).toBe('（一）制度建设方面');
    expect(cells[2]).toMatch(/^问题1：资产管理不严格（/);
    expect(cells[3]).toBe('具体表现一');
    expect(cells[4]).toBe('一是加强资产管理制度\n二是清查借出资产');
    expect(cells[5]).toBe('李领导');
    expect(cells[6]).toBe('总编室');
    expect(cells[7]).toBe('孙干部、赵干部');
    expect(cells[8]).toBe(chineseDate(dayFromToday(-6)));
    expect(cells[9]).toBe(`${chineseDate(beijingDay(testNow()))}：已收回平板电脑2台，办理固定资产划拨手续`);
    expect(cells[10]).toBe('整改中（已逾期6天）');
    expect(cells[11]).toBe('');
    expect(cells[12]).toBe('3');
    expect(cells[13]).toBe('2');
    const closed = rowOf(sheet, '项目资金结余未上缴财政');
    expect(text(sheet, closed, 11)).toBe('已销号');
    expect(text(sheet, closed, 12)).toBe('2026年3月5日');
    expect(text(sheet, rowOf(sheet, '约谈工作流于形式'), 9)).toBe('长期坚持');
  });

  it('puts an overdue item’s row on light red, and no other', async () => {
    const { sheet } = await exportAs(cloud, OFFICE_OPENID, {});
    const overdue = rowOf(sheet, '资产管理不严格');
    for (let column = 1; column <= LEDGER_COLUMNS.length; column += 1) {
      expect(sheet.getRow(overdue).getCell(column).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: OVERDUE_FILL } });
    }
    expect(sheet.getRow(overdue).getCell(11).font).toMatchObject({ bold: true });
    const onTime = rowOf(sheet, '支部标准化建设不规范');
    for (let column = 1; column <= LEDGER_COLUMNS.length; column += 1) {
      expect((sheet.getRow(onTime).getCell(column).fill as { pattern?: string } | undefined)?.pattern ?? 'none').toBe('none');
    }
  });

  it('exports for a cadre only the items they can see, as the list shows them', async () => {
    const seen = visibleTo(await storedTasks(cloud), viewerOf(unit, 'cadre'));
    const { answer, sheet } = await exportAs(cloud, 'o-cadre', {});
    expect(answer.rows).toBe(seen.length);
    expect(itemRows(sheet)).toBe(seen.length);
    expect(text(sheet, 2, 1)).toContain('本人可见的事项');
    const titles = Array.from({ length: itemRows(sheet) }, (_, index) => text(sheet, LEDGER_HEADER_ROW + 1 + index, 3));
    expect(titles.some((title) => title.includes('项目资金结余未上缴财政'))).toBe(false);
    expect(titles.some((title) => title.includes('财务核算不规范'))).toBe(true);
  });

  it.each([
    ['a department', (u: Unit) => ({ departmentId: u.departments['财务室'] }), '财务室'],
    ['overdue only', () => ({ overdueOnly: true }), '逾期事项'],
    ['a status', () => ({ status: 'closed' }), '已销号'],
  ])('takes the list’s filter (%s): the rows the list shows, the filter named on the sheet', async (_name, make, words) => {
    const filter = make(unit);
    const list = await expectOk(cloud, OFFICE_OPENID, 'tasks.list', { filter });
    const { answer, sheet } = await exportAs(cloud, OFFICE_OPENID, { filter });
    expect(answer.rows).toBe(list.items.length);
    expect(text(sheet, 2, 1)).toContain(words);
  });

  it('refuses a stranger, a bad filter, and is not served by the api function', async () => {
    expect(await callExports(cloud, 'o-stranger', 'exports.ledger', {})).toMatchObject({ ok: false, code: 'NOT_BOUND' });
    expect(await callExports(cloud, OFFICE_OPENID, 'exports.ledger', { filter: { colour: 'red' } })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callApi(cloud, OFFICE_OPENID, 'exports.ledger', {})).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
  });
});
