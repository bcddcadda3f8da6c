import { z } from 'zod';

/** 组长 / 责任领导 / 领导小组办公室 / 干部, as the plan names them. */
export const ROLES = ['secretary', 'leader', 'office', 'cadre'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  secretary: '组长（党组书记）',
  leader: '责任领导',
  office: '领导小组办公室',
  cadre: '干部',
};

export const ROLE_SHORT_LABELS: Record<Role, string> = {
  secretary: '组长',
  leader: '领导',
  office: '办公室',
  cadre: '干部',
};
