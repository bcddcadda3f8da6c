import { AppError } from '../../core/errors';
import { getCloud } from './cloud';

/** The bytes of a file in cloud storage; a missing or expired file is FILE_NOT_FOUND, for people to pick again. */
export async function downloadFile(fileID: string): Promise<Buffer> {
  try {
    const { fileContent } = (await getCloud().downloadFile({ fileID })) as { fileContent: Buffer };
    return fileContent;
  } catch (error) {
    throw new AppError('FILE_NOT_FOUND', undefined, { fileID, cause: error instanceof Error ? error.message : String(error) });
  }
}

/** The path inside the bucket: cloud://<env>.<bucket>/<path>. */
export function cloudPathOf(fileID: string): string {
  const withoutScheme = fileID.replace(/^cloud:\/\//, '');
  const slash = withoutScheme.indexOf('/');
  return slash < 0 ? '' : withoutScheme.slice(slash + 1);
}

/** getTempFileURL takes at most 50 ids a call. */
const TEMP_URL_BATCH = 50;

/**
 * Temporary download URLs by fileID, in as few calls as the platform allows (parallel batches of 50); a file
 * that is gone maps to ''. Private URLs last minutes: fetch them when a page is drawn, never store them.
 */
export async function temporaryUrls(fileIDs: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(fileIDs)];
  const urls = new Map<string, string>();
  const batches: string[][] = [];
  for (let index = 0; index < unique.length; index += TEMP_URL_BATCH) batches.push(unique.slice(index, index + TEMP_URL_BATCH));
  const answers = await Promise.all(
    batches.map(async (fileList) => {
      const result = (await getCloud().getTempFileURL({ fileList })) as { fileList?: { fileID: string; tempFileURL?: string; status?: number }[] };
      return result.fileList ?? [];
    }),
  );
  for (const entry of answers.flat()) urls.set(entry.fileID, entry.status === 0 && entry.tempFileURL ? entry.tempFileURL : '');
  for (const fileID of unique) if (!urls.has(fileID)) urls.set(fileID, '');
  return urls;
}
