import { useEffect, useRef } from 'react';
import { history } from '@tarojs/router';

type Blocker = Parameters<typeof history.block>[0];

/**
 * H5: the browser's (or the title bar's) back button goes back one step of the import instead of leaving it. Taro's
 * router runs on the `history` library, whose block() holds every navigation: a back one goes to `back`, any other
 * (opening the imported plan, 首页) is let through.
 */
export function useStepBack(active: boolean, back: () => void): void {
  const backRef = useRef(back);
  backRef.current = back;
  useEffect(() => {
    if (!active) return;
    const hold: Blocker = (transition) => {
      if (String(transition.action) === 'POP') return backRef.current();
      unblock();
      transition.retry();
    };
    const unblock = history.block(hold);
    return unblock;
  }, [active]);
}
