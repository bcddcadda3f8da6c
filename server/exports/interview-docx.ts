import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { AlignmentType, Document, Footer, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { SealStatus } from '../../core/interviews/model';
import { INTERVIEW_KIND_LABELS } from '../../core/interviews/states';
import { BEIJING_OFFSET_MINUTES, chineseDate } from '../../core/time';
import type { InterviewDocument, PartySnapshot } from '../interviews/interview-documents';

dayjs.extend(utc);

const FONT = '仿宋';
/** A full-width space, as Chinese forms separate a name from a date. */
const GAP = '\u3000';
const LABEL_WIDTH = 18;
/** Printed width of a signature image, in pixels at 96 dpi (about 4.2 cm). */
const SIGNATURE_WIDTH = 160;

function beijingTime(value: Date | string | null): string {
  return value === null ? '' : dayjs.utc(value).utcOffset(BEIJING_OFFSET_MINUTES).format('YYYY年M月D日 HH:mm');
}

function lines(text: string | null | undefined, options: { bold?: boolean; size?: number } = {}): Paragraph[] {
  const parts = (text ?? '').split(/\r?\n/);
  return parts.map((part) => new Paragraph({ children: [new TextRun({ text: part, font: FONT, size: options.size ?? 24, bold: options.bold })] }));
}

function labelCell(label: string): TableCell {
  return new TableCell({
    width: { size: LABEL_WIDTH, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: label, font: FONT, size: 24, bold: true })] })],
  });
}

function valueCell(children: Paragraph[], columnSpan = 1): TableCell {
  return new TableCell({ columnSpan, width: { size: columnSpan === 3 ? 100 - LABEL_WIDTH : 50 - LABEL_WIDTH, type: WidthType.PERCENTAGE }, children });
}

function row(label: string, value: Paragraph[]): TableRow {
  return new TableRow({ children: [labelCell(label), valueCell(value, 3)] });
}

function pairRow(leftLabel: string, left: Paragraph[], rightLabel: string, right: Paragraph[]): TableRow {
  return new TableRow({ children: [labelCell(leftLabel), valueCell(left), labelCell(rightLabel), valueCell(right)] });
}

function partyLine(party: PartySnapshot): string {
  const where = [party.departments.join('、'), party.title].filter((part) => part && part.length > 0).join(' ');
  return where ? `${party.name}（${where}）` : party.name;
}

function stampLine(name: string, at: Date | string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${name}${GAP}${beijingTime(at)}`, font: FONT, size: 21 })] });
}

function sealLine(seal: SealStatus): string {
  if (!seal.sealed) return '本记录尚未签字封存。';
  const verdict = seal.intact ? '导出时校验一致' : `导出时校验不一致：${seal.problems.map((problem) => problem.label).join('；')}`;
  // The short digest lets a clerk compare the paper with the system's 封存校验 at a glance.
  return `封存编号：${seal.keyId ?? '—'}-${seal.hash?.slice(0, 16) ?? ''}${GAP}封存校验（HMAC-SHA256）：${seal.hash}${GAP}封存于${beijingTime(seal.at)}，${verdict}`;
}

/**
 * A 约谈记录 form (domain-fields.md A3) as a .docx: one table with the parties, the approval, the talk, the handwritten
 * signatures as images with signer and time, the 组织实施部门意见 and the filing; the seal hash in the footer.
 */
export async function buildInterviewDocx(doc: InterviewDocument, seal: SealStatus, images: Map<string, Buffer | null>, unitName: string | null): Promise<Buffer> {
  const kind = INTERVIEW_KIND_LABELS[doc.kind];
  const source = doc.source === null ? '' : doc.source.type === 'text' ? doc.source.text : `${doc.source.number ? `问题${doc.source.number}：` : ''}${doc.source.title}`;
  const subject = doc.subject;
  const record = doc.record;

  const signatureRows = doc.slots.map((slot) => {
    const signature = doc.signatures.find((entry) => entry.slot === slot.slot);
    const label = slot.role === 'subject' ? '约谈对象签字' : '约谈人签字';
    if (!signature) return row(label, lines(`${slot.name}（未签字）`));
    const bytes = images.get(signature.fileID) ?? null;
    const picture = bytes
      ? new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: bytes,
              transformation: { width: SIGNATURE_WIDTH, height: Math.max(1, Math.round((SIGNATURE_WIDTH * signature.height) / signature.width)) },
              altText: { name: `${slot.name}签名`, description: `${slot.name}的手写签名`, title: `${slot.name}签名` },
            }),
          ],
        })
      : new Paragraph({ children: [new TextRun({ text: '（签名图片已丢失）', font: FONT, size: 24 })] });
    return row(label, [picture, stampLine(`签字人：${signature.name}`, signature.signedAt)]);
  });

  const approval = doc.approval
    ? [...lines(doc.approval.opinion), stampLine(`审批人：${doc.approval.byName}`, doc.approval.at)]
    : lines('');
  const requirements = record ? [...lines(record.requirements), ...(record.feedbackDue ? lines(`整改反馈期限：${chineseDate(record.feedbackDue)}`) : [])] : lines('');
  const commitments = record && record.commitments.length > 0 ? record.commitments.map((item, index) => lines(`${index + 1}. ${item}`)[0] as Paragraph) : lines('');
  const deptOpinion = doc.deptOpinion ? [...lines(doc.deptOpinion.text), stampLine(doc.deptOpinion.byName, doc.deptOpinion.at)] : lines('');

  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      pairRow('谈话类型', lines(kind), '事项来源', lines(source)),
      pairRow('约谈对象', lines(subject?.name ?? ''), '单位职务', lines(subject ? [subject.departments.join('、'), subject.title].filter(Boolean).join(' ') : '')),
      row('约谈人', lines(doc.interviewers.map(partyLine).join('；'))),
      pairRow('记录人', lines(doc.recorder?.name ?? ''), '时间', lines(beijingTime(record?.heldAt ?? doc.plannedAt))),
      row('地点', lines(doc.place)),
      row('事由', lines(doc.reason)),
      row('领导审批意见', approval),
      row('谈话内容', lines(record?.content)),
      row('对象表态', lines(record?.statement)),
      row('整改要求', requirements),
      row('整改承诺', commitments),
      ...signatureRows,
      row('组织实施部门意见', deptOpinion),
      row('归档', lines(doc.filing ? `${doc.filing.byName}${GAP}${beijingTime(doc.filing.at)}` : '')),
    ],
  });

  const heading = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${kind}记录`, font: '方正小标宋简体', size: 40, bold: true })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: [unitName, `第${doc.revision}版`].filter(Boolean).join(GAP), font: FONT, size: 21 })],
    }),
  ];
  const correction = doc.correction ? lines(`更正说明（第${doc.correction.previousRevision}版更正为第${doc.revision}版）：${doc.correction.reason}`, { size: 21 }) : [];

  const document = new Document({
    creator: '整改通',
    title: `${kind}记录`,
    sections: [
      {
        footers: { default: new Footer({ children: lines(sealLine(seal), { size: 16 }) }) },
        children: [...heading, table, ...correction],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(document));
}
