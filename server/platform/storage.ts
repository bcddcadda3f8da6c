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
