import { randomBytes } from 'node:crypto';

/** Larger than any photo or document the app accepts (10 MB), so the function's own check is what people see. */
export const MAX_UPLOAD_BYTES = 12 * 1024 * 1024;
const CLOUD_PATH = /^uploads\/[A-Za-z0-9_\-./\u4e00-\u9fa5]{1,200}$/;

export class UploadRefused extends Error {}

/**
 * What wx.cloud.uploadFile does for the mini-program, done for the H5 app: ask the local cloud where to put the
 * file (the SDK's own storage protocol) as the signed-in person (`auth.openid`, so the storage rule applies: only
 * the creator overwrites), then PUT the bytes there. Answers the fileID.
 */
export async function uploadToLocalCloud(cloudUrl: string, envId: string, cloudPath: string, bytes: Buffer, openid: string): Promise<string> {
  if (!CLOUD_PATH.test(cloudPath) || cloudPath.includes('..')) throw new UploadRefused('文件路径不合法');
  const metadataResponse = await fetch(`${cloudUrl}/admin?env=${encodeURIComponent(envId)}&seqId=${randomBytes(6).toString('hex')}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'storage.getUploadMetadata', path: cloudPath, method: 'put', envName: envId, auth: { openid } }),
  });
  const metadata = (await metadataResponse.json()) as { code?: string; message?: string; data?: { url?: string; fileId?: string } };
  if (metadata.code === 'STORAGE_EXCEED_AUTHORITY') throw new UploadRefused('该路径的文件由他人上传，不能覆盖');
  if (metadata.code || !metadata.data?.url || !metadata.data.fileId) throw new Error(`本地云拒绝上传：${metadata.message ?? metadata.code ?? '无应答'}`);
  const put = await fetch(metadata.data.url, { method: 'PUT', body: new Uint8Array(bytes) });
  const answer = await put.text();
  if (put.status === 403) throw new UploadRefused('该路径的文件由他人上传，不能覆盖');
  if (answer.includes('<Error>')) throw new Error(`本地云上传失败：${answer}`);
  return metadata.data.fileId;
}
