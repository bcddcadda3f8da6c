import { flattenTabs, normalizeSpaces, toLines, unquoteSpreadsheetCells } from './normalize';

describe('toLines', () => {
  it('keeps the original line numbers across CRLF, CR, blank and space-only lines', () => {
    expect(toLines('甲\r\n\r\n乙\r丙\n\u3000\u00a0\n丁')).toEqual([
      { no: 1, text: '甲' },
      { no: 3, text: '乙' },
      { no: 4, text: '丙' },
      { no: 6, text: '丁' },
    ]);
  });

  it('folds full-width digits, letters and * to ASCII and drops a BOM and zero-width spaces', () => {
    expect(toLines('\ufeff２０２６年ＡＰＰ＊\u200b')).toEqual([{ no: 1, text: '2026年APP*' }]);
  });

  it('treats Word manual line breaks as line ends', () => {
    expect(toLines('甲\u000b乙').map((line) => line.text)).toEqual(['甲', '乙']);
  });
});

describe('spaces', () => {
  it('drops the padding Word puts around Chinese punctuation, keeping one space between words', () => {
    expect(normalizeSpaces('\u3000\u3000责任部门：\u00a0总编室 \u00a0、新媒体室\u3000')).toBe('责任部门：总编室、新媒体室');
    expect(normalizeSpaces('张三  李四')).toBe('张三 李四');
  });

  it('keeps tabs for tables, and reads them as spaces elsewhere', () => {
    expect(normalizeSpaces('1 \t 问题 \t')).toBe('1\t问题\t');
    expect(flattenTabs('1.\t服务功能')).toBe('1. 服务功能');
  });
});

describe('unquoteSpreadsheetCells', () => {
  it('takes off the quotes Excel puts around a cell with a line break, a doubled quote being one quote', () => {
    expect(unquoteSpreadsheetCells('1\t"加强学习；\n完善制度"\t张三\n2\t"""三会一课""不规范"\t李四')).toBe('1\t加强学习；\n完善制度\t张三\n2\t"三会一课"不规范\t李四');
  });

  it('leaves text whose quotes do not open and close cells as it is', () => {
    for (const text of ['说明\t"未闭合的引号', '1\t"引号"后面还有字\t张三', '他说"好"\t张三']) expect(unquoteSpreadsheetCells(text)).toBe(text);
  });
});
