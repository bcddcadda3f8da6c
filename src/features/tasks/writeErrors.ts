import { errorCodeOf, toApiError } from '@/api/client';
import { showErrorToast } from '@/api/toast';
import { explainStaleWrite } from '@/forms/explainStaleWrite';

/**
 * A write that lost a race (CONFLICT) or came to an item that moved on (INVALID_STATE) is not the person's
 * mistake: say what happened in a dialog and show them the item as it now is. Anything else is a toast.
 * Resolves once the person has read it.
 */
export async function explainWriteError(error: unknown, afterReading: () => void): Promise<void> {
  const code = errorCodeOf(error);
  if (code === 'CONFLICT' || code === 'INVALID_STATE') return explainStaleWrite(toApiError(error), 'task', afterReading);
  showErrorToast(error);
}
