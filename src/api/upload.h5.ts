// The H5 upload: the dev server stores the bytes through the local cloud's storage protocol (what
// wx.cloud.uploadFile does in the mini-program) and answers the fileID. XHR rather than fetch, for progress.
import { ApiError } from './errors';
import { uploadPath } from './upload-path';
import type { PickedFile, UploadProgress } from './upload-path';

export type { PickedFile, UploadProgress } from './upload-path';

export function uploadFile(file: PickedFile, folder: string, onProgress?: UploadProgress): Promise<string> {
  const body = file.blob;
  if (!body) return Promise.reject(new ApiError('FILE_NOT_FOUND'));
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/storage/upload?cloudPath=${encodeURIComponent(uploadPath(folder, file.name))}`);
    request.withCredentials = true;
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      let fileID: unknown;
      try {
        fileID = (JSON.parse(request.responseText) as { fileID?: unknown }).fileID;
      } catch {}
      if (request.status === 200 && typeof fileID === 'string') resolve(fileID);
      else if (request.status === 401) reject(new ApiError('UNAUTHENTICATED'));
      else reject(new ApiError(request.status >= 500 ? 'INTERNAL' : 'NETWORK', `HTTP ${request.status}`));
    };
    request.onerror = () => reject(new ApiError('NETWORK'));
    request.send(body);
  });
}
