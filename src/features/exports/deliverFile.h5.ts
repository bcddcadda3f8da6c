// H5: a browser cannot open an .xlsx or .docx in place; the page shows the file as a download link (a tap the
// browser trusts, unlike a download started after a network round trip).
import type { ExportedFile } from '../../../core/actions/exports';

export type Delivery = 'opened' | 'link';

export async function deliverFile(_file: ExportedFile, onProgress: (percent: number) => void): Promise<Delivery> {
  onProgress(100);
  return 'link';
}
