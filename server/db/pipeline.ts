import type { Aggregate, Database, Document } from '../platform/database-types';

/*
 * The parts of the SDK's aggregation the dashboard uses beyond what server/platform types: addFields, lookup with a
 * sub-pipeline, count, and the expression operators (db.command.aggregate). All are documented stages and operators
 * of the cloud database; the emulator answers them through mingo.
 */

export type Expression = unknown;

export interface Pipeline {
  match(condition: Document): Pipeline;
  project(spec: Document): Pipeline;
  group(spec: Document): Pipeline;
  sort(spec: Record<string, 1 | -1>): Pipeline;
  limit(count: number): Pipeline;
  count(field: string): Pipeline;
  lookup(spec: LookupSpec | EqualityLookupSpec): Pipeline;
  unwind(path: string): Pipeline;
  replaceRoot(spec: { newRoot: string }): Pipeline;
  done(): unknown;
}

export interface LookupSpec {
  from: string;
  let?: Document;
  pipeline: unknown;
  as: string;
}

/** The plain equality join: documents of `from` whose foreignField equals this document's localField. */
export interface EqualityLookupSpec {
  from: string;
  localField: string;
  foreignField: string;
  as: string;
}

export interface StagedAggregate extends Aggregate {
  addFields(spec: Document): StagedAggregate;
  lookup(spec: LookupSpec): StagedAggregate;
  match(condition: Document): StagedAggregate;
  group(spec: Document): StagedAggregate;
  sort(spec: Record<string, 1 | -1>): StagedAggregate;
  project(spec: Document): StagedAggregate;
  skip(count: number): StagedAggregate;
  limit(count: number): StagedAggregate;
}

export interface Operators {
  pipeline(): Pipeline;
  cond(spec: { if: Expression; then: Expression; else: Expression }): Expression;
  switch(spec: { branches: { case: Expression; then: Expression }[]; default: Expression }): Expression;
  eq(pair: [Expression, Expression]): Expression;
  lt(pair: [Expression, Expression]): Expression;
  lte(pair: [Expression, Expression]): Expression;
  ifNull(pair: [Expression, Expression]): Expression;
  add(values: Expression[]): Expression;
  dateToString(spec: { date: Expression; format: string }): Expression;
  sum(value: Expression): Expression;
  first(value: Expression): Expression;
}

export function operatorsOf(db: Database): Operators {
  return (db.command as unknown as { aggregate: Operators }).aggregate;
}

export function staged(db: Database, collection: string): StagedAggregate {
  return db.collection(collection).aggregate() as StagedAggregate;
}
