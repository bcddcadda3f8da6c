import { inflateRawSync } from 'node:zlib';

export type DocxSizeVerdict = 'fits' | 'too-large' | 'damaged';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;

/**
 * Whether the .docx stays under `limit` bytes once inflated: first what its central directory declares, then what
 * its entries really inflate to (a header can lie), inflating with a cap so a bomb stops at the limit.
 * 'damaged' for anything that is not a readable zip.
 */
export function docxFitsInflated(bytes: Buffer, limit: number): DocxSizeVerdict {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end -= 1;
  if (end < 0) return 'damaged';
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const entries: { method: number; start: number; compressed: number }[] = [];
  let declared = 0;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) return 'damaged';
    const method = bytes.readUInt16LE(offset + 10);
    const compressed = bytes.readUInt32LE(offset + 20);
    const size = bytes.readUInt32LE(offset + 24);
    if (compressed === ZIP64_MARKER || size === ZIP64_MARKER) return 'damaged';
    declared += size;
    if (declared > limit) return 'too-large';
    const nameLength = bytes.readUInt16LE(offset + 28);
    const local = bytes.readUInt32LE(offset + 42);
    if (local + 30 > bytes.length) return 'damaged';
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    entries.push({ method, start, compressed });
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  let inflated = 0;
  for (const entry of entries) {
    const data = bytes.subarray(entry.start, entry.start + entry.compressed);
    if (entry.method === 0) inflated += data.length;
    else {
      try {
        inflated += inflateRawSync(data, { maxOutputLength: limit - inflated + 1 }).length;
      } catch (error) {
        return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'damaged';
      }
    }
    if (inflated > limit) return 'too-large';
  }
  return 'fits';
}
