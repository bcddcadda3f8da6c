// The mini-program: the pad's temp PNG goes straight into cloud storage at the one path the server accepts for this
// record and slot. Taro picks uploadSignature.h5.ts for H5.
import Taro from '@tarojs/taro';
import { signatureUploadPath } from '../../../core/interviews/fields';
import type { SignatureSlotId } from '../../../core/interviews/fields';
import { ApiError } from '@/api/errors';
import type { SignatureImage } from '@/components/SignaturePad';

export function signatureRandom(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

export function uploadSignature(image: SignatureImage, interviewId: string, slot: SignatureSlotId): Promise<string> {
  const filePath = image.path;
  if (!filePath) return Promise.reject(new ApiError('FILE_NOT_FOUND'));
  return new Promise((resolve, reject) => {
    Taro.cloud.uploadFile({
      cloudPath: signatureUploadPath(interviewId, slot, signatureRandom()),
      filePath,
      success: (result) => resolve(result.fileID),
      fail: (error) => reject(new ApiError('NETWORK', undefined, error)),
    });
  });
}
