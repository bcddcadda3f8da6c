import { createHash } from 'node:crypto';
import mammoth from 'mammoth';
import type { Emulator } from '../../emulator';
import { callApi, callExports, collectionSnapshot, expectOk, startLocalCloud, uploadThroughSdk } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { FULL_RECORD, interviewAt, setUpInterviewCast } from '../support/interview-fixture';
import type { InterviewCast } from '../support/interview-fixture';
import { signaturePng } from '../support/png';
import { readZip } from '../support/zip';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function download(url: string): Promise<Buffer> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** The 约谈记录 as a .docx, from the separate `exports` function: the form, both signature images, the seal in the footer. */
describe('exports.interview', () => {
  let cloud: Emulator;
  let cast: InterviewCast;
  beforeAll(async () => {
    cloud = await startLocalCloud();
  });
  beforeEach(async () => {
    await cloud.reset();
    cloud.faults.clear();
    cast = await setUpInterviewCast(cloud);
  });
  afterAll(async () => {
    await cloud.close();
  });

  it('writes the filed record as a 约谈记录 form with both signature images byte for byte and the seal hash in the footer', async () => {
    const filed = await interviewAt(cloud, cast, 'filed');
    const result = await expectOk(cloud, cast.subject.openid, 'interviews.get', { interviewId: filed.id });
    expect(result.can.export).toBe(true);

    const exported = await callExports(cloud, cast.subject.openid, 'exports.interview', { interviewId: filed.id });
    if (!exported.ok) throw new Error(`${exported.code}: ${exported.message}`);
    expect(exported.data).toMatchObject({ fileName: '提醒谈话记录-赵会计-第1版.docx', seal: { sealed: true, intact: true, hash: filed.seal.hash } });
    expect(exported.data.fileID).toMatch(new RegExp(`/exports/interviews/${filed.id}/r1-\\d+\\.docx$`));
    const docx = await download(exported.data.url);

    const zip = readZip(docx);
    const media = [...zip.entries()].filter(([name]) => /^word\/media\/[^/]+\.png$/.test(name)).map(([, bytes]) => sha256(bytes)).sort();
    const signatureHashes = filed.slots.map((slot) => slot.sha256 as string);
    expect(media).toEqual([...signatureHashes].sort());
    // The images are exactly the ones the signers drew (the fixture seeds the strokes 1 and 2).
    expect(signatureHashes).toEqual([sha256(signaturePng(1)), sha256(signaturePng(2))]);

    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    for (const label of ['提醒谈话记录', '约谈对象', '单位职务', '约谈人', '记录人', '时间', '地点', '事由', '领导审批意见', '谈话内容', '对象表态', '整改要求', '整改承诺', '约谈对象签字', '约谈人签字', '组织实施部门意见', '归档']) {
      expect(text).toContain(label);
    }
    for (const value of ['赵会计', '财务室', '王副组长', '钱记录', '党组会议室', '同意约谈', FULL_RECORD.content, FULL_RECORD.statement, FULL_RECORD.requirements, '1. 本周内完成调账', '2. 每月报送整改进展', '约谈程序规范，同意归档。', '签字人：赵会计', '签字人：王副组长', '测试单位']) {
      expect(text).toContain(value);
    }
    const footer = [...zip.entries()].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, bytes]) => bytes.toString('utf8')).join('');
    expect(footer).toContain(filed.seal.hash as string);
    // The seal id (key id + short digest) lets a clerk match the paper with the system's 封存校验 at a glance.
    expect(footer).toContain(`封存编号：test-${(filed.seal.hash as string).slice(0, 16)}`);
    expect(footer).toContain('导出时校验一致');

    // Exporting a confidential record is recorded.
    const audit = (await collectionSnapshot(cloud, 'audit')) as { action: string; actorId: string; entityId: string }[];
    expect(audit.filter((entry) => entry.action === 'exports.interview')).toEqual([expect.objectContaining({ actorId: cast.subject.id, entityId: filed.id })]);
  });

  it('prints a failed check into the footer when an image was changed after sealing', async () => {
    const signed = await interviewAt(cloud, cast, 'signed');
    const stored = signed.slots[1]?.fileID as string;
    await uploadThroughSdk(cloud, stored.replace(/^cloud:\/\/[^/]+\//, ''), signaturePng(42));
    const exported = await callExports(cloud, OFFICE_OPENID, 'exports.interview', { interviewId: signed.id });
    if (!exported.ok) throw new Error(`${exported.code}: ${exported.message}`);
    expect(exported.data.seal).toMatchObject({ intact: false, problems: [expect.objectContaining({ kind: 'image_changed', slot: 'interviewer-1' })] });
    const zip = readZip(await download(exported.data.url));
    const footer = [...zip.entries()].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, bytes]) => bytes.toString('utf8')).join('');
    expect(footer).toContain('导出时校验不一致');
    expect(footer).toContain('王副组长的签名图片与封存时不一致');
  });

  it('exports an older revision as it was, and a draft marked as not sealed', async () => {
    const filed = await interviewAt(cloud, cast, 'filed');
    await expectOk(cloud, cast.recorder.openid, 'interviews.revise', { interviewId: filed.id, reason: '更正谈话时间' });
    const old = await callExports(cloud, OFFICE_OPENID, 'exports.interview', { interviewId: filed.id, revision: 1 });
    expect(old).toMatchObject({ ok: true, data: { fileName: '提醒谈话记录-赵会计-第1版.docx', seal: { intact: true, hash: filed.seal.hash } } });
    const current = await callExports(cloud, OFFICE_OPENID, 'exports.interview', { interviewId: filed.id });
    if (!current.ok) throw new Error(current.code);
    expect(current.data.seal.sealed).toBe(false);
    const { value: text } = await mammoth.extractRawText({ buffer: await download(current.data.url) });
    expect(text).toContain('第2版');
    expect(text).toContain('更正说明');
    expect(text).toContain('（未签字）');
  });

  it('refuses strangers, unknown records and bad input; each function serves only its own actions', async () => {
    const id = (await interviewAt(cloud, cast, 'signed')).id;
    expect(await callExports(cloud, cast.strangerCadre.openid, 'exports.interview', { interviewId: id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callExports(cloud, 'o-unbound', 'exports.interview', { interviewId: id })).toMatchObject({ ok: false, code: 'NOT_BOUND' });
    expect(await callExports(cloud, OFFICE_OPENID, 'exports.interview', { interviewId: 'none' })).toMatchObject({ ok: false, code: 'INTERVIEW_NOT_FOUND' });
    expect(await callExports(cloud, OFFICE_OPENID, 'exports.interview', { interviewId: id, revision: 0 })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await callExports(cloud, OFFICE_OPENID, 'interviews.get', { interviewId: id })).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect(await callApi(cloud, OFFICE_OPENID, 'exports.interview', { interviewId: id })).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect((await collectionSnapshot(cloud, 'audit')).filter((entry) => (entry as { action: string }).action === 'exports.interview')).toEqual([]);
  });
});
