// The mini-program: the file is downloaded (with progress) and opened in WeChat's document viewer with its menu, so
// it can be forwarded to a chat, saved or printed. Taro picks deliverFile.h5.ts for H5.
import Taro from '@tarojs/taro';
import type { ExportedFile } from '../../../core/actions/exports';

export type Delivery = 'opened' | 'link';

function fileTypeOf(fileName: string): 'xlsx' | 'docx' {
  return fileName.endsWith('.xlsx') ? 'xlsx' : 'docx';
}

/** Downloads and opens the export; `onProgress` gets 0–100 while it downloads. */
export async function deliverFile(file: ExportedFile, onProgress: (percent: number) => void): Promise<Delivery> {
  const task = Taro.downloadFile({ url: file.url });
  task.onProgressUpdate((update) => onProgress(update.progress));
  const { tempFilePath, statusCode } = await task;
  if (statusCode !== 200) throw new Error(`HTTP ${statusCode}`);
  await Taro.openDocument({ filePath: tempFilePath, fileType: fileTypeOf(file.fileName), showMenu: true });
  return 'opened';
}
