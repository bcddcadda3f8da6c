import { AlignmentType, Document, Packer, Paragraph } from 'docx';
import type { SituationBlock, SituationReport } from '../../core/outcomes/situation-report';
import { INDENT_TWO_CHARACTERS, LINE, blank, govSection, heading, run, signature, subheading, title } from './gov-docx';

/** 主送 sits flush left under the title, as GB/T 9704 places it. */
function recipientLine(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.LEFT, spacing: LINE, children: [run(`${text}：`)] });
}

/** A body paragraph of 仿宋 三号; a 问题's own line and the lead words (整改措施：) in bold, as 三级标题 are set. */
function paragraphOf(block: SituationBlock): Paragraph {
  if (block.kind === 'heading') return heading(block.text);
  if (block.kind === 'subheading') return subheading(block.text);
  const children = block.kind === 'item' ? [run(block.text, { bold: true })] : [...(block.lead ? [run(block.lead, { bold: true })] : []), run(block.text)];
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: LINE, indent: { firstLine: INDENT_TWO_CHARACTERS }, children });
}

/** The 整改情况报告 laid out as a 党政机关公文, in the same styles as the other exports (gov-docx). */
export async function buildSituationDocx(report: SituationReport): Promise<Buffer> {
  const children = [
    title(report.title),
    blank(),
    recipientLine(report.recipient),
    ...report.blocks.map(paragraphOf),
    ...signature(report.signature.unit, report.signature.date),
  ];
  const document = new Document({ creator: '整改通', title: report.title, sections: [govSection(children)] });
  return Buffer.from(await Packer.toBuffer(document));
}
