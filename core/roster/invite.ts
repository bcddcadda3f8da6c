import { z } from 'zod';

// No I/L/O/0/1: codes are read aloud and typed on phones.
export const INVITE_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 8;
export const INVITE_TTL_DAYS = 7;
export const BIND_MAX_FAILURES_PER_HOUR = 5;

/** Accepts what people type: lower case, spaces and dashes ("abcd-efgh"). */
export function normaliseInviteCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s\-－—_]/g, '');
}

export const inviteCodeSchema = z
  .string()
  .max(64)
  .transform(normaliseInviteCode)
  .pipe(z.string().regex(new RegExp(`^[${INVITE_CODE_ALPHABET}]{${INVITE_CODE_LENGTH}}$`), '邀请码为8位字母或数字'));

/** Shown as ABCD-EFGH so it is easy to read out. */
export function formatInviteCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
