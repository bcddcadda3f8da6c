import { EvidencePicker } from '@/components/EvidencePicker';
import { Field } from '@/components/Field';
import { MAX_FILES_PER_POST } from '../../../core/tasks/evidence';
import { openEvidence } from '@/components/EvidenceGallery/openEvidence';
import type { useEvidence } from './useEvidence';

type Props = { label: string; required?: boolean; error?: string | null; evidence: ReturnType<typeof useEvidence> };

/** The 佐证材料 block of a form: the picker grid with what may be added. */
export function EvidenceField({ label, required, error, evidence }: Props) {
  return (
    <Field label={label} required={required} error={error}>
      <EvidencePicker
        tiles={evidence.tiles}
        max={MAX_FILES_PER_POST}
        onAdd={() => void evidence.add()}
        onRemove={evidence.remove}
        onRetry={evidence.retry}
        onOpen={(tile) => void openEvidence(tile, evidence.tiles)}
        hint='照片或 PDF、Word、Excel 文件，每个不超过10MB'
      />
    </Field>
  );
}

/** What to say instead of submitting while evidence is not all up. */
export function evidenceBusyLabel(evidence: ReturnType<typeof useEvidence>): string | null {
  return evidence.uploading ? '正在上传附件…' : null;
}

export function evidenceProblem(evidence: ReturnType<typeof useEvidence>): string | null {
  return evidence.failed ? '有附件上传失败，请点击重试或移除' : null;
}
