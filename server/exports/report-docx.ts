import { Document, Packer } from 'docx';
import type { MonthlyReport } from '../../core/dashboard/monthly-report';
import { blank, body, centred, govSection, heading, signature, subheading, title } from './gov-docx';

/** The monthly 整改进展情况报告 as a .docx draft in government-document style (see gov-docx). */
export async function buildReportDocx(report: MonthlyReport): Promise<Buffer> {
  const children = [
    title(report.title),
    centred(report.subtitle),
    blank(),
    body(report.opening),
    ...report.sections.flatMap((section) => [
      heading(section.heading),
      ...section.paragraphs.map(body),
      ...section.subsections.flatMap((subsection) => [subheading(subsection.heading), ...subsection.paragraphs.map(body)]),
    ]),
    ...signature(report.signature.unit, report.signature.date),
  ];
  const document = new Document({ creator: '整改通', title: `${report.title}${report.subtitle}`, sections: [govSection(children)] });
  return Buffer.from(await Packer.toBuffer(document));
}
