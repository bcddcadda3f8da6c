// H5: a browser cannot open a .docx in place; the page shows the file as a download link (a tap the browser
// trusts, unlike a download started after a network round trip).
import type { ExportInterviewOutput } from '../../../core/actions/interviews';

export async function deliverExport(_output: ExportInterviewOutput): Promise<'opened' | 'link'> {
  return 'link';
}
