import { createHash, randomInt } from 'node:crypto';
import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH } from '../../core/roster/invite';

export function generateInviteCode(): string {
  let code = '';
  for (let i = 0; i < INVITE_CODE_LENGTH; i += 1) code += INVITE_CODE_ALPHABET[randomInt(INVITE_CODE_ALPHABET.length)];
  return code;
}

/** The database keeps only the hash, so a leaked backup holds no usable codes; the hash is the invite's _id. */
export function inviteIdFor(code: string): string {
  return createHash('sha256').update(`invite:${code}`).digest('hex');
}
