// WeChat holds a call to a privacy API (chooseMedia, chooseMessageFile, get/setClipboardData) until the person
// agrees to the mini-program's 用户隐私保护指引. The app registers for that moment once, at launch; the PrivacySheet
// of the page that made the call explains what is asked and why, then lets the held call go on (agree) or fail
// (disagree: the next tap asks again, so nobody is stuck). Taro picks privacyGate.h5.ts for H5, which has no such step.
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void;

export interface PrivacyRequest {
  /** The API or component WeChat held, e.g. "chooseMedia". */
  referrer: string;
  resolve: Resolve;
}

let pending: PrivacyRequest | null = null;
const listeners = new Set<(request: PrivacyRequest | null) => void>();

function publish(request: PrivacyRequest | null): void {
  pending = request;
  for (const listener of listeners) listener(request);
}

/** At launch: from now on a held privacy call opens the PrivacySheet of the page on screen. */
export function installPrivacyGate(): void {
  // Base libraries before 2.32.3 have no privacy step (and no such API).
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  Taro.onNeedPrivacyAuthorization((resolve, eventInfo) => publish({ referrer: eventInfo?.referrer ?? '', resolve: resolve as Resolve }));
}

/** The held call, if any, for the sheet to show; answering it closes the sheet. */
export function usePrivacyRequest(): [PrivacyRequest | null, (event: 'agree' | 'disagree', buttonId?: string) => void] {
  const [request, setRequest] = useState(pending);
  useEffect(() => {
    listeners.add(setRequest);
    return () => void listeners.delete(setRequest);
  }, []);
  const answer = (event: 'agree' | 'disagree', buttonId?: string) => {
    request?.resolve(buttonId ? { event, buttonId } : { event });
    publish(null);
  };
  return [request, answer];
}

export function openPrivacyContract(): void {
  void Taro.openPrivacyContract({});
}
