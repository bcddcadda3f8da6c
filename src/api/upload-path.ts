// Shared by both targets' upload.ts: what a picked file is and where it goes in cloud storage.
import { appNow } from '../utils/clock';

/** A file the person picked: a temporary path in the mini-program, the File itself on H5. */
export type PickedFile = {
  name: string;
  size: number;
  /** Mini-program: the temp file path chooseMessageFile gave. */
  path?: string;
  /** H5: the File from the file input. */
  blob?: Blob;
};

export type UploadProgress = (percent: number) => void;

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The file's extension, lower case, without the dot; '' when it has none. */
export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return match ? (match[1] as string).toLowerCase() : '';
}

/**
 * `uploads/<folder>/<YYYYMM>/<random>.<ext>`: the month (Beijing) keeps folders browsable in the console, the
 * random name keeps two uploads of 方案.docx apart and keeps people's file names out of storage paths.
 */
export function uploadPath(folder: string, fileName: string, now: Date = appNow()): string {
  const beijing = new Date(now.getTime() + BEIJING_OFFSET_MS);
  const month = `${beijing.getUTCFullYear()}${String(beijing.getUTCMonth() + 1).padStart(2, '0')}`;
  const random = `${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  const extension = extensionOf(fileName);
  return `uploads/${folder}/${month}/${random}${extension ? `.${extension}` : ''}`;
}
