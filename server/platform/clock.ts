/**
 * The functions' one clock: the platform's time (on the local cloud, the emulator's clock, which tests set). Handlers
 * receive it as `context.now`, the reminder run as `nowMs`; code below them that stamps a write asks it here.
 */
export const platformNow = (): Date => new Date();

export const platformNowMs = (): number => platformNow().getTime();
