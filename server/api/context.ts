import type { Member } from '../../core/roster/model';
import type { Database } from '../platform/cloud';
import type { Caller } from '../platform/caller';

/** A bound member as the server knows it: the DTO plus the stored id of their binding. */
export interface CurrentMember extends Member {
  openid: string;
}

export interface ActionContext {
  db: Database;
  caller: Caller;
  /** null until the caller binds; handlers behind 'bound' or role access always get a member. */
  member: CurrentMember | null;
  now: () => Date;
  env: Readonly<Record<string, string | undefined>>;
}

/** For handlers whose access guarantees a member: the router has already refused everyone else. */
export function requireMember(context: ActionContext): CurrentMember {
  if (!context.member) throw new Error('handler reached without a member: access table and handler disagree');
  return context.member;
}
