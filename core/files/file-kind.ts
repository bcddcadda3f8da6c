/**
 * What a file is, decided by its first bytes and never by its name: an `.jpg` that holds HTML is HTML. Only the
 * kinds evidence is kept in are recognised; anything else (HTML, SVG, scripts, archives, executables) is null.
 */
export interface FileKind {
  /** The extension the server's copy gets. */
  extension: string;
  mimeType: string;
  isImage: boolean;
}

const kind = (extension: string, mimeType: string, isImage = false): FileKind => ({ extension, mimeType, isImage });

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** Bytes as Latin-1 text, for finding the part names of an Office zip (stored uncompressed in its directory). */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 8192) text += String.fromCharCode(...bytes.subarray(index, index + 8192));
  return text;
}

/** Old Office and WPS files share one container (OLE compound file): the picked name tells which program opens it. */
const COMPOUND_FILE_TYPES: Record<string, FileKind> = {
  doc: kind('doc', 'application/msword'),
  xls: kind('xls', 'application/vnd.ms-excel'),
  wps: kind('wps', 'application/vnd.ms-works'),
  et: kind('et', 'application/vnd.ms-excel'),
};

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1']);

/** The kind of a file by its content; `pickedName` only chooses between look-alike containers. */
export function sniffFileKind(bytes: Uint8Array, pickedName: string): FileKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return kind('png', 'image/png', true);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return kind('jpg', 'image/jpeg', true);
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return kind('gif', 'image/gif', true);
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return kind('webp', 'image/webp', true);
  if (startsWith(bytes, ascii('ftyp'), 4) && HEIF_BRANDS.has(String.fromCharCode(...bytes.subarray(8, 12)))) return kind('heic', 'image/heic', true);
  if (startsWith(bytes, ascii('%PDF-'))) return kind('pdf', 'application/pdf');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const text = latin1(bytes);
    if (!text.includes('[Content_Types].xml')) return null;
    if (text.includes('word/')) return kind('docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    if (text.includes('xl/')) return kind('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    return null;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const extension = /\.([A-Za-z0-9]+)$/.exec(pickedName)?.[1]?.toLowerCase() ?? '';
    return COMPOUND_FILE_TYPES[extension] ?? COMPOUND_FILE_TYPES.doc ?? null;
  }
  return null;
}
