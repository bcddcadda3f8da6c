import { collectionNotExist } from '../errors';
import type { DocumentStore, StoreWrite } from '../store/types';
import { decodeDocument, encodeDocument, type Doc } from './documents';
import type { DocWrite, DocumentView } from './view';

const versionKey = (collection: string, id: string): string => `${collection}\u0000${id}`;

/**
 * The committed state: an in-memory working copy of the store (queries run on it with mingo) that writes
 * through to the store first, so memory never holds a write the store did not take.
 * Every document key carries a version, bumped on each write or delete, for transaction conflict checks.
 */
export class Dataset implements DocumentView {
  private collections = new Map<string, Map<string, Doc>>();
  private readonly versions = new Map<string, number>();
  private clock = 0;

  constructor(private readonly store: DocumentStore) {
    for (const stored of store.load()) {
      const docs = new Map<string, Doc>();
      for (const [id, text] of stored.documents) docs.set(id, decodeDocument(text));
      this.collections.set(stored.name, docs);
    }
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name);
  }

  collectionNames(): string[] {
    return [...this.collections.keys()];
  }

  createCollection(name: string): void {
    this.store.write([{ kind: 'createCollection', collection: name }]);
    this.collections.set(name, new Map());
  }

  documents(name: string): Doc[] {
    return [...this.requireCollection(name).values()];
  }

  get(name: string, id: string): Doc | undefined {
    return this.requireCollection(name).get(id);
  }

  version(collection: string, id: string): number {
    return this.versions.get(versionKey(collection, id)) ?? 0;
  }

  /** One durable store batch, then the working copy. */
  apply(writes: readonly DocWrite[]): void {
    if (writes.length === 0) return;
    for (const write of writes) this.requireCollection(write.collection);
    const batch: StoreWrite[] = writes.map((write) =>
      write.doc
        ? { kind: 'put', collection: write.collection, id: write.id, text: encodeDocument(write.doc) }
        : { kind: 'delete', collection: write.collection, id: write.id },
    );
    this.store.write(batch);
    for (const write of writes) {
      const docs = this.requireCollection(write.collection);
      if (write.doc) docs.set(write.id, write.doc);
      else docs.delete(write.id);
      this.versions.set(versionKey(write.collection, write.id), ++this.clock);
    }
  }

  clear(): void {
    this.store.clear();
    this.collections = new Map();
    this.versions.clear();
  }

  private requireCollection(name: string): Map<string, Doc> {
    const docs = this.collections.get(name);
    if (!docs) throw collectionNotExist(name);
    return docs;
  }
}
