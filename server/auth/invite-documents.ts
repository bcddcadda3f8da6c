export interface InviteDocument {
  _id: string;
  memberId: string;
  expiresAt: Date;
  usedAt: Date | null;
  usedByOpenid: string | null;
  revokedAt: Date | null;
  createdBy: string;
  createdAt: Date;
}
