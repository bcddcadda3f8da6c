import type { ActionName } from '../../core/actions';

/** What the `api` function receives as its event, on both targets. */
export type Payload = { action: ActionName; input: unknown };
