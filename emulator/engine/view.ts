import type { Doc } from './documents';

/** What a database operation reads: the committed data, or a transaction's overlay of it. */
export interface DocumentView {
  hasCollection(name: string): boolean;
  /** Every document of an existing collection, in natural (insertion) order. */
  documents(name: string): Doc[];
  get(name: string, id: string): Doc | undefined;
}

/** A change an operation wants to make; `doc: null` deletes. Applied by the dataset or staged by a transaction. */
export interface DocWrite {
  collection: string;
  id: string;
  doc: Doc | null;
}
