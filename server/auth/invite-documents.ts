export interface InviteDocument {
  _id: string;
  memberId: string;
  expiresAt: Date;
  usedAt: Date | null;
  usedByOpenid: string | null;
  revokedAt: Date | null;
  createdBy: string;
  createdAt: Date;
  /** Issued for a member who was bound already: binding it moves them to another WeChat. */
  rebind?: boolean;
  /** The secretary who issued or confirmed a re-binding code; a re-binding code without one does not bind. */
  confirmedById?: string | null;
}
