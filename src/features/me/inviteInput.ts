import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH, formatInviteCode, normaliseInviteCode } from '../../../core/roster/invite';

/** What the input shows while typing: upper case, at most 8 characters, a dash after the fourth. */
export function formatInviteInput(raw: string): string {
  const code = normaliseInviteCode(raw).replace(/[^A-Z0-9]/g, '').slice(0, INVITE_CODE_LENGTH);
  return code.length > 4 ? formatInviteCode(code) : code;
}

/** The reason a typed code cannot be right, or null when it is worth sending. */
export function inviteInputProblem(display: string): string | null {
  const code = normaliseInviteCode(display);
  if (code.length < INVITE_CODE_LENGTH) return `邀请码为${INVITE_CODE_LENGTH}位，请输入完整`;
  // Codes never contain look-alike characters; saying so saves a wasted (rate-limited) attempt.
  if ([...code].some((ch) => !INVITE_CODE_ALPHABET.includes(ch))) return '邀请码不含字母 I、L、O 和数字 0、1，请核对';
  return null;
}
