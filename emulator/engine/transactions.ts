import { randomBytes } from 'node:crypto';
import { EmulatorError } from '../errors';
import type { Dataset } from './dataset';
import type { Doc } from './documents';
import type { DocWrite, DocumentView } from './view';

/** CloudBase gives a transaction about 30 s to commit. */
export const TRANSACTION_TTL_MS = 30_000;

const keyOf = (collection: string, id: string): string => `${collection}\u0000${id}`;

/**
 * Optimistic transaction: reads see committed data overlaid with the transaction's own staged writes; the
 * version of every document it looked at is remembered, and commit fails with a conflict if any changed since.
 */
class Transaction implements DocumentView {
  private readonly staged = new Map<string, DocWrite>();
  private readonly seen = new Map<string, number>();

  constructor(
    readonly startedAt: number,
    private readonly data: Dataset,
  ) {}

  hasCollection(name: string): boolean {
    return this.data.hasCollection(name);
  }

  documents(name: string): Doc[] {
    const result: Doc[] = [];
    for (const doc of this.data.documents(name)) {
      const key = this.observe(name, doc._id);
      const staged = this.staged.get(key);
      if (!staged) result.push(doc);
      else if (staged.doc) result.push(staged.doc);
    }
    for (const write of this.staged.values()) {
      if (write.collection === name && write.doc && !this.data.get(name, write.id)) result.push(write.doc);
    }
    return result;
  }

  get(name: string, id: string): Doc | undefined {
    const staged = this.staged.get(this.observe(name, id));
    if (staged) return staged.doc ?? undefined;
    return this.data.get(name, id);
  }

  stage(writes: readonly DocWrite[]): void {
    for (const write of writes) this.staged.set(this.observe(write.collection, write.id), write);
  }

  /** Throws on conflict; otherwise applies every staged write as one store batch. */
  commit(): void {
    for (const [key, version] of this.seen) {
      const [collection, id] = key.split('\u0000') as [string, string];
      if (this.data.version(collection, id) !== version) {
        throw new EmulatorError('DATABASE_TRANSACTION_CONFLICT', `database transaction conflict: ${collection}/${id} changed since it was read`);
      }
    }
    this.data.apply([...this.staged.values()]);
  }

  private observe(collection: string, id: string): string {
    const key = keyOf(collection, id);
    if (!this.seen.has(key)) this.seen.set(key, this.data.version(collection, id));
    return key;
  }
}

export class TransactionManager {
  private readonly open = new Map<string, Transaction>();

  constructor(
    private readonly data: Dataset,
    private readonly now: () => number = Date.now,
  ) {}

  start(): string {
    this.expire();
    const id = randomBytes(12).toString('hex');
    this.open.set(id, new Transaction(this.now(), this.data));
    return id;
  }

  view(id: string): Transaction {
    const transaction = this.open.get(id);
    if (!transaction) throw new EmulatorError('DATABASE_TRANSACTION_FAIL', `transaction ${id} does not exist or has ended`);
    if (this.now() - transaction.startedAt > TRANSACTION_TTL_MS) {
      this.open.delete(id);
      throw new EmulatorError('DATABASE_TRANSACTION_FAIL', `transaction ${id} expired after ${TRANSACTION_TTL_MS / 1000} s`);
    }
    return transaction;
  }

  /** A failed commit ends the transaction too: runTransaction abandons it and starts a new one. */
  commit(id: string): void {
    const transaction = this.view(id);
    this.open.delete(id);
    transaction.commit();
  }

  abort(id: string): void {
    this.view(id);
    this.open.delete(id);
  }

  clear(): void {
    this.open.clear();
  }

  private expire(): void {
    for (const [id, transaction] of this.open) {
      if (this.now() - transaction.startedAt > TRANSACTION_TTL_MS) this.open.delete(id);
    }
  }
}
