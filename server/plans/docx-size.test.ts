import { deflateRawSync } from 'node:zlib';
import { docxFitsInflated } from './docx-size';
import { PlanFileError, readDocxText } from './read-plan-file';

/** A one-entry deflated zip whose central directory declares `declaredSize` (a bomb can lie about it). */
function zipOf(content: Buffer, declaredSize = content.length): Buffer {
  const name = Buffer.from('word/document.xml');
  const data = deflateRawSync(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('a .docx is refused above an uncompressed size before mammoth reads it', () => {
  it('accepts a small document', () => {
    expect(docxFitsInflated(zipOf(Buffer.from('<w:document/>')), 1024)).toBe('fits');
  });

  it('refuses one whose directory declares more than the limit', () => {
    expect(docxFitsInflated(zipOf(Buffer.from('<w:document/>'), 2048), 1024)).toBe('too-large');
  });

  it('refuses one that declares little but inflates to more (a lying header)', () => {
    expect(docxFitsInflated(zipOf(Buffer.alloc(4096), 10), 1024)).toBe('too-large');
  });

  it('answers a 100 MB bomb with a Chinese message, without inflating it all', async () => {
    const bomb = zipOf(Buffer.alloc(100 * 1024 * 1024), 100);
    expect(bomb.length).toBeLessThan(200 * 1024);
    await expect(readDocxText(bomb)).rejects.toThrow(PlanFileError);
    await expect(readDocxText(bomb)).rejects.toThrow(/解压后过大/);
  });
});
