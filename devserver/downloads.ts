import type { ServerResponse } from 'node:http';

/** `attachment; filename*=UTF-8''…` (RFC 6266/5987): the browser saves the file under its real, Chinese name. */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Why a named download was refused; the server answers it with the status. */
export class DownloadRefused extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * Serves a file of the local cloud's storage from this origin under the name it had: a temporary URL of another
 * origin cannot be saved under a chosen name by the browser (the `download` attribute is ignored cross-origin).
 * Only URLs of the local cloud are fetched, so this is no open proxy.
 */
export async function sendNamedDownload(response: ServerResponse, cloudUrl: string, fileUrl: string, name: string): Promise<void> {
  let source: URL;
  try {
    source = new URL(fileUrl);
  } catch {
    throw new DownloadRefused(400, '下载地址不正确');
  }
  if (source.origin !== new URL(cloudUrl).origin) throw new DownloadRefused(400, '只能下载本地云存储中的文件');
  if (!name.trim() || name.length > 200 || /[/\\]/.test(name) || [...name].some((char) => char.charCodeAt(0) < 32)) throw new DownloadRefused(400, '文件名不正确');
  const upstream = await fetch(source);
  if (!upstream.ok) throw new DownloadRefused(upstream.status === 404 ? 404 : 502, '文件不存在或下载链接已过期，请重新获取');
  const bytes = Buffer.from(await upstream.arrayBuffer());
  response.writeHead(200, {
    'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream',
    'Content-Length': String(bytes.length),
    'Content-Disposition': attachmentDisposition(name.trim()),
  });
  response.end(bytes);
}
