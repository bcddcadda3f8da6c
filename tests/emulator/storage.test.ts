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
