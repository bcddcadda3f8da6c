import { inflateSync } from 'node:zlib';
import { SIGNATURE_MAX_BYTES } from '../../core/interviews/fields';

/**
 * What the server checks before a handwritten signature lands: a real PNG (signature bytes, chunk CRCs, IHDR first,
 * IEND last), a size a signature pad produces, and enough ink once decoded (the IDAT inflated with zlib and
 * unfiltered) — a blank or near-blank pad is refused.
 */
export type PngVerdict =
  | { ok: true; width: number; height: number; inkPixels: number }
  | { ok: false; code: 'SIGNATURE_NOT_PNG' | 'SIGNATURE_BLANK' | 'SIGNATURE_TOO_LARGE'; reason: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A canvas is at most 1365 px a side on the phone (width × dpr); leave room for H5 screens. */
export const MAX_SIGNATURE_SIDE = 2048;
const MIN_SIDE = 16;
/** Channels per pixel by colour type, for 8-bit images (what canvases export): gray, RGB, gray+alpha, RGBA. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Ink: a pixel this far (sum of channel differences) from the background colour. */
const INK_DISTANCE = 96;
/** Fewer than this many ink pixels, or a mark narrower than this, is a tap or a dot, not a signature. */
const MIN_INK_PIXELS = 40;
const MIN_INK_SHARE = 0.0008;
const MIN_INK_SPAN_SHARE = 0.05;
const MIN_INK_SPAN_PIXELS = 10;

/** CRC-32 (PNG spec Annex D); zlib.crc32 needs Node 20.15, and the cloud runtime may be older. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let index = 0; index < bytes.length; index += 1) c = (CRC_TABLE[(c ^ (bytes[index] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function refuse(code: 'SIGNATURE_NOT_PNG' | 'SIGNATURE_BLANK' | 'SIGNATURE_TOO_LARGE', reason: string): PngVerdict {
  return { ok: false, code, reason };
}

interface Header {
  width: number;
  height: number;
  channels: number;
}

function readChunks(bytes: Buffer): { header: Header; data: Buffer } | string {
  if (bytes.length < PNG_SIGNATURE.length + 12 + 13 + 12 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'not a PNG signature';
  let offset = 8;
  let header: Header | null = null;
  const idat: Buffer[] = [];
  let ended = false;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (length > bytes.length || end > bytes.length) return `chunk ${type} runs past the end`;
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    if (crc32(typeAndData) !== bytes.readUInt32BE(offset + 8 + length)) return `chunk ${type} has a bad CRC`;
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (header === null) {
      if (type !== 'IHDR' || length !== 13) return 'first chunk is not IHDR';
      const [bitDepth, colorType, compression, filter, interlace] = [data[8], data[9], data[10], data[11], data[12]];
      const channels = CHANNELS[colorType as number];
      if (bitDepth !== 8 || channels === undefined || compression !== 0 || filter !== 0 || interlace !== 0) {
        return `unsupported format (bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace})`;
      }
      header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), channels };
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      ended = true;
      break;
    }
    offset = end;
  }
  if (!header) return 'no IHDR';
  if (!ended) return 'no IEND';
  if (idat.length === 0) return 'no image data';
  return { header, data: Buffer.concat(idat) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Undoes the per-row filters (PNG spec §9) in place; false on an unknown filter type. */
function unfilter(raw: Buffer, header: Header): Buffer | null {
  const stride = header.width * header.channels;
  const bpp = header.channels;
  const out = Buffer.alloc(stride * header.height);
  for (let y = 0; y < header.height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const at = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const left = x >= bpp ? (out[at + x - bpp] as number) : 0;
      const up = y > 0 ? (out[at - stride + x] as number) : 0;
      const upLeft = y > 0 && x >= bpp ? (out[at - stride + x - bpp] as number) : 0;
      const value = row[x] as number;
      let decoded: number;
      switch (filter) {
        case 0:
          decoded = value;
          break;
        case 1:
          decoded = value + left;
          break;
        case 2:
          decoded = value + up;
          break;
        case 3:
          decoded = value + ((left + up) >> 1);
          break;
        case 4:
          decoded = value + paeth(left, up, upLeft);
          break;
        default:
          return null;
      }
      out[at + x] = decoded & 0xff;
    }
  }
  return out;
}

