import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { toEmulatorError } from '../errors';
import type { LocalCloud } from '../engine/cloud';
import { DOWNLOAD_PATH, UPLOAD_PATH } from '../protocol/storage';
import { sendCosError } from './respond';

/** Images a browser shows inline; they cannot run script. (SVG can, so it is not one of them.) */
const INLINE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

/** Everything else is a download: never a type a browser renders as a page (no HTML, SVG, XML or script). */
const DOWNLOAD_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
};

/**
 * The headers of a download: images inline, anything else as an attachment, never sniffed, and sandboxed, so a file
 * served from the local cloud's origin can neither run script nor call the admin endpoints.
 */
function servingHeaders(cloudPath: string, size: number): Record<string, string | number> {
  const extension = extname(cloudPath).toLowerCase();
  const inline = INLINE_TYPES[extension];
  const name = encodeURIComponent(cloudPath.slice(cloudPath.lastIndexOf('/') + 1));
  return {
    'content-type': inline ?? DOWNLOAD_TYPES[extension] ?? 'application/octet-stream',
    'content-length': size,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; img-src 'self'; sandbox",
    ...(inline ? {} : { 'content-disposition': `attachment; filename*=UTF-8''${name}` }),
  };
}

/**
 * The object-storage side of storage: the PUT of an upload (to the URL getUploadMetadata handed out) and the
 * GET of a temporary URL. They are round trips too, so they are counted and can be faulted, as actions
 * 'storage.putObject' and 'storage.getObject'.
 */
export function cosEndpoint(cloud: LocalCloud): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> {
  return async (req, res, url) => {
    const upload = req.method === 'PUT' && url.pathname.startsWith(UPLOAD_PATH);
    const download = (req.method === 'GET' || req.method === 'HEAD') && url.pathname.startsWith(DOWNLOAD_PATH);
    if (!upload && !download) {
      req.resume();
      return sendCosError(res, 405, 'MethodNotAllowed', `${req.method} ${url.pathname} is not allowed`);
    }
    const action = upload ? 'storage.putObject' : 'storage.getObject';
    cloud.stats.record(action);
    const decision = cloud.faults.decide({ action });
    if (decision.latencyMs > 0) await sleep(decision.latencyMs);
    if (decision.outcome?.kind === 'drop') return void req.socket.destroy();
    if (decision.outcome?.kind === 'error') {
      req.resume();
      return sendCosError(res, 500, decision.outcome.code, decision.outcome.message);
    }

    let cloudPath: string;
    try {
      cloudPath = decodeURIComponent(url.pathname.slice((upload ? UPLOAD_PATH : DOWNLOAD_PATH).length));
    } catch {
      req.resume();
      return sendCosError(res, 400, 'InvalidURI', 'malformed path');
    }
    const writer = upload ? url.searchParams.get('o') : null;
    const signedPath = writer === null ? cloudPath : `${cloudPath}\n${writer}`;
    const verdict = cloud.storage.verify(upload ? 'put' : 'get', signedPath, Number(url.searchParams.get('t')), url.searchParams.get('sign') ?? '', Math.floor(cloud.clock.nowMs() / 1000));
    if (verdict !== 'ok') {
      req.resume();
      return sendCosError(res, 403, verdict === 'expired' ? 'AccessDenied' : 'SignatureDoesNotMatch', verdict === 'expired' ? 'Request has expired' : 'The signature does not match');
    }

    if (upload) {
      try {
        await cloud.storage.put(cloudPath, req, writer === null ? { admin: true } : { admin: false, openid: writer });
      } catch (error) {
        const failure = toEmulatorError(error);
        return sendCosError(res, failure.code === 'STORAGE_EXCEED_AUTHORITY' ? 403 : 500, failure.code, failure.message);
      }
      // COS answers a successful PUT with an empty body; the SDK reads any XML as an error.
      res.writeHead(200, { 'content-length': 0 });
      return void res.end();
    }

    const found = cloud.storage.locate(cloudPath);
    if (!found) return sendCosError(res, 404, 'NoSuchKey', 'The specified key does not exist.');
    res.writeHead(200, servingHeaders(cloudPath, found.size));
    if (req.method === 'HEAD') return void res.end();
    createReadStream(found.file).pipe(res);
  };
}
