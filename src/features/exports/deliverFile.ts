// The mini-program: the file is downloaded (with progress) and opened in WeChat's document viewer with its menu, so
// it can be forwarded to a chat, saved or printed. Taro picks deliverFile.h5.ts for H5.
import Taro from '@tarojs/taro';
import type { ExportedFile } from '../../../core/actions/exports';
import { namedUserPath } from '@/api/namedUserPath';

export type Delivery = 'opened' | 'link';

function fileTypeOf(fileName: string): 'xlsx' | 'docx' {
  return fileName.endsWith('.xlsx') ? 'xlsx' : 'docx';
}

/** Downloads and opens the export; `onProgress` gets 0–100 while it downloads. */
export async function deliverFile(file: ExportedFile, onProgress: (percent: number) => void): Promise<Delivery> {
  // A path named after the file: the viewer's title and a forwarded file carry 整改台账-20261203.xlsx, not a hash.
  const task = Taro.downloadFile({ url: file.url, filePath: namedUserPath(file.fileName) });
  task.onProgressUpdate((update) => onProgress(update.progress));
  const { filePath, statusCode } = await task;
  if (statusCode !== 200) throw new Error(`HTTP ${statusCode}`);
  await Taro.openDocument({ filePath, fileType: fileTypeOf(file.fileName), showMenu: true });
  return 'opened';
}
