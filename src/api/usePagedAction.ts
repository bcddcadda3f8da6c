import type { ActionInput, ActionOutput } from '../../core/actions';
import { callApi } from './client';
import { usePagedList } from './pagedList';
import type { PagedActionName, PagedList } from './pagedList';
import { showErrorToast } from './toast';

/** A paged action as a list (usePagedList), called on the cloud, its failures told by a toast. */
export function usePagedAction<A extends PagedActionName, Item>(
  action: A,
  inputFor: (cursor: string | null) => ActionInput<A>,
  itemsOf: (answer: ActionOutput<A>) => Item[],
  enabled = true,
): PagedList<Item, ActionOutput<A>> {
  return usePagedList(callApi, showErrorToast, action, inputFor, itemsOf, enabled);
}
