import { EmulatorError, invalidParam } from '../errors';
import type { DocumentStore } from '../store/types';
import { Dataset } from './dataset';
import type { Doc } from './documents';
import * as ops from './operations';
import { TransactionManager } from './transactions';
import type { DocumentView } from './view';

/** Letters, digits, `_` and `-`: a safe subset of what the cloud accepts. */
const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The database of the local cloud: every operation runs against the committed data, or, given a
 * transaction id, against that transaction's view, whose writes wait for commit.
 */
export class Database {
  private readonly data: Dataset;
  private readonly transactions: TransactionManager;

  constructor(store: DocumentStore) {
    this.data = new Dataset(store);
    this.transactions = new TransactionManager(this.data);
  }

  createCollection(name: string): void {
    if (!COLLECTION_NAME.test(name)) throw invalidParam(`invalid collection name: ${JSON.stringify(name)}`);
    if (this.data.hasCollection(name)) throw new EmulatorError('DATABASE_COLLECTION_ALREADY_EXIST', `Table exist: collection ${name} already exists`);
    this.data.createCollection(name);
  }

  collectionNames(): string[] {
    return this.data.collectionNames();
  }

  /** All documents, for dev tooling; undefined when the collection does not exist. */
  dump(name: string): Doc[] | undefined {
    return this.data.hasCollection(name) ? this.data.documents(name) : undefined;
  }

  find(collection: string, spec: ops.FindSpec, transactionId?: string): Doc[] {
    return ops.find(this.view(transactionId), collection, spec);
  }

  count(collection: string, query: ops.Criteria, transactionId?: string): number {
    return ops.count(this.view(transactionId), collection, query);
  }

  aggregate(collection: string, pipeline: readonly Record<string, unknown>[], transactionId?: string): Record<string, unknown>[] {
    return ops.aggregate(this.view(transactionId), collection, pipeline);
  }

  insert(collection: string, docs: readonly unknown[], transactionId?: string): string[] {
    return this.write(transactionId, (view) => ops.insert(view, collection, docs));
  }

  update(collection: string, query: ops.Criteria, change: ops.Change, options: { multi: boolean; upsert: boolean }, transactionId?: string): ops.UpdateResult {
    return this.write(transactionId, (view) => ops.update(view, collection, query, change, options));
  }

  remove(collection: string, query: ops.Criteria, options: { multi: boolean }, transactionId?: string): number {
    return this.write(transactionId, (view) => ops.remove(view, collection, query, options));
  }

  startTransaction(): string {
    return this.transactions.start();
  }

  commitTransaction(id: string): void {
    this.transactions.commit(id);
  }

  abortTransaction(id: string): void {
    this.transactions.abort(id);
  }

  /** Drops every collection and open transaction. */
  clear(): void {
    this.transactions.clear();
    this.data.clear();
  }

  private view(transactionId: string | undefined): DocumentView {
    return transactionId ? this.transactions.view(transactionId) : this.data;
  }

  private write<T>(transactionId: string | undefined, run: (view: DocumentView) => ops.WriteResult<T>): T {
    if (transactionId) {
      const transaction = this.transactions.view(transactionId);
      const { result, writes } = run(transaction);
      transaction.stage(writes);
      return result;
    }
    const { result, writes } = run(this.data);
    this.data.apply(writes);
    return result;
  }
}
