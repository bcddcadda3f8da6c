// Cloud storage through the REAL wx-server-sdk: upload, download, temporary URLs over HTTP, delete.
import { randomBytes } from 'node:crypto';
import { rejectionOf, startHarness, type SdkHarness, type TempFile } from './support';

let harness: SdkHarness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness.emulator.close();
});

const upload = (cloudPath: string, content: Buffer | string) => harness.cloud.uploadFile({ cloudPath, fileContent: Buffer.from(content) });

async function tempUrls(fileList: Array<string | { fileID: string; maxAge: number }>): Promise<TempFile[]> {
  return (await harness.cloud.getTempFileURL({ fileList })).fileList;
}

it('uploads and downloads bytes under Chinese and spaced paths', async () => {
  const cloudPath = 'evidence/整改 材料/第 1 张.txt';
  const { fileID } = await upload(cloudPath, '整改完成');
  expect(fileID).toBe(`cloud://local-dev.${Buffer.from('lo').toString('hex')}-local-dev-1250000000/${cloudPath}`);
  const { fileContent } = await harness.cloud.downloadFile({ fileID });
  expect(Buffer.from(fileContent).toString('utf8')).toBe('整改完成');
});

it('streams a larger binary file intact, and the same path overwrites', async () => {
  const bytes = randomBytes(300 * 1024);
  const { fileID } = await upload('photos/big.png', bytes);
  expect(Buffer.compare(Buffer.from((await harness.cloud.downloadFile({ fileID })).fileContent), bytes)).toBe(0);
  await upload('photos/big.png', 'small now');
  expect(Buffer.from((await harness.cloud.downloadFile({ fileID })).fileContent).toString()).toBe('small now');
});

it('hands out temporary URLs that the emulator serves over HTTP with a content type', async () => {
  const { fileID } = await upload('docs/台账 2026.xlsx', 'sheet');
  const [entry] = await tempUrls([{ fileID, maxAge: 120 }]);
  expect(entry).toMatchObject({ fileID, status: 0, errMsg: 'ok', maxAge: 120 });
  expect(entry?.tempFileURL.startsWith(`${harness.emulator.url}/`)).toBe(true);

  const response = await fetch(entry?.tempFileURL as string);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(await response.text()).toBe('sheet');

  const [plain] = await tempUrls([(await upload('a b.txt', 'x')).fileID]);
  expect(plain?.maxAge).toBe(600);
  expect((await fetch(plain?.tempFileURL as string)).headers.get('content-type')).toBe('text/plain; charset=utf-8');
});

it('refuses a tampered temporary URL, and an expired one', async () => {
  const { fileID } = await upload('secret.txt', 's');
  const [entry] = await tempUrls([{ fileID, maxAge: 1 }]);
  const tampered = new URL(entry?.tempFileURL as string);
  tampered.searchParams.set('sign', '0'.repeat(32));
  const forged = await fetch(tampered);
  expect(forged.status).toBe(403);
  expect(await forged.text()).toContain('<Code>SignatureDoesNotMatch</Code>');

  await new Promise((resolve) => setTimeout(resolve, 2100));
  const expired = await fetch(entry?.tempFileURL as string);
  expect(expired.status).toBe(403);
  expect(await expired.text()).toContain('<Code>AccessDenied</Code>');
});

it('reports a missing file per entry, and downloadFile of it fails', async () => {
  const missing = `cloud://local-dev.${Buffer.from('lo').toString('hex')}-local-dev-1250000000/nothing/here.txt`;
  const [entry] = await tempUrls([missing]);
  expect(entry).toMatchObject({ fileID: missing, status: -503003, tempFileURL: '' });
  const error = await rejectionOf(harness.cloud.downloadFile({ fileID: missing }));
  expect(error.errCode).toBe(-1);
  expect(error.errMsg).toContain('downloadFile:fail');
  expect(error.errMsg).toContain('not exist');
});

it('deletes files: reported per file, then gone', async () => {
  const { fileID } = await upload('tmp/删除 我.txt', 'bye');
  const other = `${fileID}.never-uploaded`;
  const { fileList } = await harness.cloud.deleteFile({ fileList: [fileID, other] });
  expect(fileList).toEqual([
    expect.objectContaining({ fileID, status: 0 }),
    expect.objectContaining({ fileID: other, status: -503003 }),
  ]);
  expect((await tempUrls([fileID]))[0]?.status).toBe(-503003);
  expect((await rejectionOf(harness.cloud.downloadFile({ fileID }))).errMsg).toContain('not exist');
});

