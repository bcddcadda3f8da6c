import type { Database } from '../platform/database-types';
import { ALL_COLLECTIONS } from './collections';

/**
 * Creates every collection the app uses. The platform answers an error for an existing collection, and its code
 * cannot tell that apart, so errors are ignored: a collection that truly failed to be created fails loudly later.
 */
export async function ensureCollections(db: Database): Promise<void> {
  for (const name of ALL_COLLECTIONS) await db.createCollection(name).catch(() => undefined);
}
