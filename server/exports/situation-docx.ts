import { AlignmentType, Document, LineRuleType, Packer, Paragraph } from 'docx';
import type { SituationReport } from '../../core/outcomes/situation-report';
import { blank, body, govSection, heading, run, signature, subheading, title } from './gov-docx';

/** 主送 sits flush left under the title, as GB/T 9704 places it. */
function recipientLine(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.LEFT, spacing: { line: 560, lineRule: LineRuleType.EXACT }, children: [run(`${text}：`)] });
}

/** The 整改情况报告 laid out as a 党政机关公文, in the same styles as the other exports (gov-docx). */
export async function buildSituationDocx(report: SituationReport): Promise<Buffer> {
  const children = [
    title(report.title),
    blank(),
    recipientLine(report.recipient),
    ...report.blocks.map((block) => (block.kind === 'heading' ? heading(block.text) : block.kind === 'subheading' ? subheading(block.text) : body(block.text))),
    ...signature(report.signature.unit, report.signature.date),
  ];
  const document = new Document({ creator: '整改通', title: report.title, sections: [govSection(children)] });
  return Buffer.from(await Packer.toBuffer(document));
}