it('rejects a cloud path that would escape the storage folder', async () => {
  const error = await rejectionOf(upload('../outside.txt', 'x'));
  expect(error.errCode).toBe(-1);
  expect(error.errMsg).toContain('invalid cloudPath');
});

it('keeps keys flat like COS: a file at a "folder" path blocks nobody, and no answer shows a disk path (finding 9)', async () => {
  // The squat: a file named like the month folder everyone's uploads go into.
  await upload('uploads/tasks/t9/202612', 'squatter');
  const { fileID } = await upload('uploads/tasks/t9/202612/photo.jpg', 'evidence');
  expect(Buffer.from((await harness.cloud.downloadFile({ fileID })).fileContent).toString()).toBe('evidence');
  await upload('uploads/tasks/t9/202612/photo.jpg/again', 'deeper');
  const [entry] = await tempUrls([fileID]);
  expect(await (await fetch(entry?.tempFileURL as string)).text()).toBe('evidence');
  const refused = await rejectionOf(upload('uploads/../x', 'x'));
  expect(refused.errMsg).not.toMatch(/\/tmp|\/work|files\//);
});

it('serves images inline and everything else as a sandboxed, unsniffed download; HTML and SVG are never a page', async () => {
  for (const [path, type, inline] of [
    ['served/p.jpg', 'image/jpeg', true],
    ['served/page.html', 'application/octet-stream', false],
    ['served/logo.svg', 'application/octet-stream', false],
    ['served/report.pdf', 'application/pdf', false],
  ] as const) {
    const [entry] = await tempUrls([(await upload(path, '<script>alert(1)</script>')).fileID]);
    const response = await fetch(entry?.tempFileURL as string);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(response.headers.get('content-disposition')).toBe(inline ? null : `attachment; filename*=UTF-8''${encodeURIComponent(path.slice(7))}`);
  }
});

it('applies the default storage rule to phones: anyone creates, only the creator overwrites; functions write anywhere', async () => {
  const asClient = async (openid: string, path: string, body: string): Promise<number> => {
    const reply = (await (
      await fetch(`${harness.emulator.url}/admin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'storage.getUploadMetadata', path, auth: { openid } }) })
    ).json()) as { code?: string; data?: { url: string } };
    if (reply.code) return reply.code === 'STORAGE_EXCEED_AUTHORITY' ? 403 : 500;
    return (await fetch(reply.data?.url as string, { method: 'PUT', body })).status;
  };
  expect(await asClient('o-alice', 'uploads/rule/a.jpg', 'alice')).toBe(200);
  expect(await asClient('o-alice', 'uploads/rule/a.jpg', 'alice again')).toBe(200);
  expect(await asClient('o-bob', 'uploads/rule/a.jpg', 'bob')).toBe(403);
  const { fileID } = await upload('evidence/rule/copy.jpg', 'server');
  expect(await asClient('o-alice', 'evidence/rule/copy.jpg', 'alice')).toBe(403);
  expect(Buffer.from((await harness.cloud.downloadFile({ fileID })).fileContent).toString()).toBe('server');
});

it('answers the SDK endpoint and /_emulator/* only to local programs or the admin token, never to a browser page', async () => {
  const url = harness.emulator.url;
  expect((await fetch(`${url}/_emulator/collections`)).status).toBe(200);
  const browserMarks: Record<string, string>[] = [{ origin: url }, { 'sec-fetch-site': 'same-origin' }, { origin: 'http://127.0.0.1:8787', 'sec-fetch-site': 'same-site' }];
  for (const headers of browserMarks) {
    expect((await fetch(`${url}/_emulator/collections`, { headers })).status).toBe(403);
    expect((await fetch(`${url}/admin`, { method: 'POST', headers, body: JSON.stringify({ action: 'database.listCollections' }) })).status).toBe(403);
  }
  expect((await fetch(`${url}/_emulator/collections`, { headers: { origin: url, 'x-emulator-token': harness.emulator.adminToken } })).status).toBe(200);
});
