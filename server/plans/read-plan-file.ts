import mammoth from 'mammoth';
import { docxHtmlToText } from './docx-html-to-text';
import { docxFitsInflated } from './docx-size';

// A plan file as the office receives it → its text for `parsePlan`. Node-only (mammoth reads Buffers), so it
// lives in server/: the plan:parse command and plans.preview (an uploaded .docx) both read files through it.

/** A file that cannot be read as a plan; the messages are one line each, for people. */
export class PlanFileError extends Error {
  constructor(
    readonly chinese: string,
    readonly english: string,
  ) {
    super(`${chinese} / ${english}`);
  }
}

/** UTF-8 (with or without BOM), UTF-16 with BOM (Notepad's "Unicode"), else GB18030 (older Chinese Windows). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** Paragraphs and tables of a .docx; a table row becomes one tab-separated line, which the table parser reads. */
export async function readDocxText(bytes: Uint8Array): Promise<string> {
  const broken = new PlanFileError('无法解析 .docx 文件：文件已损坏或不是 Word 文档', 'cannot parse the .docx file: it is damaged or not a Word document');
  if (!isZip(bytes)) throw broken;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!docxFitsInflated(buffer)) {
    throw new PlanFileError('文件解压后过大（超过64MB）或已损坏，请删除其中的大图片后另存为 .docx 再试', 'the .docx inflates beyond 64 MB or is damaged');
  }
  try {
    const { value } = await mammoth.convertToHtml({ buffer });
    return docxHtmlToText(value);
  } catch {
    throw broken;
  }
}

const extensionOf = (fileName: string) => {
  const dot = fileName.lastIndexOf('.');
  return dot > fileName.lastIndexOf('/') && dot >= 0 ? fileName.slice(dot).toLowerCase() : '';
};

/** The text of a .txt or .docx plan; anything else is a PlanFileError. */
export async function readPlanText(buffer: Uint8Array, fileName: string): Promise<string> {
  const extension = extensionOf(fileName);
  if (extension === '.txt') return decodeText(buffer);
  if (extension === '.docx') return readDocxText(buffer);
  if (extension === '.doc') {
    throw new PlanFileError('不支持旧版 .doc 文件，请在 Word 或 WPS 中另存为 .docx', 'old .doc files are not supported, save it as .docx first');
  }
  throw new PlanFileError(
    `不支持的文件类型「${extension || '无扩展名'}」，请使用 .txt 或 .docx`,
    `unsupported file type "${extension || 'none'}", use .txt or .docx`,
  );
}
