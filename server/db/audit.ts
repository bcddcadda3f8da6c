import type { Transaction } from '../platform/database-types';
import { COLLECTIONS } from './collections';

export type AuditEntity = 'plan' | 'task' | 'member' | 'department' | 'interview' | 'unit' | 'outcome' | 'report';

/** The entities whose changes decide who may do what: the secretary's 权限变更记录 reads these. */
export const ACCESS_AUDIT_ENTITIES: readonly AuditEntity[] = ['member', 'department', 'unit'];

/** One change, as the timeline and an inspector read it: who did what to which record, and what changed. */
export interface AuditEntry {
  entity: AuditEntity;
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
