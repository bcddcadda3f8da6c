import type { Department } from '../../core/roster/model';
import type { Database } from '../platform/cloud';
import { COLLECTIONS } from '../db/collections';

export interface DepartmentDocument {
  _id: string;
  name: string;
  order: number;
  createdAt: Date;
  updatedAt: Date;
}

export async function listAllDepartments(db: Database): Promise<DepartmentDocument[]> {
  const { data } = await db.collection(COLLECTIONS.departments).orderBy('order', 'asc').orderBy('name', 'asc').limit(1000).get<DepartmentDocument>();
  return data;
}

export async function findDepartmentsByIds(db: Database, ids: readonly string[]): Promise<DepartmentDocument[]> {
  if (ids.length === 0) return [];
  const _ = db.command;
  const { data } = await db.collection(COLLECTIONS.departments).where({ _id: _.in([...ids]) }).limit(1000).get<DepartmentDocument>();
  return data;
}

export function toDepartment(document: DepartmentDocument, memberCount: number): Department {
  return { id: document._id, name: document.name, order: document.order ?? 0, memberCount };
}
