import type { Transaction } from '../platform/database-types';
import { isDocumentNotFound } from './errors';

/** A transaction's doc().get() throws when the document is missing; handlers want null. */
export async function getInTransaction<T extends object>(transaction: Transaction, collection: string, id: string): Promise<T | null> {
  try {
    const { data } = await transaction.collection(collection).doc(id).get<T>();
    return data ?? null;
  } catch (error) {
    if (isDocumentNotFound(error)) return null;
    throw error;
  }
}
