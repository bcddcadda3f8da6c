import type { ExportedFile } from '../../core/actions/exports';
import { AppError } from '../../core/errors';
import { randomBytes } from 'node:crypto';
import { temporaryUrlsOf, uploadFile } from '../platform/storage-files';

/**
 * Writes an export to cloud storage under exports/<kind>/<YYYYMM>/ with a random part (so one person's file cannot
 * be guessed from another's) and answers its fileID and a temporary URL for the phone to download and open.
 */
export async function deliver(kind: string, bytes: Buffer, fileName: string, now: Date): Promise<ExportedFile> {
  const month = now.toISOString().slice(0, 7).replace('-', '');
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
  const fileID = await uploadFile(`exports/${kind}/${month}/${now.getTime()}-${randomBytes(6).toString('hex')}.${extension}`, bytes);
  const url = (await temporaryUrlsOf([fileID])).get(fileID) ?? '';
  if (!url) throw new AppError('INTERNAL');
  return { fileID, url, fileName, bytes: bytes.length };
}

/** A file name people can read in a chat: no characters WeChat or Windows refuse. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 80);
}
