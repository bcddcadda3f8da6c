import { ROLE_SHORT_LABELS, ROLES } from '../roles';
import type { Role } from '../roles';

/** An audit entry of a change to who may do what, as stored (before/after are the handler's facts). */
export interface AccessChange {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

function rolesOf(facts: Record<string, unknown> | null): Role[] {
  const roles = facts?.roles;
  if (!Array.isArray(roles)) return [];
  return ROLES.filter((role) => roles.includes(role) && facts?.active !== false);
}

function roleList(roles: readonly Role[]): string {
  return roles.map((role) => ROLE_SHORT_LABELS[role]).join('、');
}

/** One line a secretary reads on the phone: 授予角色：组长；取消角色：干部. */
export function describeAccessChange(change: AccessChange): string {
  switch (change.action) {
    case 'setup':
      return '初始化系统，设立第一位办公室成员';
    case 'roster.upsertMember': {
      if (!change.before) return `新增成员，角色：${roleList(rolesOf(change.after))}`;
      const before = rolesOf(change.before);
      const after = rolesOf(change.after);
      const granted = after.filter((role) => !before.includes(role));
      const removed = before.filter((role) => !after.includes(role));
      const parts: string[] = [];
      if (change.before.active !== false && change.after?.active === false) parts.push('停用成员');
      if (change.before.active === false && change.after?.active !== false) parts.push('恢复成员');
      if (granted.length > 0) parts.push(`授予角色：${roleList(granted)}`);
      if (removed.length > 0) parts.push(`取消角色：${roleList(removed)}`);
      if (change.after?.bySetupSecret === true) parts.push('（凭初始化密钥）');
      return parts.length > 0 ? parts.join('；') : '修改成员信息';
    }
    case 'roster.upsertDepartment':
      return change.before ? `修改部门：${String(change.before.name)} → ${String(change.after?.name)}` : `新增部门：${String(change.after?.name)}`;
    case 'roster.issueInvite':
      return change.after?.rebind === true ? '发放换绑邀请码（更换绑定的微信）' : '发放邀请码';
    case 'roster.confirmRebind':
      return '组长确认换绑邀请码';
    case 'auth.bind':
      return '绑定微信';
    case 'auth.rebind':
      return '更换绑定的微信（原微信已失效）';
    default:
      return change.action;
  }
}
