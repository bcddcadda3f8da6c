import type { ActionName } from '../../core/actions';

/** What a function (`api`, `exports`) receives as its event, on both targets. */
export type Payload = { action: ActionName; input: unknown };
