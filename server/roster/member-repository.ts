import type { Database } from '../platform/cloud';
import { COLLECTIONS } from '../db/collections';
import type { MemberDocument } from './member-documents';

const PAGE = 1000;

export async function findMemberByOpenid(db: Database, openid: string): Promise<MemberDocument | null> {
  const { data } = await db.collection(COLLECTIONS.members).where({ openid }).limit(1).get<MemberDocument>();
  return data[0] ?? null;
}

export async function findMemberById(db: Database, id: string): Promise<MemberDocument | null> {
  const { data } = await db.collection(COLLECTIONS.members).where({ _id: id }).limit(1).get<MemberDocument>();
  return data[0] ?? null;
}

/** Pages through with skip: the roster of a county unit is hundreds, not millions. */
export async function listAllMembers(db: Database, where: Record<string, unknown> = {}): Promise<MemberDocument[]> {
  const all: MemberDocument[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { data } = await db.collection(COLLECTIONS.members).where(where).orderBy('name', 'asc').skip(offset).limit(PAGE).get<MemberDocument>();
    all.push(...data);
    if (data.length < PAGE) return all;
  }
}

/** Members by id, in one round trip (ids are a page's worth: leader, owners, timeline actors). */
export async function findMembersByIds(db: Database, ids: readonly string[]): Promise<MemberDocument[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const _ = db.command;
  const { data } = await db.collection(COLLECTIONS.members).where({ _id: _.in(unique) }).limit(PAGE).get<MemberDocument>();
  return data;
}
