import { sniffFileKind } from './file-kind';

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part)))));

describe('sniffFileKind', () => {
  it('recognises the kinds evidence comes in by their first bytes, whatever the name says', () => {
    expect(sniffFileKind(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'a.pdf')).toMatchObject({ extension: 'png', isImage: true });
    expect(sniffFileKind(bytes([0xff, 0xd8, 0xff, 0xe1]), 'scan')).toMatchObject({ extension: 'jpg', mimeType: 'image/jpeg' });
    expect(sniffFileKind(bytes('GIF89a'), 'x')).toMatchObject({ extension: 'gif' });
    expect(sniffFileKind(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'x')).toMatchObject({ extension: 'webp' });
    expect(sniffFileKind(bytes([0, 0, 0, 24], 'ftypheic'), 'IMG_1.HEIC')).toMatchObject({ extension: 'heic', isImage: true });
    expect(sniffFileKind(bytes('%PDF-1.7\n'), '报告.jpg')).toMatchObject({ extension: 'pdf', isImage: false });
    expect(sniffFileKind(bytes([0x50, 0x4b, 3, 4], '[Content_Types].xml word/document.xml'), 'x.zip')).toMatchObject({ extension: 'docx' });
    expect(sniffFileKind(bytes([0x50, 0x4b, 3, 4], '[Content_Types].xml xl/workbook.xml'), 'x')).toMatchObject({ extension: 'xlsx' });
    expect(sniffFileKind(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '台账.xls')).toMatchObject({ extension: 'xls' });
    expect(sniffFileKind(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '无扩展名')).toMatchObject({ extension: 'doc' });
  });

  it('knows nothing else: HTML, SVG, script, a plain zip or an empty file', () => {
    for (const [content, name] of [
      ['<html><script>alert(1)</script>', 'photo.jpg'],
      ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'logo.png'],
      ['#!/bin/sh\nrm -rf /', 'run.pdf'],
      ['PK\u0003\u0004evil.exe', 'a.docx'],
      ['', 'empty.pdf'],
    ] as const) {
      expect(sniffFileKind(bytes(content), name)).toBeNull();
    }
  });
});
