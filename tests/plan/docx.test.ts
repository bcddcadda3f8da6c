import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { parsePlan } from '../../core/plan';
import type { ParsedPlan } from '../../core/plan';
import { readPlanText } from '../../server/plans/read-plan-file';
import { deadline } from './fixtures';

// A .docx as a unit would send it: paragraphs (one list numbered by Word itself, not typed) and a table with a
// cell of two paragraphs and a leader cell merged down over two rows. Read through the command's reader.

const cell = (...paragraphs: string[]) => new TableCell({ children: paragraphs.map((text) => new Paragraph(text)) });

async function planDocx(): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [{ reference: 'measures', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }],
    },
    sections: [
      {
        children: [
          new Paragraph('县水利局党组巡察整改落实方案'),
          new Paragraph('一、防汛工作方面'),
          new Paragraph('问题1：防汛物资储备不足。'),
          new Paragraph('具体表现在：'),
          new Paragraph('1.部分乡镇防汛物资台账不全；'),
          new Paragraph('2.应急救援队伍培训不足。'),
          new Paragraph('整改措施：'),
          new Paragraph({ text: '全面清点防汛物资；', numbering: { reference: 'measures', level: 0 } }),
          new Paragraph({ text: '每年汛前开展一次应急演练。', numbering: { reference: 'measures', level: 0 } }),
          new Paragraph('责任领导：马强'),
          new Paragraph('责任部门：防汛办、工程股'),
          new Paragraph('整改时限：2026年5月底前'),
          new Paragraph('二、工程管理方面'),
          new Table({
            rows: [
              new TableRow({ children: ['序号', '具体问题', '整改措施', '责任领导', '责任单位', '完成时限'].map((text) => cell(text)) }),
              new TableRow({
                children: [
                  cell('1'),
                  cell('小型水库安全鉴定滞后'),
                  cell('1.委托第三方开展安全鉴定', '2.建立鉴定台账'),
                  new TableCell({ children: [new Paragraph('刘洋')], verticalMerge: VerticalMergeType.RESTART }),
                  cell('工程股'),
                  cell('3个月内'),
                ],
              }),
              new TableRow({
                children: [
                  cell('2'),
                  cell('工程质量监督检查不到位'),
                  cell('开展在建工程质量专项检查'),
                  new TableCell({ children: [new Paragraph('')], verticalMerge: VerticalMergeType.CONTINUE }),
                  cell('质监站'),
                  cell('立行立改，长期坚持'),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const EXPECTED: ParsedPlan = {
  title: '县水利局党组巡察整改落实方案',
  aspects: [
    {
      title: '防汛工作方面',
      problems: [
        {
          number: '1',
          title: '防汛物资储备不足',
          manifestations: ['部分乡镇防汛物资台账不全', '应急救援队伍培训不足'],
          measures: ['全面清点防汛物资', '每年汛前开展一次应急演练'],
          target: null,
          leader: '马强',
          departments: ['防汛办', '工程股'],
          deadline: deadline('2026年5月底前', { date: '2026-05-31' }),
        },
      ],
    },
    {
      title: '工程管理方面',
      problems: [
        {
          number: '1',
          title: '小型水库安全鉴定滞后',
          manifestations: [],
          measures: ['委托第三方开展安全鉴定', '建立鉴定台账'],
          target: null,
          leader: '刘洋',
          departments: ['工程股'],
          deadline: deadline('3个月内', { months: 3 }),
        },
        {
          number: '2',
          title: '工程质量监督检查不到位',
          manifestations: [],
          measures: ['开展在建工程质量专项检查'],
          target: null,
          leader: '刘洋',
          departments: ['质监站'],
          deadline: deadline('立行立改，长期坚持', { immediate: true, longTerm: true }),
        },
      ],
    },
  ],
  warnings: [],
};

describe('a .docx plan', () => {
  it('reads paragraphs, Word-numbered items and table rows into lines the parser understands', async () => {
    const text = await readPlanText(await planDocx(), '整改方案.docx');
    expect(text.split('\n')).toEqual([
      '县水利局党组巡察整改落实方案',
      '一、防汛工作方面',
      '问题1：防汛物资储备不足。',
      '具体表现在：',
      '1.部分乡镇防汛物资台账不全；',
      '2.应急救援队伍培训不足。',
      '整改措施：',
      '1.全面清点防汛物资；',
      '2.每年汛前开展一次应急演练。',
      '责任领导：马强',
      '责任部门：防汛办、工程股',
      '整改时限：2026年5月底前',
      '二、工程管理方面',
      '序号\t具体问题\t整改措施\t责任领导\t责任单位\t完成时限',
      '1\t小型水库安全鉴定滞后\t1.委托第三方开展安全鉴定',
      '2.建立鉴定台账\t刘洋\t工程股\t3个月内',
      '2\t工程质量监督检查不到位\t开展在建工程质量专项检查\t刘洋\t质监站\t立行立改，长期坚持',
    ]);
  });

  it('parses to the exact plan, the merged leader applying to both rows', async () => {
    expect(parsePlan(await readPlanText(await planDocx(), '整改方案.DOCX'))).toEqual(EXPECTED);
  });

  it('refuses a damaged .docx with a clear message', async () => {
    await expect(readPlanText(new TextEncoder().encode('not a zip'), 'x.docx')).rejects.toThrow('这份 .docx 文件已损坏');
    await expect(readPlanText(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'x.docx')).rejects.toThrow('这份 .docx 文件已损坏');
  });
});
