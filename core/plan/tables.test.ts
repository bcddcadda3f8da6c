import { toLines } from './normalize';
import { findTables } from './tables';

const tableOf = (...lines: string[]) => findTables(toLines(lines.join('\n')));
const texts = (cell: Array<{ text: string }> | undefined) => (cell ?? []).map((line) => line.text);

describe('findTables', () => {
  it('needs a header naming the problem and what is done about it', () => {
    expect(tableOf('序号\t问题\t整改措施', '1\t台账不全\t补齐')).toHaveLength(1);
    expect(tableOf('姓名\t职务\t电话', '张三\t主任\t123')).toEqual([]);
    expect(tableOf('问题1：台账不全', '整改措施：补齐')).toEqual([]);
  });

  it('puts a row back together when a cell ran over several lines', () => {
    const [table] = tableOf('序号\t具体问题\t整改措施\t责任单位', '1\t台账不全\t1.补齐台账', '2.专人管理\t办公室');
    expect(table?.problems).toHaveLength(1);
    expect(texts(table?.problems[0]?.fields.measures)).toEqual(['1.补齐台账', '2.专人管理']);
    expect(texts(table?.problems[0]?.fields.departments)).toEqual(['办公室']);
  });

  it('reads a second header row under a merged cell, Excel leaving the merged cells empty', () => {
    const [table] = tableOf('序号\t问题\t整改措施\t责任主体\t\t完成时限', '\t\t\t责任领导\t责任部门\t', '1\t台账不全\t补齐\t张三\t办公室\t年底前');
    expect(table).toMatchObject({ start: 0, end: 3 });
    expect(texts(table?.problems[0]?.fields.leader)).toEqual(['张三']);
    expect(texts(table?.problems[0]?.fields.departments)).toEqual(['办公室']);
  });

  it('ends at the first text after the table that is not between rows', () => {
    const [table] = tableOf('目录', '序号\t问题\t整改措施', '1\t台账不全\t补齐', '四、整改要求', '各单位要高度重视。');
    expect(table).toMatchObject({ start: 1, end: 3 });
  });

  it('reads a category row between rows, and inherits an empty category cell', () => {
    const [table] = tableOf(
      '序号\t问题类别\t问题\t整改措施',
      '1\t政治建设\t学习不深入\t加强学习',
      '2\t\t制度不健全\t完善制度',
      '（二）作风建设方面',
      '3\t\t调研不够\t深入调研',
    );
    expect(table?.categories).toEqual(['政治建设', '政治建设', '作风建设方面']);
  });

  it('skips a markdown rule and a header repeated after a page break', () => {
    const [table] = tableOf('| 序号 | 问题 | 整改措施 |', '|---|---|---|', '| 1 | 台账不全 | 补齐 |', '| 序号 | 问题 | 整改措施 |', '| 2 | 制度缺失 | 建立 |');
    expect(table?.problems.map((draft) => texts(draft?.title))).toEqual([['台账不全'], ['制度缺失']]);
  });
});

describe('a row as a problem draft', () => {
  it('splits a problem cell into its title and 具体表现, and takes 问题N： off the title', () => {
    const [table] = tableOf('序号\t具体问题\t整改措施', '\t问题3：台账不全。具体表现：缺2本\t补齐');
    const draft = table?.problems[0];
    expect(draft?.number).toBe('3');
    expect(texts(draft?.title)).toEqual(['台账不全。']);
    expect(texts(draft?.fields.manifestations)).toEqual(['缺2本']);
  });
});

describe('findTables with two tables', () => {
  it('starts a new table at a header with other columns', () => {
    const tables = tableOf('序号\t问题\t整改措施', '1\t甲\t乙', '序号\t问题\t责任单位\t完成时限', '1\t丙\t办公室\t立行立改');
    expect(tables.map((table) => [table.start, table.end, table.problems.length])).toEqual([[0, 2, 1], [2, 4, 1]]);
    expect(texts(tables[1]?.problems[0]?.fields.departments)).toEqual(['办公室']);
  });
});
