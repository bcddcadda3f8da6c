import { splitList } from './lists';

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe('splitList', () => {
  it('splits 一是…二是… on one line, whatever ends each item', () => {
    expect(splitList(lines('一是加强学习。二是完善制度；三是建立台账，四是定期检查'))).toEqual(['加强学习', '完善制度', '建立台账', '定期检查']);
  });

  it('splits 一是…二是… over many lines, a wrapped line staying with its item', () => {
    expect(splitList(lines('一是加强学习，', '提高认识；', '二是完善制度。'))).toEqual(['加强学习，提高认识', '完善制度']);
  });

  it.each([
    [['1.加强学习', '2.完善制度']],
    [['1．加强学习', '2．完善制度']],
    [['1、加强学习', '2、完善制度']],
    [['（1）加强学习', '（2）完善制度']],
    [['(1)加强学习', '(2)完善制度']],
    [['1）加强学习', '2）完善制度']],
    [['①加强学习', '②完善制度']],
    [['（一）加强学习', '（二）完善制度']],
    [['第一，加强学习', '第二，完善制度']],
    [['1.加强学习；2.完善制度']],
    [['（1）加强学习；（2）完善制度']],
    [['措施1：加强学习', '措施2：完善制度']],
    [['措施一：加强学习。措施二：完善制度']],
  ])('splits %j', (texts) => {
    expect(splitList(lines(...texts))).toEqual(['加强学习', '完善制度']);
  });

  it('keeps a numbered item with a continuation line, and items nested inside one', () => {
    expect(splitList(lines('1.加强学习：', '（1）集中学习；（2）个人自学。', '2.完善制度'))).toEqual([
      '加强学习：（1）集中学习；（2）个人自学',
      '完善制度',
    ]);
  });

  it('does not take figures for numbers: 1.5万元, 第3、4季度, 统一是', () => {
    expect(splitList(lines('退回资金1.5万元，第3、4季度统一是非标准'))).toEqual(['退回资金1.5万元，第3、4季度统一是非标准']);
  });

  it('drops a lead-in ending in a colon but keeps a sentence before the numbering', () => {
    expect(splitList(lines('针对上述问题，采取以下措施：一是加强学习；二是完善制度'))).toEqual(['加强学习', '完善制度']);
    expect(splitList(lines('全面梳理问题。1.加强学习；2.完善制度'))).toEqual(['全面梳理问题', '加强学习', '完善制度']);
  });

  it('makes each unnumbered paragraph one item, and one paragraph of sentences one item', () => {
    expect(splitList(lines('进一步加强学习。对人员列出清单。并做好缴存工作。'))).toEqual(['进一步加强学习。对人员列出清单。并做好缴存工作']);
    expect(splitList(lines('加强学习', '完善制度'))).toEqual(['加强学习', '完善制度']);
  });

  it('splits after a closing book-title mark: 《办法》2.', () => {
    expect(splitList(lines('1.修订《管理办法》2.实行登记'))).toEqual(['修订《管理办法》', '实行登记']);
  });

  it.each([[['●加强学习', '●完善制度']], [['◆ 加强学习。', '◆ 完善制度。']], [['- 加强学习', '- 完善制度']]])('drops the bullets of %j', (texts) => {
    expect(splitList(lines(...texts))).toEqual(['加强学习', '完善制度']);
  });

  it('gives nothing for nothing', () => {
    expect(splitList([])).toEqual([]);
    expect(splitList(lines('。'))).toEqual([]);
  });
});
