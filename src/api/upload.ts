// The mini-program's upload: wx.cloud.uploadFile straight into cloud storage. Taro picks upload.h5.ts for H5.
import Taro from '@tarojs/taro';
import { ApiError } from './errors';
import { uploadPath } from './upload-path';
import type { PickedFile, UploadProgress } from './upload-path';

export type { PickedFile, UploadProgress } from './upload-path';

/** Uploads a picked file under uploads/<folder>/ and answers its fileID; NETWORK when it did not get there. */
export function uploadFile(file: PickedFile, folder: string, onProgress?: UploadProgress): Promise<string> {
  const filePath = file.path;
  if (!filePath) return Promise.reject(new ApiError('FILE_NOT_FOUND'));
  return new Promise((resolve, reject) => {
    const task = Taro.cloud.uploadFile({
      cloudPath: uploadPath(folder, file.name),
      filePath,
      success: (result) => resolve(result.fileID),
      fail: (error) => reject(new ApiError('NETWORK', undefined, error)),
    });
    task?.onProgressUpdate?.((update) => onProgress?.(update.progress));
  });
}
