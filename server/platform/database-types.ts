/**
 * The slice of wx-server-sdk's database the server uses, typed for promises: the SDK's own typings return
 * unions with callback results (`void | IQueryResult`), which every call site would otherwise have to narrow.
 */
export type Document = Record<string, unknown>;

export interface Query {
  where(condition: Document): Query;
  orderBy(field: string, direction: 'asc' | 'desc'): Query;
  skip(offset: number): Query;
  limit(count: number): Query;
  field(projection: Record<string, boolean>): Query;
  get<T extends object = Document>(): Promise<{ data: T[] }>;
  count(): Promise<{ total: number }>;
  update(options: { data: Document }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface DocumentReference {
  get<T extends object = Document>(): Promise<{ data: T }>;
  set(options: { data: Document }): Promise<{ _id: string; stats: { updated: number; created: number } }>;
  update(options: { data: Document }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface Aggregate {
  match(condition: Document): Aggregate;
  group(spec: Document): Aggregate;
  unwind(path: string | Document): Aggregate;
  sort(spec: Record<string, 1 | -1>): Aggregate;
  project(spec: Document): Aggregate;
  skip(count: number): Aggregate;
  limit(count: number): Aggregate;
  end<T extends object = Document>(): Promise<{ list: T[] }>;
}

export interface Collection extends Query {
  doc(id: string): DocumentReference;
  add(options: { data: Document }): Promise<{ _id: string }>;
  aggregate(): Aggregate;
}

export interface TransactionCollection {
  doc(id: string): DocumentReference;
  add(options: { data: Document }): Promise<{ _id: string }>;
}

export interface Transaction {
  collection(name: string): TransactionCollection;
}

/** Query operators (`db.command`), typed loosely: they build values the SDK serialises. */
export interface Command {
  in(values: unknown[]): unknown;
  nin(values: unknown[]): unknown;
  eq(value: unknown): unknown;
  neq(value: unknown): unknown;
  gt(value: unknown): unknown;
  gte(value: unknown): unknown;
  lt(value: unknown): unknown;
  lte(value: unknown): unknown;
  exists(value: boolean): unknown;
  inc(value: number): unknown;
  push(value: unknown): unknown;
  set(value: unknown): unknown;
  remove(): unknown;
  or(...conditions: unknown[]): unknown;
  and(...conditions: unknown[]): unknown;
}

export interface Database {
  collection(name: string): Collection;
  command: Command;
  runTransaction<T>(callback: (transaction: Transaction) => Promise<T>, retries?: number): Promise<T>;
  createCollection(name: string): Promise<unknown>;
  serverDate(options?: { offset?: number }): unknown;
}
