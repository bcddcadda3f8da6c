import { formatInviteCode, inviteCodeSchema } from './invite';

describe('invite codes as people type them', () => {
  it('accepts lower case, spaces and dashes', () => {
    expect(inviteCodeSchema.parse('abcd-efgh')).toBe('ABCDEFGH');
    expect(inviteCodeSchema.parse(' ab cd ef 23 ')).toBe('ABCDEF23');
  });

  it('refuses look-alike characters the codes never contain, and wrong lengths', () => {
    for (const bad of ['ABCDEFG0', 'ABCDEFGI', 'ABCDEFG', 'ABCDEFGHJ', '']) expect(inviteCodeSchema.safeParse(bad).success).toBe(false);
  });

  it('shows codes in two groups of four', () => {
    expect(formatInviteCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
});
