// The mini-program: the .docx is downloaded and opened in WeChat's document viewer, with its menu (forward, save,
// print). Taro picks exportInterview.h5.ts for H5, where the page offers a download link instead.
import Taro from '@tarojs/taro';
import type { ExportInterviewOutput } from '../../../core/actions/interviews';
import { namedUserPath } from '@/api/namedUserPath';

/** Answers whether the page should show the link itself (H5) — here the document is already open. */
export async function deliverExport(output: ExportInterviewOutput): Promise<'opened' | 'link'> {
  const { filePath, statusCode } = await Taro.downloadFile({ url: output.url, filePath: namedUserPath(output.fileName) });
  if (statusCode !== 200) throw new Error(`HTTP ${statusCode}`);
  await Taro.openDocument({ filePath, fileType: 'docx', showMenu: true });
  return 'opened';
}
