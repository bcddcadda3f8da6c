/** 佐证材料: photos and office documents, as cadres keep them; the same rules on the phone and on the server. */
export const MAX_FILES_PER_POST = 9;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic'] as const;
export const DOCUMENT_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'wps', 'et'] as const;
const ALLOWED = new Set<string>([...IMAGE_EXTENSIONS, ...DOCUMENT_EXTENSIONS]);

export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(name);
  return match ? (match[1] as string).toLowerCase() : '';
}

export function isAllowedEvidence(name: string): boolean {
  return ALLOWED.has(extensionOf(name));
}

export function isImage(name: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** Every file of an item lives under its own folder, so a request can only attach this item's uploads. */
export function taskUploadFolder(taskId: string): string {
  return `uploads/tasks/${taskId}/`;
}
