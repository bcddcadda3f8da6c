import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { useAction } from '@/api/hooks';

export const RESTORED_NOTICE = '已恢复未提交的内容';
const LEAVE_MESSAGE = '填写的内容还没有提交，确定离开吗？';

/** Where a form's draft lives: one per member, form and object, so two people on one phone never see each other's. */
export function draftKey(memberId: string, scope: string): string {
  return `draft:${memberId}:${scope}`;
}

function readDraft<T>(key: string): T | null {
  try {
    const saved = Taro.getStorageSync(key) as { value?: T } | '';
    return saved && typeof saved === 'object' && saved.value !== undefined ? saved.value : null;
  } catch {
    return null;
  }
}

function removeDraft(key: string): void {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // Storage unavailable: nothing was kept either.
  }
}

/** Asks before the page is left while `active`: WeChat's own dialog in the mini-program, beforeunload on H5. */
function useLeaveGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    if (process.env.TARO_ENV === 'h5') {
      const ask = (event: BeforeUnloadEvent) => {
        event.preventDefault();
        event.returnValue = LEAVE_MESSAGE;
        return LEAVE_MESSAGE;
      };
      window.addEventListener('beforeunload', ask);
      return () => window.removeEventListener('beforeunload', ask);
    }
    void Taro.enableAlertBeforeUnload({ message: LEAVE_MESSAGE });
    return () => void Taro.disableAlertBeforeUnload();
  }, [active]);
}

export interface DraftOptions<T> {
  /** The form and the object it is about, e.g. `closure.apply:<taskId>`; null until the object is known. */
  scope: string | null;
  /** What the form holds now; null, or equal to `empty`, when there is nothing worth keeping. */
  value: T | null;
  /** The form as it opens, put back by 丢弃. */
  empty: T;
  restore: (saved: T) => void;
}

export interface FormDraft {
  /** A saved draft was put back into the form: the page says 已恢复未提交的内容 with a way to discard it. */
  restored: boolean;
  /** 丢弃: forget the draft and empty the form. */
  discard: () => void;
  /** The write went through: forget the draft and let the page be left without asking. */
  submitted: () => void;
}

/**
 * Keeps a form's unsubmitted input in Taro storage, keyed by member and `scope`, written on every change, until it
 * is submitted or discarded; restores it once when the form opens again, and asks before leaving unsaved input.
 */
export function useDraft<T>({ scope, value, empty, restore }: DraftOptions<T>): FormDraft {
  const me = useAction('auth.me', {});
  const memberId = me.data?.member.id;
  const key = memberId && scope ? draftKey(memberId, scope) : null;
  const [restored, setRestored] = useState(false);
  const [done, setDone] = useState(false);
  const readFor = useRef<string | null>(null);
  const restoring = useRef(false);
  const latest = useRef({ restore, empty });
  latest.current = { restore, empty };

  const serialized = value === null ? null : JSON.stringify(value);
  const differs = serialized !== null && serialized !== JSON.stringify(empty);
  const worthKeeping = differs && !done;
  const latestValue = useRef(value);
  latestValue.current = value;

  useEffect(() => {
    if (!key || readFor.current === key) return;
    readFor.current = key;
    const saved = readDraft<T>(key);
    if (saved === null) return;
    // This commit's value is the form before the restore: the write below must not replace the draft with it.
    restoring.current = true;
    latest.current.restore(saved);
    setRestored(true);
    void Taro.showToast({ title: RESTORED_NOTICE, icon: 'none', duration: 2000 });
  }, [key]);

  useEffect(() => {
    // Not before the saved draft was read: an empty form must not overwrite it.
    if (!key || readFor.current !== key || done) return;
    if (restoring.current) {
      restoring.current = false;
      return;
    }
    if (worthKeeping) Taro.setStorageSync(key, { value: latestValue.current });
    else removeDraft(key);
  }, [key, serialized, worthKeeping, done]);

  // A form that stays open after its write (the member page) keeps drafting once it is edited again.
  useEffect(() => {
    if (done && !differs) setDone(false);
  }, [done, differs]);

  useLeaveGuard(worthKeeping);

  const discard = useCallback(() => {
    if (key) removeDraft(key);
    setRestored(false);
    latest.current.restore(latest.current.empty);
  }, [key]);

  const submitted = useCallback(() => {
    if (key) removeDraft(key);
    setRestored(false);
    setDone(true);
  }, [key]);

  return { restored, discard, submitted };
}
