// H5: the dev server stores the PNG through the local cloud's storage protocol, at the path the server accepts.
import { signatureUploadPath } from '../../../core/interviews/fields';
import type { SignatureSlotId } from '../../../core/interviews/fields';
import { ApiError } from '@/api/errors';
import type { SignatureImage } from '@/components/SignaturePad';

export function signatureRandom(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

export async function uploadSignature(image: SignatureImage, interviewId: string, slot: SignatureSlotId): Promise<string> {
  if (!image.blob) throw new ApiError('FILE_NOT_FOUND');
  let response: Response;
  try {
    response = await fetch(`/api/storage/upload?cloudPath=${encodeURIComponent(signatureUploadPath(interviewId, slot, signatureRandom()))}`, {
      method: 'POST',
      credentials: 'same-origin',
      body: image.blob,
    });
  } catch (error) {
    throw new ApiError('NETWORK', undefined, error);
  }
  const answer = (await response.json().catch(() => ({}))) as { fileID?: unknown };
  if (response.ok && typeof answer.fileID === 'string') return answer.fileID;
  if (response.status === 401) throw new ApiError('UNAUTHENTICATED');
  throw new ApiError(response.status >= 500 ? 'INTERNAL' : 'NETWORK', `HTTP ${response.status}`);
}
