import type { Transaction } from '../platform/database-types';
import { COLLECTIONS } from './collections';

/** One change, as the timeline and an inspector read it: who did what to which record, and what changed. */
export interface AuditEntry {
  entity: 'plan' | 'task' | 'member' | 'department' | 'interview' | 'outcome' | 'report';
  entityId: string;
  action: string;
  actorId: string;
  at: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export async function recordAudit(transaction: Transaction, entry: AuditEntry): Promise<void> {
  await transaction.collection(COLLECTIONS.audit).add({ data: { ...entry } });
}
