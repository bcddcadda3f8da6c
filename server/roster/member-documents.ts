import type { Role } from '../../core/roles';
import type { Member } from '../../core/roster/model';

/** A member as stored. `openid` is set once they bind and never leaves the server. */
export interface MemberDocument {
  _id: string;
  name: string;
  title: string | null;
  roles: Role[];
  departmentIds: string[];
  active: boolean;
  openid: string | null;
  /** The one invite that may bind this member now (older codes are revoked in the same transaction). */
  liveInviteId?: string | null;
  /** When the member was last moved from one WeChat to another: shown on every signature slot they sign. */
  reboundAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toMember(document: MemberDocument): Member {
  return {
    id: document._id,
    name: document.name,
    title: document.title ?? null,
    roles: document.roles ?? [],
    departmentIds: document.departmentIds ?? [],
    active: document.active !== false,
    bound: Boolean(document.openid),
  };
}
