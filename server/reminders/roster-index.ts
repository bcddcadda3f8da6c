import type { Audience } from '../../core/reminders/rules';
import type { Role } from '../../core/roles';
import { COLLECTIONS } from '../db/collections';
import type { Database } from '../platform/database-types';
import type { MemberDocument } from '../roster/member-documents';

export interface RosterPerson {
  id: string;
  name: string;
  openid: string | null;
  roles: Role[];
  departmentIds: string[];
}

/** What the audience rules read of an item. */
export interface ItemParties {
  leaderId: string | null;
  departmentIds: string[];
  assigneeIds: string[];
}

const PAGE = 1000;

/** Every document of a collection, a page of ≤ 1000 at a time by `_id` (a cursor, never a deep skip). */
export async function readAllById<T extends { _id: string }>(db: Database, collection: string, where: Record<string, unknown> = {}): Promise<T[]> {
  const _ = db.command;
  const all: T[] = [];
  let after: string | null = null;
  for (;;) {
    const condition: Record<string, unknown> = after === null ? where : { ...where, _id: _.gt(after) };
    const { data } = await db.collection(collection).where(condition).orderBy('_id', 'asc').limit(PAGE).get<T>();
    all.push(...data);
    if (data.length < PAGE) return all;
    after = (data[data.length - 1] as T)._id;
  }
}

/**
 * The active members, indexed for the audience rules: owners are the named 责任人, else the cadres of the 责任部门
 * (as core/tasks/access counts them); the leader is the item's 责任领导, else the 组长 who reviews in their stead.
 */
export class RosterIndex {
  private readonly byId = new Map<string, RosterPerson>();
  private readonly cadresByDepartment = new Map<string, string[]>();
  readonly secretaries: string[] = [];
  readonly office: string[] = [];

  constructor(members: readonly MemberDocument[]) {
    for (const member of members) {
      if (member.active === false) continue;
      const person: RosterPerson = { id: member._id, name: member.name, openid: member.openid ?? null, roles: member.roles ?? [], departmentIds: member.departmentIds ?? [] };
      this.byId.set(person.id, person);
      if (person.roles.includes('secretary')) this.secretaries.push(person.id);
      if (person.roles.includes('office')) this.office.push(person.id);
      if (person.roles.includes('cadre')) {
        for (const departmentId of person.departmentIds) this.cadresByDepartment.set(departmentId, [...(this.cadresByDepartment.get(departmentId) ?? []), person.id]);
      }
    }
  }

  static async load(db: Database): Promise<RosterIndex> {
    return new RosterIndex(await readAllById<MemberDocument>(db, COLLECTIONS.members));
  }

  person(id: string): RosterPerson | undefined {
    return this.byId.get(id);
  }

  owners(item: ItemParties): string[] {
    const named = item.assigneeIds.filter((id) => this.byId.has(id));
    if (named.length > 0) return named;
    return [...new Set(item.departmentIds.flatMap((id) => this.cadresByDepartment.get(id) ?? []))];
  }

  leaders(item: ItemParties): string[] {
    if (item.leaderId !== null && this.byId.has(item.leaderId)) return [item.leaderId];
    return this.secretaries;
  }

  /**
   * Who gets a reminder, and how: owners one subscription message per item, everyone else (责任领导, 组长, office)
   * an entry in their daily digest. One person counts once per item, as an owner if they are one. An item nobody
   * owns goes to the office's digest, so it is not reminded into the void. A measure's own deadline goes to the
   * measure's owner (`measureOwnerId`) when the roster knows them, else to the item's owners.
   */
  recipients(audience: readonly Audience[], item: ItemParties, measureOwnerId: string | null = null): { owners: string[]; digest: string[] } {
    const measureOwner = measureOwnerId !== null && this.byId.has(measureOwnerId) ? [measureOwnerId] : null;
    const owners = audience.includes('owners') ? (measureOwner ?? this.owners(item)) : [];
    const digest = new Set<string>();
    if (audience.includes('owners') && owners.length === 0) for (const id of this.office) digest.add(id);
    if (audience.includes('leader')) for (const id of this.leaders(item)) digest.add(id);
    if (audience.includes('secretary')) for (const id of this.secretaries) digest.add(id);
    if (audience.includes('office')) for (const id of this.office) digest.add(id);
    for (const id of owners) digest.delete(id);
    return { owners, digest: [...digest] };
  }
}
