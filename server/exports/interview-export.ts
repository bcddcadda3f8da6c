import { AppError } from '../../core/errors';
import { INTERVIEW_KIND_LABELS } from '../../core/interviews/states';
import type { ActionHandler } from '../api/handlers';
import { requireMember } from '../api/context';
import { recordAudit } from '../db/audit';
import { COLLECTIONS } from '../db/collections';
import { temporaryUrlsOf, uploadFile } from '../platform/storage-files';
import type { InterviewDocument } from '../interviews/interview-documents';
import { checkSeal, filesOf, sealKeysForReading } from '../interviews/interview-seal';
import { loadForAction, loadRevision } from '../interviews/interview-service';
import { buildInterviewDocx } from './interview-docx';
import { xmlSafe, xmlSafeText } from './xml-safe';

async function unitNameOf(context: Parameters<ActionHandler<'exports.interview'>>[1]): Promise<string | null> {
  const { data } = await context.db.collection(COLLECTIONS.meta).limit(20).get<{ unitName?: unknown }>();
  const named = data.find((entry) => typeof entry.unitName === 'string' && entry.unitName.length > 0);
  return named ? (named.unitName as string) : null;
}

/**
 * The .docx of a 约谈记录 (current revision or an older one) for the paper archive. The seal is checked on the very
 * images put into the document; the footer prints the result. Exporting a confidential record is audited.
 */
export const exportInterview: ActionHandler<'exports.interview'> = async (input, context) => {
  const member = requireMember(context);
  const current = await loadForAction(context, input.interviewId, 'exports.interview');
  const revision = await loadRevision(context, current, input.revision);
  const shown: InterviewDocument = revision ? { ...revision, _id: current._id } : current;
  const now = context.now();
  const [images, unitName] = await Promise.all([filesOf(shown), unitNameOf(context)]);
  const seal = await checkSeal(shown, current._id, sealKeysForReading(context.env), now, images);
  const bytes = await buildInterviewDocx(xmlSafe(shown), xmlSafe(seal), images, unitName === null ? null : xmlSafeText(unitName));
  const fileID = await uploadFile(`exports/interviews/${current._id}/r${shown.revision}-${now.getTime()}.docx`, bytes);
  const url = (await temporaryUrlsOf([fileID])).get(fileID) ?? '';
  if (!url) throw new AppError('INTERNAL');
  await context.db.runTransaction(async (transaction) => {
    await recordAudit(transaction, {
      entity: 'interview',
      entityId: current._id,
      action: 'exports.interview',
      actorId: member.id,
      at: now,
      before: null,
      after: { revision: shown.revision, fileID, sealIntact: seal.intact },
    });
  });
  const fileName = `${INTERVIEW_KIND_LABELS[shown.kind]}记录-${shown.subject?.name ?? '未定'}-第${shown.revision}版.docx`;
  return { fileID, url, fileName, seal };
};
