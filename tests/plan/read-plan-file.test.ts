import { decodeText, readPlanText } from '../../server/plans/read-plan-file';

const PLAN = '问题1：台账不全\n整改措施：补齐台账';

describe('reading a plan file', () => {
  it('decodes UTF-8 with and without a BOM, and UTF-16 with a BOM', () => {
    const utf8 = new TextEncoder().encode(PLAN);
    expect(decodeText(utf8)).toBe(PLAN);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(PLAN);
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from(PLAN, 'utf16le')]))).toBe(PLAN);
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    // 问题 in GB18030.
    expect(decodeText(new Uint8Array([0xce, 0xca, 0xcc, 0xe2]))).toBe('问题');
  });

  it('accepts .txt and .docx only, and names the old .doc format', async () => {
    await expect(readPlanText(new TextEncoder().encode(PLAN), '方案.TXT')).resolves.toBe(PLAN);
    await expect(readPlanText(new Uint8Array(), '方案.doc')).rejects.toThrow('另存为 .docx');
    await expect(readPlanText(new Uint8Array(), '方案.pdf')).rejects.toThrow('不支持的文件类型「.pdf」');
    await expect(readPlanText(new Uint8Array(), 'README')).rejects.toThrow('不支持的文件类型「无扩展名」');
  });
});
