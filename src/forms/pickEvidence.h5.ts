// Picking 佐证材料 on H5: a file input (the browser offers the camera, the gallery and files), the File kept
// for the upload and an object URL for the thumbnail.
import { DOCUMENT_EXTENSIONS, IMAGE_EXTENSIONS } from '../../core/tasks/evidence';
import type { PickedFile } from '@/api/upload';

export type PickedEvidence = PickedFile & { previewUrl: string };

const ACCEPT = ['image/*', ...[...IMAGE_EXTENSIONS, ...DOCUMENT_EXTENSIONS].map((extension) => `.${extension}`)].join(',');

/** Up to `count` files (extra ones are left to the caller's check), or none when the person cancels. */
export function pickEvidence(_count: number): Promise<PickedEvidence[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = ACCEPT;
    input.style.display = 'none';
    input.setAttribute('data-testid', 'evidence-input');
    const done = (files: PickedEvidence[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      done(files.map((file) => ({ name: file.name, size: file.size, blob: file, previewUrl: URL.createObjectURL(file) })));
    });
    input.addEventListener('cancel', () => done([]));
    document.body.appendChild(input);
    input.click();
  });
}

export function releasePreview(file: PickedEvidence): void {
  if (file.previewUrl.startsWith('blob:')) URL.revokeObjectURL(file.previewUrl);
}
