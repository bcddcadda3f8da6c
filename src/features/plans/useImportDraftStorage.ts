import type { ActionInput } from '../../../core/actions';
import type { PreviewPlanOutput } from '../../../core/actions/plans';
import type { DepartmentResolution, LeaderResolution } from '../../../core/plans/resolution';
import { useAction } from '@/api/hooks';
import { useSavedDraft } from '@/utils/useSavedDraft';
import type { PlanDraft } from './planDraft';

/** Everything the office typed or decided in the import, so a reload or a return lands where they were. */
export interface SavedImport {
  step: 'source' | 'review' | 'names';
  text: string;
  planDate: string;
  source: ActionInput<'plans.preview'> | null;
  preview: PreviewPlanOutput | null;
  draft: PlanDraft | null;
  titleEdited: boolean;
  departmentChoices: Record<string, DepartmentResolution>;
  leaderChoices: Record<string, LeaderResolution>;
}

/** The import wizard's draft, per member (one import at a time), until it is imported or started over. */
export function useImportDraftStorage(saved: SavedImport | null, restore: (saved: SavedImport) => void): void {
  const me = useAction('auth.me', {});
  const key = me.data ? `draft:${me.data.member.id}:plans.import` : null;
  useSavedDraft(key, saved, restore);
}
