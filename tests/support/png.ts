import { deflateSync } from 'node:zlib';

/** A tiny PNG encoder (8-bit RGBA, filter 0) for tests: what a signature pad's canvas exports, without a browser. */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export type Rgba = [number, number, number, number];

/** Encodes width × height pixels given by `pixel(x, y)`; `extra` chunks go before IDAT (to make a file big). */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgba, options: { extra?: Buffer; level?: number } = {}): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y += 1) {
    const row = y * (width * 4 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x += 1) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header)];
  if (options.extra) parts.push(chunk('tEXt', options.extra));
  parts.push(chunk('IDAT', deflateSync(raw, { level: options.level ?? 6 })), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

const TRANSPARENT: Rgba = [0, 0, 0, 0];
const INK: Rgba = [20, 20, 20, 255];

/**
 * A handwritten-looking signature: a few sine strokes across a transparent pad, 3 px thick. `seed` varies the
 * strokes, so two signers' images differ byte for byte.
 */
export function signaturePng(seed = 1, width = 300, height = 120): Buffer {
  const strokes = [0, 1, 2].map((index) => ({ phase: seed * 0.7 + index, amplitude: 12 + ((seed + index) % 5) * 4, base: 30 + index * 28, from: 20 + index * 30, to: width - 20 - index * 25 }));
  return encodePng(width, height, (x, y) => {
    for (const stroke of strokes) {
      if (x < stroke.from || x > stroke.to) continue;
      const center = stroke.base + stroke.amplitude * Math.sin(x / 17 + stroke.phase);
      if (Math.abs(y - center) <= 1.5) return INK;
    }
    return TRANSPARENT;
  });
}

/** An empty pad: every pixel transparent. */
export function blankPng(width = 300, height = 120): Buffer {
  return encodePng(width, height, () => TRANSPARENT);
}

/** A pad with one tap: a dot of a few pixels. */
export function dotPng(width = 300, height = 120): Buffer {
  return encodePng(width, height, (x, y) => (Math.hypot(x - 150, y - 60) <= 2 ? INK : TRANSPARENT));
}

/** A real signature padded with a big text chunk past the size limit. */
export function oversizedPng(bytes = 600 * 1024): Buffer {
  return encodePng(300, 120, (x, y) => (Math.abs(y - 60 - 20 * Math.sin(x / 15)) <= 1.5 ? INK : TRANSPARENT), { extra: Buffer.alloc(bytes, 0x61) });
}
