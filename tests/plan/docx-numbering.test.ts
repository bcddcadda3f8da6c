import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import type { ParsedPlan } from '../../core/plan';
import { parsePlan } from '../../core/plan';
import { DOCX_MAX_UNCOMPRESSED_BYTES, formatNumber } from '../../server/plans/docx-document';
import { docxFitsInflated } from '../../server/plans/docx-size';
import { readPlanText } from '../../server/plans/read-plan-file';
import type { ClerkProblem } from './plan-score';
import { scorePlan } from './plan-score';

// A plan whose headings and items are numbered by Word itself (numbering.xml, not characters in the text): aspects
// 一、, problems （一）, measures 1. and ①; labels in bold without a colon; a second part kept as a table with a
// category row merged across and a leader merged down; and an appendix table repeating the problems.

const LEVELS = [
  { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
  { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
  { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
];

const outline = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'outline', level } });
const circled = (text: string, instance: number) => new Paragraph({ text, numbering: { reference: 'circled', level: 0, instance } });
const boldLabel = (label: string, value: string) => new Paragraph({ children: [new TextRun({ text: label, bold: true }), new TextRun(value)] });
const cell = (...paragraphs: string[]) => new TableCell({ children: paragraphs.map((text) => new Paragraph(text)) });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });
const HEADER = row(...['序号', '存在问题', '整改措施', '责任领导', '责任单位', '完成时限'].map((text) => cell(text)));

