import type { DocumentStore, StoreWrite, StoredCollection } from './types';

/** For tests: the same contract as SQLite, kept in maps (Map keeps insertion order, as SQLite's rowid does). */
export class MemoryStore implements DocumentStore {
  private readonly collections = new Map<string, Map<string, string>>();

  load(): StoredCollection[] {
    return [...this.collections].map(([name, docs]) => ({ name, documents: [...docs] }));
  }

  write(batch: readonly StoreWrite[]): void {
    for (const write of batch) {
      if (write.kind === 'createCollection') {
        if (!this.collections.has(write.collection)) this.collections.set(write.collection, new Map());
        continue;
      }
      const docs = this.collections.get(write.collection);
      if (!docs) throw new Error(`store: collection ${write.collection} does not exist`);
      if (write.kind === 'put') docs.set(write.id, write.text);
      else docs.delete(write.id);
    }
  }

  clear(): void {
    this.collections.clear();
  }

  close(): void {}
}
