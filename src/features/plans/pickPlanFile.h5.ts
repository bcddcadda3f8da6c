// H5: a plain file input, opened from the tap that asked for it (browsers only allow that in a user gesture).
import type { PickedFile } from '@/api/upload';

export const PLAN_FILE_EXTENSIONS = ['docx', 'txt'];

/** The chosen file, or null when the person backed out (browsers tell that only by focus coming back). */
export function pickPlanFile(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = PLAN_FILE_EXTENSIONS.map((extension) => `.${extension}`).join(',');
    input.style.display = 'none';
    let settled = false;
    const finish = (file: PickedFile | null) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish(file ? { name: file.name, size: file.size, blob: file } : null);
    });
    input.addEventListener('cancel', () => finish(null));
    document.body.appendChild(input);
    input.click();
  });
}

export const PICK_FILE_HINT = '选择电脑或手机里的 .docx 或 .txt 文件';
