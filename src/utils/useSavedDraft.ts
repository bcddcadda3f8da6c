import { useEffect, useRef } from 'react';
import Taro from '@tarojs/taro';

export const RESTORED_NOTICE = '已恢复未提交的内容';
const LEAVE_MESSAGE = '填写的内容还没有提交，确定离开吗？';

function read<T>(key: string): T | null {
  try {
    const saved = Taro.getStorageSync(key) as { value?: T } | '';
    return saved && typeof saved === 'object' && saved.value !== undefined ? saved.value : null;
  } catch {
    return null;
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

/**
 * Keeps a form's unsubmitted input in Taro storage under `key` (member and object; null until both are known):
 * `value` is written on every change and removed when it becomes null (submitted or discarded). What was saved is
 * handed to `restore` once, with the notice 已恢复未提交的内容; leaving while something is unsaved asks first.
 */
export function useSavedDraft<T>(key: string | null, value: T | null, restore: (saved: T) => void): void {
  const restoredFor = useRef<string | null>(null);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;

  useEffect(() => {
    if (!key || restoredFor.current === key) return;
    restoredFor.current = key;
    const saved = read<T>(key);
    if (saved === null) return;
    restoreRef.current(saved);
    void Taro.showToast({ title: RESTORED_NOTICE, icon: 'none', duration: 2000 });
  }, [key]);

  useEffect(() => {
    // Not before the saved draft was read: an empty form must not overwrite it.
    if (!key || restoredFor.current !== key) return;
    if (value === null) Taro.removeStorageSync(key);
    else Taro.setStorageSync(key, { value });
  }, [key, value]);

  useLeaveGuard(value !== null);
}
