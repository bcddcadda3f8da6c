// The mini-program: the office received the plan in a WeChat chat; chooseMessageFile picks it from there.
// Taro picks pickPlanFile.h5.ts for H5.
import Taro from '@tarojs/taro';
import type { PickedFile } from '@/api/upload';

export const PLAN_FILE_EXTENSIONS = ['docx', 'txt'];

/** The chosen file, or null when the person backed out. */
export async function pickPlanFile(): Promise<PickedFile | null> {
  try {
    const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: PLAN_FILE_EXTENSIONS });
    const [file] = tempFiles;
    return file ? { name: file.name, size: file.size, path: file.path } : null;
  } catch {
    // "chooseMessageFile:fail cancel": nothing was chosen.
    return null;
  }
}

export const PICK_FILE_HINT = '从微信聊天记录中选择收到的 .docx 或 .txt 文件';
