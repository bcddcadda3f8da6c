// H5 has no privacy step of WeChat's: nothing is ever held, so the sheet never shows.
import type { PrivacyRequest } from './privacyGate';

export type { PrivacyRequest } from './privacyGate';

export function installPrivacyGate(): void {}

export function usePrivacyRequest(): [PrivacyRequest | null, (event: 'agree' | 'disagree', buttonId?: string) => void] {
  return [null, () => undefined];
}

export function openPrivacyContract(): void {}