async function numberedPlanDocx(): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [
        { reference: 'outline', levels: LEVELS },
        { reference: 'circled', levels: [{ level: 0, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%1', alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph('县林业局党组关于巡察反馈意见整改落实方案'),
          outline('班子建设方面', 0),
          outline('民主集中制执行不严格', 1),
          boldLabel('具体表现', '党组会议研究“三重一大”事项时，个别班子成员会前沟通不充分。'),
          boldLabel('整改措施', ''),
          outline('修订党组议事规则；', 2),
          outline('坚持会前征求班子成员意见。', 2),
          new Paragraph('责任领导：林海（党组书记、局长）'),
          new Paragraph('责任部门：办公室'),
          new Paragraph('整改时限：2025年6月底前'),
          outline('干部教育培训针对性不强', 1),
          new Paragraph('整改措施：'),
          circled('制定年度培训计划', 1),
          circled('开展林长制专题培训', 1),
          new Paragraph('责任领导：吴静'),
          new Paragraph('责任部门：人事股'),
          new Paragraph('整改时限：年底前'),
          outline('业务工作方面', 0),
          new Table({
            rows: [
              HEADER,
              row(new TableCell({ children: [new Paragraph('（一）资源保护')], columnSpan: 6 })),
              row(
                cell('1'),
                cell('森林防火巡护不到位。部分护林员巡护记录缺失，巡护轨迹与记录不符。'),
                cell('1.更新巡护终端', '2.每月通报巡护情况'),
                new TableCell({ children: [new Paragraph('罗刚')], verticalMerge: VerticalMergeType.RESTART }),
                cell('防火办'),
                cell('3个月内'),
              ),
              row(
                cell('2'),
                cell('林木采伐审批把关不严'),
                cell('开展采伐审批专项检查'),
                new TableCell({ children: [new Paragraph('')], verticalMerge: VerticalMergeType.CONTINUE }),
                cell('资源股'),
                cell('立行立改'),
              ),
            ],
          }),
          new Paragraph('附件：问题整改清单'),
          new Table({
            rows: [
              HEADER,
              row(cell('1'), cell('民主集中制执行不严格'), cell('修订党组议事规则'), cell('林海'), cell('办公室'), cell('2025年6月底前')),
              row(cell('2'), cell('干部教育培训针对性不强'), cell('制定年度培训计划'), cell('吴静'), cell('人事股'), cell('年底前')),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const CLERK: ClerkProblem[] = [
  {
    aspect: '班子建设方面',
    title: '民主集中制执行不严格',
    manifestations: ['党组会议研究“三重一大”事项时，个别班子成员会前沟通不充分'],
    measures: ['修订党组议事规则', '坚持会前征求班子成员意见'],
    leader: '林海',
    departments: ['办公室'],
    deadline: { date: '2025-06-30' },
  },
  {
    aspect: '班子建设方面',
    title: '干部教育培训针对性不强',
    manifestations: [],
    measures: ['制定年度培训计划', '开展林长制专题培训'],
    leader: '吴静',
    departments: ['人事股'],
    deadline: { date: '2025-12-31' },
  },
  {
    aspect: '资源保护',
    title: '森林防火巡护不到位',
    manifestations: ['部分护林员巡护记录缺失，巡护轨迹与记录不符'],
    measures: ['更新巡护终端', '每月通报巡护情况'],
    leader: '罗刚',
    departments: ['防火办'],
    deadline: { months: 3 },
  },
  {
    aspect: '资源保护',
    title: '林木采伐审批把关不严',
    manifestations: [],
    measures: ['开展采伐审批专项检查'],
    leader: '罗刚',
    departments: ['资源股'],
    deadline: { immediate: true },
  },
];

describe('a .docx numbered by Word', () => {
  let text: string;
  let plan: ParsedPlan;
  beforeAll(async () => {
    text = await readPlanText(await numberedPlanDocx(), '整改方案.docx');
    plan = parsePlan(text, { planDate: '2025-02-20' });
  });

  it('shows the numbers Word draws: 一、 for aspects, （一） for problems, 1. and ① for measures', () => {
    const lines = text.split('\n');
    expect(lines).toEqual(expect.arrayContaining(['一、班子建设方面', '（一）民主集中制执行不严格', '1.修订党组议事规则；', '2.坚持会前征求班子成员意见。']));
    expect(lines).toEqual(expect.arrayContaining(['（二）干部教育培训针对性不强', '①制定年度培训计划', '②开展林长制专题培训', '二、业务工作方面']));
  });

  it('puts a colon after a bold label', () => {
    expect(text.split('\n')).toContain('具体表现：党组会议研究“三重一大”事项时，个别班子成员会前沟通不充分。');
  });

  it('fills merged cells: the category row across, the leader down', () => {
    expect(text.split('\n')).toEqual(expect.arrayContaining(['（一）资源保护\t\t\t\t\t', '2\t林木采伐审批把关不严\t开展采伐审批专项检查\t罗刚\t资源股\t立行立改']));
  });

  it('parses to what a clerk extracts, the appendix table linked and not imported again', () => {
    const score = scorePlan(plan, CLERK);
    expect(score.misses).toEqual([]);
    expect(plan.warnings.filter((warning) => warning.code === 'APPENDIX_LINKED')).toHaveLength(1);
    expect(plan.aspects.flatMap((aspect) => aspect.problems)).toHaveLength(4);
  });
});

/** A plan whose structure is only Word's heading styles: 标题 1 the title, 标题 2 aspects, 标题 3 problems, no numbers. */
async function styledPlanDocx(): Promise<Uint8Array> {
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
  const document = new Document({
    sections: [
      {
        children: [
          heading('县水利局党组巡察整改方案', HeadingLevel.HEADING_1),
          new Paragraph('根据县委巡察组反馈意见，制定本方案。'),
          heading('工程建设管理', HeadingLevel.HEADING_2),
          heading('项目招投标监管不严', HeadingLevel.HEADING_3),
          new Paragraph('整改措施：修订招投标管理办法。'),
          new Paragraph('责任领导：许峰'),
          new Paragraph('责任单位：建设股'),
          new Paragraph('整改时限：2025年12月底前'),
          heading('工程款拨付滞后', HeadingLevel.HEADING_3),
          new Paragraph('整改措施：建立工程款支付台账。'),
          new Paragraph('责任领导：许峰'),
          new Paragraph('责任单位：财务股'),
          new Paragraph('整改时限：立行立改'),
          heading('队伍建设', HeadingLevel.HEADING_2),
          heading('专业技术人才不足', HeadingLevel.HEADING_3),
          new Paragraph('整改措施：制定人才引进计划。'),
          new Paragraph('责任领导：田静'),
          new Paragraph('责任单位：人事股'),
          new Paragraph('整改时限：长期坚持'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('a .docx structured by heading styles alone', () => {
  it('numbers the headings by level as an official document would, the title left alone', async () => {
    const text = await readPlanText(await styledPlanDocx(), '整改方案.docx');
    expect(text.split('\n').slice(0, 4)).toEqual(['县水利局党组巡察整改方案', '根据县委巡察组反馈意见，制定本方案。', '一、工程建设管理', '（一）项目招投标监管不严']);
    const plan = parsePlan(text, { planDate: '2025-09-01' });
    expect(plan.title).toBe('县水利局党组巡察整改方案');
    expect(plan.aspects.map((aspect) => [aspect.title, aspect.problems.map((problem) => problem.title)])).toEqual([
      ['工程建设管理', ['项目招投标监管不严', '工程款拨付滞后']],
      ['队伍建设', ['专业技术人才不足']],
    ]);
  });
});

describe('the .docx reader', () => {
  it('writes counters in the formats plans use', () => {
    expect(['chineseCounting', 'decimalEnclosedCircle', 'ideographTraditional', 'upperRoman', 'lowerLetter', 'decimal'].map((format) => formatNumber(12, format))).toEqual([
      '十二', '⑫', '乙', 'XII', 'l', '12',
    ]);
  });

  it('refuses a .docx whose parts would unpack beyond the limit, before unpacking them', async () => {
    const zip = new (await import('jszip')).default();
    zip.file('word/document.xml', '<w:document/>');
    // A stored entry that claims more than the limit: the central directory is read, nothing is inflated.
    const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    const view = new DataView(bytes.buffer);
    const directory = bytes.findIndex((_, at) => at + 4 <= bytes.length && view.getUint32(at, true) === 0x02014b50);
    view.setUint32(directory + 24, DOCX_MAX_UNCOMPRESSED_BYTES + 1, true);
    expect(docxFitsInflated(Buffer.from(bytes), DOCX_MAX_UNCOMPRESSED_BYTES)).toBe('too-large');
    await expect(readPlanText(bytes, '大文件.docx')).rejects.toThrow('.docx 文件解压后过大（超过 50 MB）');
  });
});
