/** One change to durable state; a batch of them is applied all or nothing. Documents travel as EJSON text. */
export type StoreWrite =
  | { kind: 'createCollection'; collection: string }
  | { kind: 'put'; collection: string; id: string; text: string }
  | { kind: 'delete'; collection: string; id: string };

export interface StoredCollection {
  name: string;
  /** [id, EJSON text] in insertion order: the natural order of an unsorted query. */
  documents: Array<[string, string]>;
}

/** Where committed data lives. The engine keeps a working copy in memory and writes through to this. */
export interface DocumentStore {
  load(): StoredCollection[];
  /** Atomic and durable once it returns: the emulator answers a write only after this. */
  write(batch: readonly StoreWrite[]): void;
  clear(): void;
  close(): void;
}
