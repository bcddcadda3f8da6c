const HOUR_MS = 60 * 60 * 1000;

/** Per WeChat (the OPENID is the _id): the wrong invite codes it tried in the last hour. */
export interface BindAttemptsDocument {
  _id: string;
  failures: Date[];
}

/** Keeps only the last hour's failures, so the document stays small however long someone keeps guessing. */
export function recentFailures(document: BindAttemptsDocument | null, now: Date): Date[] {
  return (document?.failures ?? []).map((at) => new Date(at)).filter((at) => now.getTime() - at.getTime() < HOUR_MS);
}
