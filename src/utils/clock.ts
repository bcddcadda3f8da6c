/**
 * The app's one clock, for every date it shows or proposes (today's day, "this year", minutes left). It is the
 * phone's clock corrected by the cloud's: each answer carries the server's time, so a phone set a day wrong still
 * colours deadlines by the real day, and a local cloud run at a chosen instant is followed by the app too.
 */
let offsetMs = 0;

export function appNow(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Called with each answer's `serverTime`; the round trip's midpoint stands for the moment the server answered. */
export function learnServerTime(serverTime: unknown, sentAtMs: number, receivedAtMs: number): void {
  if (typeof serverTime !== 'string') return;
  const serverMs = Date.parse(serverTime);
  if (Number.isNaN(serverMs)) return;
  offsetMs = serverMs - (sentAtMs + receivedAtMs) / 2;
}
