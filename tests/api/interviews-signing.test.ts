import { EJSON } from 'bson';
import type { Document } from 'bson';
import { createHash, createHmac } from 'node:crypto';
import type { Emulator } from '../../emulator';
import type { InterviewDetail } from '../../core/interviews/model';
import { canonicalJson } from '../../core/interviews/seal';
import type { InterviewDocument } from '../../server/interviews/interview-documents';
import { sealContentOf } from '../../server/interviews/interview-seal';
import { TEST_SEAL_KEY, callApi, collectionSnapshot, expectOk, sdkDatabase, startLocalCloud, uploadThroughSdk } from '../support/local-cloud';
import { OFFICE_OPENID } from '../support/roster-fixture';
import { fullRecord, interviewAt, setUpInterviewCast, signAs, uploadSignature, shownContentHash } from '../support/interview-fixture';
import type { InterviewCast } from '../support/interview-fixture';
import { blankPng, dotPng, oversizedPng, signaturePng } from '../support/png';
import { testNow } from '../support/test-clock';

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Handwritten signatures, the seal over content and images, corrections as revisions, and tampering caught. */
describe('约谈 records: signatures and the seal', () => {
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

  async function snapshot() {
    return { interviews: await collectionSnapshot(cloud, 'interviews'), audit: await collectionSnapshot(cloud, 'audit') };
  }

  it('stores the signer, the server time and the sha256 of exactly the uploaded image', async () => {
    const id = (await interviewAt(cloud, cast, 'pending_signatures')).id;
    const png = signaturePng(7);
    const fileID = await uploadSignature(cloud, id, 'subject', png);
    const before = testNow().getTime();
    const { interview } = await expectOk(cloud, cast.subject.openid, 'interviews.sign', { interviewId: id, slot: 'subject', fileID, contentHash: await shownContentHash(cloud, id) });
    const slot = interview.slots.find((entry) => entry.slot === 'subject');
    expect(slot).toMatchObject({ signed: true, sha256: sha256(png), person: { id: cast.subject.id } });
    expect(new Date(slot?.signedAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000);
    // The server keeps its own copy, outside the client's upload folder.
    expect(slot?.fileID).toMatch(new RegExp(`/interviews/${id}/r1/subject-[0-9a-f]{16}\\.png$`));
    const stored = (await collectionSnapshot(cloud, 'interviews')) as { signatures: { memberId: string; uploadFileID: string; bytes: number }[] }[];
    expect(stored[0]?.signatures[0]).toMatchObject({ memberId: cast.subject.id, uploadFileID: fileID, bytes: png.length });
    expect(interview.state).toBe('pending_signatures');
  });

  it("refuses someone else's slot, whoever asks, and leaves the database as it was", async () => {
    const id = (await interviewAt(cloud, cast, 'pending_signatures')).id;
    const before = await snapshot();
    for (const [person, slot] of [
      [cast.interviewer, 'subject'],
      [cast.subject, 'interviewer-1'],
      [cast.recorder, 'subject'],
    ] as const) {
      const fileID = await uploadSignature(cloud, id, slot, signaturePng(3));
      expect(await callApi(cloud, person.openid, 'interviews.sign', { interviewId: id, slot, fileID, contentHash: await shownContentHash(cloud, id) })).toMatchObject({ ok: false, code: 'SLOT_NOT_YOURS' });
    }
    const officeFile = await uploadSignature(cloud, id, 'subject', signaturePng(3));
    expect(await callApi(cloud, OFFICE_OPENID, 'interviews.sign', { interviewId: id, slot: 'subject', fileID: officeFile, contentHash: await shownContentHash(cloud, id) })).toMatchObject({ ok: false, code: 'SLOT_NOT_YOURS' });
    expect(await callApi(cloud, cast.strangerCadre.openid, 'interviews.sign', { interviewId: id, slot: 'subject', fileID: officeFile, contentHash: await shownContentHash(cloud, id) })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, cast.subject.openid, 'interviews.sign', { interviewId: id, slot: 'interviewer-2', fileID: officeFile, contentHash: await shownContentHash(cloud, id) })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a blank pad, a single dot, a non-PNG and a PNG over 512 KB, and leaves the database as it was', async () => {
    const id = (await interviewAt(cloud, cast, 'pending_signatures')).id;
    const before = await snapshot();
    const cases: [Buffer, string][] = [
      [blankPng(), 'SIGNATURE_BLANK'],
      [dotPng(), 'SIGNATURE_BLANK'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0L10 10"/></svg>'), 'SIGNATURE_NOT_PNG'],
      [Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4000, 7)]), 'SIGNATURE_NOT_PNG'],
      [oversizedPng(), 'SIGNATURE_TOO_LARGE'],
    ];
    for (const [bytes, code] of cases) {
      const fileID = await uploadSignature(cloud, id, 'subject', bytes);
      const result = await callApi(cloud, cast.subject.openid, 'interviews.sign', { interviewId: id, slot: 'subject', fileID, contentHash: await shownContentHash(cloud, id) });
      expect(result).toMatchObject({ ok: false, code });
      expect(result.ok === false && result.message).toMatch(/请重新签字/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an upload from another folder, another slot or a missing file', async () => {
    const id = (await interviewAt(cloud, cast, 'pending_signatures')).id;
    const other = (await interviewAt(cloud, cast, 'pending_signatures')).id;
    const before = await snapshot();
    const elsewhere = await uploadThroughSdk(cloud, 'uploads/tasks/x/subject-abcdef.png', signaturePng());
    const otherRecord = await uploadSignature(cloud, other, 'subject', signaturePng());
    const otherSlot = await uploadSignature(cloud, id, 'interviewer-1', signaturePng());
    for (const fileID of [elsewhere, otherRecord, otherSlot]) {
      expect(await callApi(cloud, cast.subject.openid, 'interviews.sign', { interviewId: id, slot: 'subject', fileID, contentHash: await shownContentHash(cloud, id) })).toMatchObject({ ok: false, code: 'SIGNATURE_FILE_INVALID' });
    }
    const missing = otherRecord.replace(`/uploads/interviews/${other}/`, `/uploads/interviews/${id}/`).replace(/subject-[^/]+$/, 'subject-gone1234.png');
    expect(await callApi(cloud, cast.subject.openid, 'interviews.sign', { interviewId: id, slot: 'subject', fileID: missing, contentHash: await shownContentHash(cloud, id) })).toMatchObject({ ok: false, code: 'FILE_NOT_FOUND' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a second signature in the same slot', async () => {
    const id = (await interviewAt(cloud, cast, 'pending_signatures', { interviewerIds: [cast.interviewer.id, cast.interviewer2.id] })).id;
    await signAs(cloud, cast.subject, id, 'subject');
    const fileID = await uploadSignature(cloud, id, 'subject', signaturePng(9));
    expect(await callApi(cloud, cast.subject.openid, 'interviews.sign', { interviewId: id, slot: 'subject', fileID, contentHash: await shownContentHash(cloud, id) })).toMatchObject({ ok: false, code: 'ALREADY_SIGNED' });
  });

  it('seals with HMAC-SHA256 over the canonical content, keyed outside the database: the key recomputes it, a bare hash does not', async () => {
    const signed = await interviewAt(cloud, cast, 'signed');
    const [stored] = (await collectionSnapshot(cloud, 'interviews')) as Record<string, unknown>[];
    const doc = EJSON.deserialize(stored as Document) as InterviewDocument;
    const content = canonicalJson(sealContentOf(doc, signed.id, null));
    const [keyId, secret] = TEST_SEAL_KEY.split(/:(.*)/s) as [string, string];
    expect(doc.seal).toMatchObject({ keyId, hash: createHmac('sha256', secret).update(content).digest('hex') });
    expect(sha256(content)).not.toBe(doc.seal?.hash);
    expect(signed.seal).toMatchObject({ hash: doc.seal?.hash, keyId });
  });

  it('refuses every write to sealed content with SEALED', async () => {
    const id = (await interviewAt(cloud, cast, 'signed')).id;
    const before = await collectionSnapshot(cloud, 'interviews');
    const attempts: [string, string, Record<string, unknown>][] = [
      [cast.recorder.openid, 'interviews.record', fullRecord(id)],
      [cast.recorder.openid, 'interviews.requestSignatures', { interviewId: id }],
      [OFFICE_OPENID, 'interviews.update', { interviewId: id, kind: 'reminder' }],
      [OFFICE_OPENID, 'interviews.submit', { interviewId: id }],
      [cast.approver.openid, 'interviews.approve', { interviewId: id, decision: 'return', opinion: '改一下' }],
    ];
    for (const [openid, action, input] of attempts) {
      expect(await callApi(cloud, openid, action as 'interviews.record', input)).toMatchObject({ ok: false, code: 'SEALED', message: expect.stringContaining('封存') });
    }
    const fileID = await uploadSignature(cloud, id, 'subject', signaturePng(5));
    expect(await callApi(cloud, cast.subject.openid, 'interviews.sign', { interviewId: id, slot: 'subject', fileID, contentHash: await shownContentHash(cloud, id) })).toMatchObject({ ok: false, code: 'SEALED' });
    expect(await collectionSnapshot(cloud, 'interviews')).toEqual(before);

    await expectOk(cloud, OFFICE_OPENID, 'interviews.addDeptOpinion', { interviewId: id, opinion: '同意归档' });
    expect(await callApi(cloud, OFFICE_OPENID, 'interviews.addDeptOpinion', { interviewId: id, opinion: '改为不同意' })).toMatchObject({ ok: false, code: 'SEALED' });
    await expectOk(cloud, OFFICE_OPENID, 'interviews.file', { interviewId: id });
    expect(await callApi(cloud, OFFICE_OPENID, 'interviews.file', { interviewId: id })).toMatchObject({ ok: false, code: 'SEALED' });
    expect(await callApi(cloud, cast.recorder.openid, 'interviews.record', fullRecord(id))).toMatchObject({ ok: false, code: 'SEALED' });
    const get = await expectOk(cloud, OFFICE_OPENID, 'interviews.get', { interviewId: id });
    expect(get.interview.deptOpinion?.text).toBe('同意归档');
    expect(get.interview.seal.intact).toBe(true);
  });

  it('corrects a sealed record as a new revision signed again, keeping the old one readable and intact', async () => {
    const first = await interviewAt(cloud, cast, 'filed');
    const id = first.id;
    expect(await callApi(cloud, cast.interviewer.openid, 'interviews.revise', { interviewId: id, reason: '更正' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await callApi(cloud, cast.recorder.openid, 'interviews.revise', { interviewId: id, reason: '' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    const revised = await expectOk(cloud, cast.recorder.openid, 'interviews.revise', { interviewId: id, reason: '整改承诺漏记一条' });
    expect(revised.interview).toMatchObject({
      revision: 2,
      state: 'recorded',
      seal: { sealed: false },
      deptOpinion: null,
      filed: null,
      correction: { reason: '整改承诺漏记一条', previousRevision: 1, by: { name: '钱记录' } },
    });
    expect(revised.interview.slots.every((slot) => !slot.signed)).toBe(true);
    expect(revised.interview.record?.content).toBe(first.record?.content);
    expect(revised.interview.revisions.map((entry) => [entry.revision, entry.current, entry.hash])).toEqual([
      [2, true, null],
      [1, false, first.seal.hash],
    ]);

    await expectOk(cloud, cast.recorder.openid, 'interviews.record', { ...fullRecord(id), commitments: ['本周内完成调账', '每月报送整改进展', '建立财务复核制度'] });
    await expectOk(cloud, cast.recorder.openid, 'interviews.requestSignatures', { interviewId: id });
    await signAs(cloud, cast.subject, id, 'subject', 11);
    const resealed = await signAs(cloud, cast.interviewer, id, 'interviewer-1', 12);
    expect(resealed).toMatchObject({ state: 'signed', revision: 2, seal: { sealed: true, intact: true } });
    expect(resealed.seal.hash).not.toBe(first.seal.hash);

    const old = await expectOk(cloud, cast.subject.openid, 'interviews.get', { interviewId: id, revision: 1 });
    expect(old.interview).toMatchObject({ revision: 1, state: 'filed', seal: { sealed: true, intact: true, hash: first.seal.hash } });
    expect(old.interview.record?.commitments).toHaveLength(2);
    expect(old.can).toMatchObject({ sign: [], record: false, revise: false, export: true });
    expect((await expectOk(cloud, OFFICE_OPENID, 'interviews.verify', { interviewId: id, revision: 1 })).seal.intact).toBe(true);
    expect(await callApi(cloud, OFFICE_OPENID, 'interviews.get', { interviewId: id, revision: 5 })).toMatchObject({ ok: false, code: 'REVISION_NOT_FOUND' });
  });

  it('notices a signature image changed in storage: verify fails and get says so', async () => {
    const signed = await interviewAt(cloud, cast, 'signed');
    const id = signed.id;
    expect(await expectOk(cloud, cast.subject.openid, 'interviews.verify', { interviewId: id })).toMatchObject({ revision: 1, seal: { sealed: true, intact: true, problems: [] } });

    // Someone with storage access overwrites the subject's stored signature with other strokes.
    const stored = signed.slots.find((slot) => slot.slot === 'subject')?.fileID as string;
    const cloudPath = stored.replace(/^cloud:\/\/[^/]+\//, '');
    expect(await uploadThroughSdk(cloud, cloudPath, signaturePng(99))).toBe(stored);

    const verify = await expectOk(cloud, cast.subject.openid, 'interviews.verify', { interviewId: id });
    expect(verify.seal).toMatchObject({ sealed: true, intact: false, problems: [{ kind: 'image_changed', slot: 'subject', label: '赵会计的签名图片与封存时不一致' }] });
    const get = await expectOk(cloud, OFFICE_OPENID, 'interviews.get', { interviewId: id });
    expect(get.interview.seal).toMatchObject({ intact: false, problems: [expect.objectContaining({ kind: 'image_changed' })] });
  });

  it('notices content changed in the database behind the app, and an image deleted', async () => {
    const signed = await interviewAt(cloud, cast, 'filed');
    const id = signed.id;
    const db = sdkDatabase(cloud);
    await db.collection('interviews').doc(id).update({ data: { record: { statement: '本人不认可' } } });
    const verify = await expectOk(cloud, OFFICE_OPENID, 'interviews.verify', { interviewId: id });
    expect(verify.seal.intact).toBe(false);
    expect(verify.seal.problems.map((problem) => problem.kind)).toEqual(['content']);

    await db.collection('interviews').doc(id).update({ data: { record: { statement: signed.record?.statement }, deptOpinion: { text: '不同意' } } });
    expect((await expectOk(cloud, OFFICE_OPENID, 'interviews.verify', { interviewId: id })).seal.problems.map((problem) => problem.kind)).toEqual(['appendix']);

    const sdk = require('wx-server-sdk') as typeof import('wx-server-sdk');
    await sdk.deleteFile({ fileList: [signed.slots[1]?.fileID as string] });
    const after = await expectOk(cloud, OFFICE_OPENID, 'interviews.get', { interviewId: id });
    expect(after.interview.seal.problems.map((problem) => problem.kind)).toEqual(['image_missing', 'appendix']);
  });

  it('seals exactly once when the last two signers sign at the same moment', async () => {
    const pending = await interviewAt(cloud, cast, 'pending_signatures', { interviewerIds: [cast.interviewer.id, cast.interviewer2.id] });
    const id = pending.id;
    await signAs(cloud, cast.subject, id, 'subject', 1);
    const [one, two] = await Promise.all([uploadSignature(cloud, id, 'interviewer-1', signaturePng(2)), uploadSignature(cloud, id, 'interviewer-2', signaturePng(3))]);
    const contentHash = await shownContentHash(cloud, id);
    const results = await Promise.all([
      callApi(cloud, cast.interviewer.openid, 'interviews.sign', { interviewId: id, slot: 'interviewer-1', fileID: one, contentHash }),
      callApi(cloud, cast.interviewer2.openid, 'interviews.sign', { interviewId: id, slot: 'interviewer-2', fileID: two, contentHash }),
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    const states = results.map((result) => (result.ok ? (result.data.interview as InterviewDetail).state : null)).sort();
    expect(states).toEqual(['pending_signatures', 'signed']);

    const get = await expectOk(cloud, OFFICE_OPENID, 'interviews.get', { interviewId: id });
    expect(get.interview).toMatchObject({ state: 'signed', seal: { sealed: true, intact: true } });
    expect(get.interview.slots.every((slot) => slot.signed)).toBe(true);
    const audit = (await collectionSnapshot(cloud, 'audit')) as { entityId: string; action: string; after: { seal?: unknown } | null }[];
    const signs = audit.filter((entry) => entry.entityId === id && entry.action === 'interviews.sign');
    expect(signs).toHaveLength(3);
    expect(signs.filter((entry) => entry.after?.seal)).toHaveLength(1);
  });
});