function rgbaAt(pixels: Buffer, index: number, channels: number): [number, number, number, number] {
  const at = index * channels;
  switch (channels) {
    case 1:
      return [pixels[at] as number, pixels[at] as number, pixels[at] as number, 255];
    case 2:
      return [pixels[at] as number, pixels[at] as number, pixels[at] as number, pixels[at + 1] as number];
    case 3:
      return [pixels[at] as number, pixels[at + 1] as number, pixels[at + 2] as number, 255];
    default:
      return [pixels[at] as number, pixels[at + 1] as number, pixels[at + 2] as number, pixels[at + 3] as number];
  }
}

function isInk(pixel: readonly number[], background: readonly number[]): boolean {
  // Two (nearly) transparent pixels look the same whatever colour they carry.
  if ((pixel[3] as number) < 16 && (background[3] as number) < 16) return false;
  let distance = 0;
  for (let channel = 0; channel < 4; channel += 1) distance += Math.abs((pixel[channel] as number) - (background[channel] as number));
  return distance > INK_DISTANCE;
}

export function inspectSignaturePng(bytes: Buffer, maxBytes = SIGNATURE_MAX_BYTES): PngVerdict {
  if (bytes.length > maxBytes) return refuse('SIGNATURE_TOO_LARGE', `${bytes.length} bytes, at most ${maxBytes}`);
  const chunks = readChunks(bytes);
  if (typeof chunks === 'string') return refuse('SIGNATURE_NOT_PNG', chunks);
  const { header, data } = chunks;
  if (header.width < MIN_SIDE || header.height < MIN_SIDE || header.width > MAX_SIGNATURE_SIDE || header.height > MAX_SIGNATURE_SIDE) {
    return refuse('SIGNATURE_NOT_PNG', `size ${header.width}×${header.height} is not a signature pad's`);
  }
  const expected = header.height * (header.width * header.channels + 1);
  let raw: Buffer;
  try {
    // The limit stops a decompression bomb: a valid image inflates to exactly `expected` bytes.
    raw = inflateSync(data, { maxOutputLength: expected + 1 });
  } catch {
    return refuse('SIGNATURE_NOT_PNG', 'image data does not inflate');
  }
  if (raw.length !== expected) return refuse('SIGNATURE_NOT_PNG', `image data is ${raw.length} bytes, expected ${expected}`);
  const pixels = unfilter(raw, header);
  if (!pixels) return refuse('SIGNATURE_NOT_PNG', 'unknown row filter');

  // The background is the colour of the corners' majority (a pad is cleared to one colour, strokes rarely reach a corner).
  const total = header.width * header.height;
  const corners = [0, header.width - 1, total - header.width, total - 1].map((index) => rgbaAt(pixels, index, header.channels));
  const background = corners.find((corner) => corners.filter((other) => !isInk(other, corner)).length >= 2) ?? (corners[0] as number[]);
  let ink = 0;
  let minX = header.width;
  let maxX = -1;
  let minY = header.height;
  let maxY = -1;
  for (let index = 0; index < total; index += 1) {
    if (!isInk(rgbaAt(pixels, index, header.channels), background)) continue;
    ink += 1;
    const x = index % header.width;
    const y = (index - x) / header.width;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const span = Math.max(maxX - minX + 1, maxY - minY + 1, 0);
  const minSpan = Math.max(MIN_INK_SPAN_PIXELS, Math.round(Math.max(header.width, header.height) * MIN_INK_SPAN_SHARE));
  if (ink < Math.max(MIN_INK_PIXELS, Math.ceil(total * MIN_INK_SHARE)) || span < minSpan) {
    return refuse('SIGNATURE_BLANK', `${ink} ink pixels spanning ${Math.max(span, 0)} px`);
  }
  return { ok: true, width: header.width, height: header.height, inkPixels: ink };
}
