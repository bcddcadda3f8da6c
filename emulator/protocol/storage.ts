import { invalidParam, toEmulatorError } from '../errors';
import { DEFAULT_TEMP_URL_MAX_AGE_S, MAX_FILES_PER_CALL, fileNotExist, type FileStorage } from '../engine/storage';
import { requiredString } from './params';
import { dataReply, type ActionHandler } from './types';

/** How long the upload URL of getUploadMetadata stays valid, like a signed COS URL. */
const UPLOAD_URL_TTL_S = 600;

export const UPLOAD_PATH = '/_cos/upload/';
export const DOWNLOAD_PATH = '/_cos/download/';

const seconds = (ms: number): number => Math.floor(ms / 1000);

function fileList<T>(value: unknown, name: string): T[] {
  if (!Array.isArray(value) || value.length === 0) throw invalidParam(`${name} must be a non-empty array`);
  if (value.length > MAX_FILES_PER_CALL) throw invalidParam(`${name} takes at most ${MAX_FILES_PER_CALL} files a call`);
  return value as T[];
}

/** The per-file answer of a batch: SUCCESS, or the code and message of what went wrong. */
function perFile<T extends Record<string, unknown>>(fileID: string, run: () => T): T | { fileID: string; code: string; message: string } {
  try {
    return run();
  } catch (error) {
    const failure = toEmulatorError(error);
    return { fileID, code: failure.code, message: failure.message };
  }
}

/** `auth.openid` of a client's request, or null for the admin SDK (a function, the console). */
function clientOpenidOf(params: Record<string, unknown>): string | null {
  const auth = params.auth;
  if (auth === undefined || auth === null) return null;
  const openid = typeof auth === 'object' ? (auth as { openid?: unknown }).openid : undefined;
  if (typeof openid !== 'string' || openid === '') throw invalidParam('auth.openid must be a non-empty string');
  return openid;
}

export function storageActions(storage: FileStorage): Record<string, ActionHandler> {
  return {
    'storage.getUploadMetadata': (params, { baseUrl, now }) => {
      const cloudPath = requiredString(params, 'path');
      storage.validatePath(cloudPath);
      // A client's upload (the dev server uploading for a signed-in person) names its OPENID; the SDK in a function does not.
      const openid = clientOpenidOf(params);
      storage.checkWrite(cloudPath, openid === null ? { admin: true } : { admin: false, openid });
      const expiresAt = seconds(now) + UPLOAD_URL_TTL_S;
      const signedPath = openid === null ? cloudPath : `${cloudPath}\n${openid}`;
      const token = storage.sign('put', signedPath, expiresAt);
      // Percent-encoded so that any cloud path, even one holding '%', reaches the PUT handler intact.
      const encodedPath = cloudPath.split('/').map(encodeURIComponent).join('/');
      const fileId = storage.fileIdOf(cloudPath);
      // The SDK sends token, authorization and cosFileId back as HTTP headers: they must stay ASCII, whatever the path.
      const cosFileId = Buffer.from(fileId).toString('base64');
      const writer = openid === null ? '' : `&o=${encodeURIComponent(openid)}`;
      return dataReply({ url: `${baseUrl}${UPLOAD_PATH}${encodedPath}?sign=${token}&t=${expiresAt}${writer}`, token, authorization: token, fileId, cosFileId });
    },
    'storage.batchGetDownloadUrl': (params, { baseUrl, now }) => {
      const entries = fileList<{ fileid?: unknown; max_age?: unknown }>(params.file_list, 'file_list');
      const download_list = entries.map((entry) => {
        const fileID = typeof entry?.fileid === 'string' ? entry.fileid : '';
        const failure = perFile(fileID, () => {
          const cloudPath = storage.cloudPathOf(fileID);
          if (!storage.locate(cloudPath)) throw fileNotExist(cloudPath);
          const maxAge = typeof entry.max_age === 'number' && entry.max_age > 0 ? entry.max_age : DEFAULT_TEMP_URL_MAX_AGE_S;
          const expiresAt = seconds(now) + maxAge;
          // Left unencoded: the SDK encodeURI()s it before the GET, as it does with the cloud's URLs.
          const tempFileURL = `${baseUrl}${DOWNLOAD_PATH}${cloudPath}?sign=${storage.sign('get', cloudPath, expiresAt)}&t=${expiresAt}`;
          return { fileID, tempFileURL, code: 'SUCCESS', maxAge };
        });
        return 'tempFileURL' in failure ? failure : { ...failure, tempFileURL: '' };
      });
      return dataReply({ download_list });
    },
    'storage.batchDeleteFile': (params) => {
      const ids = fileList<unknown>(params.fileid_list, 'fileid_list');
      const delete_list = ids.map((id) => {
        const fileID = typeof id === 'string' ? id : '';
        return perFile(fileID, () => {
          storage.delete(storage.cloudPathOf(fileID));
          return { fileID, code: 'SUCCESS' };
        });
      });
      return dataReply({ delete_list });
    },
  };
}
