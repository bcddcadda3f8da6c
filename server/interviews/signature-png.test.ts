import { blankPng, dotPng, encodePng, oversizedPng, signaturePng } from '../../tests/support/png';
import { crc32, inspectSignaturePng } from './signature-png';

describe('signature PNG checks', () => {
  it('accepts a drawn signature and reports its size and ink', () => {
    const verdict = inspectSignaturePng(signaturePng(3));
    expect(verdict).toMatchObject({ ok: true, width: 300, height: 120 });
    expect(verdict.ok && verdict.inkPixels).toBeGreaterThan(500);
  });

  it('accepts dark strokes on a white, opaque pad', () => {
    const png = encodePng(200, 80, (x, y) => (Math.abs(y - 40 - 15 * Math.sin(x / 10)) <= 1.5 ? [0, 0, 0, 255] : [255, 255, 255, 255]));
    expect(inspectSignaturePng(png)).toMatchObject({ ok: true });
  });

  it('refuses an empty pad and a single tap as blank', () => {
    expect(inspectSignaturePng(blankPng())).toMatchObject({ ok: false, code: 'SIGNATURE_BLANK' });
    expect(inspectSignaturePng(dotPng())).toMatchObject({ ok: false, code: 'SIGNATURE_BLANK' });
    const white = encodePng(200, 80, () => [255, 255, 255, 255]);
    expect(inspectSignaturePng(white)).toMatchObject({ ok: false, code: 'SIGNATURE_BLANK' });
  });

  it('refuses what is not a PNG, or a damaged one', () => {
    expect(inspectSignaturePng(Buffer.from('GIF89a not a png at all, just some bytes to be long enough'))).toMatchObject({ ok: false, code: 'SIGNATURE_NOT_PNG' });
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200)]);
    expect(inspectSignaturePng(jpeg)).toMatchObject({ ok: false, code: 'SIGNATURE_NOT_PNG' });
    const damaged = Buffer.from(signaturePng());
    damaged[40] = (damaged[40] as number) ^ 0xff; // inside IDAT: its CRC no longer matches
    expect(inspectSignaturePng(damaged)).toMatchObject({ ok: false, code: 'SIGNATURE_NOT_PNG', reason: expect.stringContaining('CRC') });
    const truncated = signaturePng().subarray(0, 100);
    expect(inspectSignaturePng(truncated)).toMatchObject({ ok: false, code: 'SIGNATURE_NOT_PNG' });
  });

  it('refuses an image whose data inflates to the wrong size (a bomb or a lie in IHDR)', () => {
    const png = Buffer.from(signaturePng());
    // Claim a taller image than the data holds, and fix up the IHDR CRC so only the size check can catch it.
    png.writeUInt32BE(400, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
    expect(inspectSignaturePng(png)).toMatchObject({ ok: false, code: 'SIGNATURE_NOT_PNG', reason: expect.stringContaining('expected') });
  });

  it('refuses a file over the size limit before decoding it', () => {
    expect(inspectSignaturePng(oversizedPng())).toMatchObject({ ok: false, code: 'SIGNATURE_TOO_LARGE' });
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('IEND', 'latin1'))).toBe(0xae426082);
  });
});
