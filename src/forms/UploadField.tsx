import { EvidencePicker } from '@/components/EvidencePicker';
import { Field } from '@/components/Field';
import { openEvidence } from '@/components/EvidenceGallery/openEvidence';
import type { Uploads } from './useUploads';

type Props = { label: string; required?: boolean; error?: string | null; uploads: Uploads; hint?: string };

/** The files block of a form (佐证材料, 谈话材料): the picker grid with what may be added. */
export function UploadField({ label, required, error, uploads, hint = '照片或 PDF、Word、Excel 文件，每个不超过10MB' }: Props) {
  return (
    <Field label={label} required={required} error={error}>
      <EvidencePicker
        tiles={uploads.tiles}
        max={uploads.max}
        onAdd={() => void uploads.add()}
        onRemove={uploads.remove}
        onRetry={uploads.retry}
        onOpen={(tile) => void openEvidence(tile, uploads.tiles)}
        hint={hint}
      />
    </Field>
  );
}
