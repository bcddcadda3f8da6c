import { createHash } from 'node:crypto';
import type { Emulator } from '../../emulator';
import { canonicalJson } from '../../core/interviews/seal';
import { callApi, collectionSnapshot, expectOk, sdkDatabase, startLocalCloud, uploadThroughSdk } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { fullRecord, interviewAt, setUpInterviewCast, shownContentHash, signAs, uploadSignature } from '../support/interview-fixture';
import type { InterviewCast } from '../support/interview-fixture';
import { signaturePng } from '../support/png';
import { evidenceBytes, importItem, setUpPeople, uploadEvidence } from '../support/task-fixture';
import type { Unit } from '../support/task-fixture';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const pathOf = (fileID: string) => fileID.replace(/^cloud:\/\/[^/]+\//, '');
const PDF = Buffer.from('%PDF-1.4\n谈话提纲：财务报销问题\n%%EOF\n');
const HTML = Buffer.from('<html><script>fetch("/api/functions/api",{method:"POST",credentials:"include",body:JSON.stringify({action:"roster.upsertMember"})})</script></html>');

/** A phone's upload (wx.cloud.uploadFile) as WeChat user `openid`: the storage rule applies to it, unlike a function's. */
async function uploadAsClient(cloud: Emulator, openid: string, cloudPath: string, bytes: Buffer): Promise<number> {
  const metadata = (await (
    await fetch(`${cloud.url}/admin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'storage.getUploadMetadata', path: cloudPath, auth: { openid } }) })
  ).json()) as { code?: string; data?: { url: string } };
  if (metadata.code) return 403;
  return (await fetch(metadata.data?.url as string, { method: 'PUT', body: new Uint8Array(bytes) })).status;
}

async function download(cloud: Emulator, fileID: string): Promise<Buffer> {
  const sdk = require('wx-server-sdk') as typeof import('wx-server-sdk');
  Object.assign(process.env, cloud.sdkEnv());
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string });
  return ((await sdk.downloadFile({ fileID })) as { fileContent: Buffer }).fileContent;
}

/** The insider attacks of issue 13 that part A answers: files, seals and signatures. Each test is the attack. */
describe('evidence against an insider', () => {
  let cloud: Emulator;
  let cast: InterviewCast;
  beforeAll(async () => {
    cloud = await startLocalCloud();
    cast = await setUpInterviewCast(cloud);
  });
  afterAll(async () => {
    await cloud.close();
  });

  it('finding 1: refuses an HTML page dressed as a photo or PDF as an attachment or feedback file, by its bytes', async () => {
    const approved = (await interviewAt(cloud, cast, 'approved')).id;
    const before = await collectionSnapshot(cloud, 'interviews');
    for (const name of ['现场照片.jpg', '说明.pdf', 'page.html', 'logo.svg']) {
      const draft = await uploadThroughSdk(cloud, `uploads/interviews/${approved}/${name}`, HTML);
      const result = await callApi(cloud, cast.recorder.openid, 'interviews.record', { ...fullRecord(approved), attachments: [draft] });
      expect(result).toMatchObject({ ok: false, code: 'FILE_NOT_ALLOWED', message: `“${name}”不是图片、PDF、Word 或 Excel 文件，不能作为附件` });
    }
    const huge = await uploadThroughSdk(cloud, `uploads/interviews/${approved}/扫描件.pdf`, Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]));
    expect(await callApi(cloud, cast.recorder.openid, 'interviews.record', { ...fullRecord(approved), attachments: [huge] })).toMatchObject({
      ok: false,
      code: 'FILE_NOT_ALLOWED',
      message: '“扫描件.pdf”有 11.0 MB，单个附件不能超过 10 MB',
    });
    expect(await collectionSnapshot(cloud, 'interviews')).toEqual(before);
    expect(await collectionSnapshot(cloud, 'files')).toEqual([]);
  });

  it('finding 2: an accepted attachment cannot be swapped — the record keeps the server copy, phones cannot overwrite it, and the seal checks its bytes', async () => {
    const approved = (await interviewAt(cloud, cast, 'approved')).id;
    const draft = await uploadThroughSdk(cloud, `uploads/interviews/${approved}/提纲.pdf`, PDF);
    await expectOk(cloud, cast.recorder.openid, 'interviews.record', { ...fullRecord(approved), attachments: [draft] });
    await expectOk(cloud, cast.recorder.openid, 'interviews.requestSignatures', { interviewId: approved });
    let signed = (await expectOk(cloud, OFFICE_OPENID, 'interviews.get', { interviewId: approved })).interview;
    for (const [index, slot] of signed.slots.entries()) {
      signed = await signAs(cloud, slot.person.id === cast.subject.id ? cast.subject : cast.interviewer, approved, slot.slot, index + 1);
    }
    const copy = signed.record?.attachments[0]?.fileID as string;
    expect(pathOf(copy)).toBe(`evidence/interview/${approved}/${sha256(PDF)}/提纲.pdf`);
    const [facts] = (await collectionSnapshot(cloud, 'files')) as Record<string, unknown>[];
    expect(facts).toMatchObject({ fileID: copy, sha256: sha256(PDF), size: PDF.length, mimeType: 'application/pdf', originalName: '提纲.pdf', draftFileID: draft });

    // Someone who never bound, and the uploader himself, try to overwrite the copy from a phone: the rule says no.
    expect(await uploadAsClient(cloud, 'o-never-bound', pathOf(copy), HTML)).toBe(403);
    expect(await uploadAsClient(cloud, cast.recorder.openid, pathOf(copy), HTML)).toBe(403);
    // The draft can change (it is its creator's), and nothing that was accepted changes with it.
    expect(await uploadAsClient(cloud, 'o-someone-else', pathOf(draft), HTML)).toBe(403);
    await uploadThroughSdk(cloud, pathOf(draft), HTML);
    expect(await download(cloud, copy)).toEqual(PDF);
    expect((await expectOk(cloud, OFFICE_OPENID, 'interviews.verify', { interviewId: approved })).seal).toMatchObject({ intact: true, problems: [] });

    // An insider with storage access (the console) replaces the copy itself: the seal names it.
    await uploadThroughSdk(cloud, pathOf(copy), Buffer.concat([PDF, Buffer.from('改')]));
    expect((await expectOk(cloud, OFFICE_OPENID, 'interviews.verify', { interviewId: approved })).seal).toMatchObject({
      intact: false,
      problems: [{ kind: 'file_changed', fileID: copy, label: '附件“提纲.pdf”与提交时不一致' }],
    });
  });

  it('finding 5: a signature drawn over the text a signer saw is refused once the record was rewritten, and nothing is written', async () => {
    const pending = (await interviewAt(cloud, cast, 'pending_signatures')).id;
    const shownToSigner = await shownContentHash(cloud, pending);
    // The 记录人 rewrites the statement and asks for signatures again, while the signer's screen still shows version A.
    await expectOk(cloud, cast.recorder.openid, 'interviews.record', { ...fullRecord(pending), statement: '本人认可全部问题，无异议。' });
    await expectOk(cloud, cast.recorder.openid, 'interviews.requestSignatures', { interviewId: pending });
    const before = await collectionSnapshot(cloud, 'interviews');
    const fileID = await uploadSignature(cloud, pending, 'subject', signaturePng(4));
    const stale = await callApi(cloud, cast.subject.openid, 'interviews.sign', { interviewId: pending, slot: 'subject', fileID, contentHash: shownToSigner });
    expect(stale).toMatchObject({ ok: false, code: 'CONTENT_CHANGED', message: '记录内容已更新，签字未提交；请阅读更新后的内容再签字' });
    expect(await collectionSnapshot(cloud, 'interviews')).toEqual(before);
    // Read again, the new text signs, and the signature records what it was drawn over.
    const fresh = await expectOk(cloud, cast.subject.openid, 'interviews.get', { interviewId: pending });
    expect(fresh.interview.record?.statement).toBe('本人认可全部问题，无异议。');
    await expectOk(cloud, cast.subject.openid, 'interviews.sign', { interviewId: pending, slot: 'subject', fileID, contentHash: fresh.interview.contentHash });
    const [stored] = (await collectionSnapshot(cloud, 'interviews')).filter((doc) => (doc as { _id: string })._id === pending) as { signatures: { contentHash: string }[] }[];
    expect(stored?.signatures[0]?.contentHash).toBe(fresh.interview.contentHash);
  });

  it('finding 8: a seal re-forged without the key, feedback or access fields changed, and an edited old revision are all named by verify', async () => {
    const filed = await interviewAt(cloud, cast, 'filed');
    const id = filed.id;
    const db = sdkDatabase(cloud);
    const raw = async () => ((await collectionSnapshot(cloud, 'interviews')) as { _id: string; viewerIds: string[]; seal: { hash: string } }[]).find((doc) => doc._id === id);
    const viewerIds = (await raw())?.viewerIds as string[];

    // Rewrite the statement and recompute the old, unkeyed seal (sha256 of the canonical record) beside it.
    await db.collection('interviews').doc(id).update({ data: { record: { statement: '本人不认可' } } });
    const reforged = sha256(canonicalJson({ ...(await raw()), seal: null }));
    await db.collection('interviews').doc(id).update({ data: { seal: { hash: reforged } } });
    expect((await expectOk(cloud, OFFICE_OPENID, 'interviews.verify', { interviewId: id })).seal.problems.map((problem) => problem.kind)).toContain('content');
    await db.collection('interviews').doc(id).update({ data: { record: { statement: filed.record?.statement }, seal: { hash: filed.seal.hash } } });
    expect((await expectOk(cloud, OFFICE_OPENID, 'interviews.verify', { interviewId: id })).seal.intact).toBe(true);

    // Who may see it is sealed too: adding a viewer behind the app is noticed.
    await db.collection('interviews').doc(id).update({ data: { viewerIds: [...viewerIds, cast.strangerCadre.id] } });
    expect((await expectOk(cloud, OFFICE_OPENID, 'interviews.verify', { interviewId: id })).seal.problems.map((problem) => problem.kind)).toEqual(['content']);
    await db.collection('interviews').doc(id).update({ data: { viewerIds } });

    // Feedback once given is sealed in the appendix.
    await expectOk(cloud, cast.subject.openid, 'interviews.feedback', { interviewId: id, text: '已完成调账。', fileIDs: [] });
    expect((await expectOk(cloud, OFFICE_OPENID, 'interviews.verify', { interviewId: id })).seal.intact).toBe(true);
    await db.collection('interviews').doc(id).update({ data: { feedback: { text: '已全部整改完毕。' } } });
    expect((await expectOk(cloud, OFFICE_OPENID, 'interviews.verify', { interviewId: id })).seal.problems.map((problem) => problem.kind)).toEqual(['appendix']);
    await db.collection('interviews').doc(id).update({ data: { feedback: { text: '已完成调账。' } } });

    // A correction chains to revision 1; then revision 1 is edited in interview_revisions and its hash re-forged.
    await expectOk(cloud, OFFICE_OPENID, 'interviews.revise', { interviewId: id, reason: '更正约谈地点' });
    await expectOk(cloud, cast.recorder.openid, 'interviews.record', fullRecord(id));
    await expectOk(cloud, cast.recorder.openid, 'interviews.requestSignatures', { interviewId: id });
    let second = (await expectOk(cloud, OFFICE_OPENID, 'interviews.get', { interviewId: id })).interview;
    for (const [index, slot] of second.slots.entries()) second = await signAs(cloud, slot.person.id === cast.subject.id ? cast.subject : cast.interviewer, id, slot.slot, index + 7);
    expect((await expectOk(cloud, OFFICE_OPENID, 'interviews.verify', { interviewId: id })).seal).toMatchObject({ intact: true, problems: [] });

    await db.collection('interview_revisions').doc(`${id}-r1`).update({ data: { record: { statement: '本人不认可' }, seal: { hash: reforged } } });
    const verdict = (await expectOk(cloud, OFFICE_OPENID, 'interviews.verify', { interviewId: id })).seal;
    expect(verdict.intact).toBe(false);
    // The appendix (opinion, filing, feedback) is chained to the seal, so a forged seal breaks it too.
    expect(verdict.problems.map((problem) => problem.label)).toEqual([
      '第1版的封存值与后续版本记载的不一致',
      '第1版：记录内容、参与人员或附件清单与封存时不一致',
      '第1版：组织实施部门意见、归档信息或整改反馈与记录时不一致',
    ]);
  });

  it('finding 8: a seal key that is not configured is reported, never silently accepted', async () => {
    const keyless = await startLocalCloud({ SETUP_SECRET: 'test-setup-secret' });
    try {
      const other = await setUpInterviewCast(keyless);
      const pending = (await interviewAt(keyless, other, 'pending_signatures')).id;
      const fileID = await uploadSignature(keyless, pending, 'subject', signaturePng(2));
      expect(await callApi(keyless, other.subject.openid, 'interviews.sign', { interviewId: pending, slot: 'subject', fileID, contentHash: await shownContentHash(keyless, pending) })).toMatchObject({
        ok: false,
        code: 'SEAL_KEY_MISSING',
      });
    } finally {
      await keyless.close();
    }
  });
});

/** Finding 2 on an item: progress evidence swapped after the leader was shown it. */
describe('progress evidence against a swap', () => {
  let cloud: Emulator;
  let unit: Unit;
  beforeAll(async () => {
    cloud = await startLocalCloud();
    unit = await setUpPeople(cloud);
  });
  afterAll(async () => {
    await cloud.close();
  });

  it('serves the leader the bytes the cadre posted, whatever is written to the upload path afterwards', async () => {
    const taskId = await importItem(cloud, unit);
    const photo = await uploadEvidence(cloud, taskId, '现场.jpg');
    await expectOk(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '已完成整改', fileIDs: [photo], fileNames: ['现场.jpg'] });
    // The old attack: someone writes other bytes to the same cloudPath (here with a function's rights, the most a phone ever had).
    await uploadThroughSdk(cloud, pathOf(photo), evidenceBytes('伪造.jpg'));
    const { timeline } = await expectOk(cloud, 'o-leader', 'tasks.get', { taskId });
    const shown = timeline.find((entry) => entry.kind === 'progress')?.files[0];
    expect(shown?.fileID).not.toBe(photo);
    expect(Buffer.from(await (await fetch(encodeURI(shown?.url as string))).arrayBuffer())).toEqual(evidenceBytes('现场.jpg'));
    // A file of another item, or a plan upload, cannot be attached at all.
    const foreign = await uploadEvidence(cloud, taskId, 'plan.jpg', 'uploads/plans/');
    expect(await callApi(cloud, 'o-cadre', 'tasks.addProgress', { taskId, text: '补充', fileIDs: [foreign] })).toMatchObject({ ok: false, code: 'FILE_NOT_ALLOWED', message: '附件不属于本事项，请重新上传' });
  });
});
