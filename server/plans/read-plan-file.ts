import { DOCX_MAX_UNCOMPRESSED_BYTES, DocxReadError, readDocxLines } from './docx-document';

// A plan file as the office receives it → its text for `parsePlan`. Node-only (the .docx is unzipped), so it
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

const MAX_DOCX_MB = DOCX_MAX_UNCOMPRESSED_BYTES / 1024 / 1024;

/** Paragraphs and tables of a .docx as Word shows them; a table row becomes one tab-separated line. */
export async function readDocxText(bytes: Uint8Array): Promise<string> {
  const broken = new PlanFileError('这份 .docx 文件已损坏，无法读取：请用 Word 或 WPS 打开后重新另存为 .docx，或直接粘贴方案正文', 'the .docx file is damaged and cannot be read');
  if (!isZip(bytes)) throw broken;
  try {
    return (await readDocxLines(bytes)).join('\n');
  } catch (error) {
    if (error instanceof DocxReadError && error.reason === 'too-large') {
      throw new PlanFileError(
        `.docx 文件解压后过大（超过 ${MAX_DOCX_MB} MB），无法读取：请删去其中的大图片后另存为 .docx，或把方案正文复制粘贴导入`,
        `the .docx inflates beyond ${MAX_DOCX_MB} MB: remove its pictures, or paste the plan's text instead`,
      );
    }
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
