/**
 * The mini-program cannot hold its back button: while the import has unsaved steps, its draft's leave guard
 * (WeChat's own dialog) asks before the page is left, and the draft brings the step back on return.
 */
export function useStepBack(_active: boolean, _back: () => void): void {}
