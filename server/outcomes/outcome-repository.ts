import { COLLECTIONS } from '../db/collections';
import type { Database, Document } from '../platform/database-types';
import type { OutcomeDocument } from './outcome-documents';

const PAGE = 1000;

/** Every outcome matching `where`, oldest first (a unit records tens to hundreds: one round trip per 1000). */
export async function readOutcomes(db: Database, where: Document): Promise<OutcomeDocument[]> {
  const rows: OutcomeDocument[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await db.collection(COLLECTIONS.outcomes).where(where).orderBy('recordedAt', 'asc').orderBy('_id', 'asc').skip(skip).limit(PAGE).get<OutcomeDocument>();
    rows.push(...data);
    if (data.length < PAGE) return rows;
  }
}
