import { useEffect, useRef } from 'react';
import { history } from '@tarojs/router';

/**
 * H5: the browser's (or the title bar's) back button goes back one step of the import instead of leaving it. Taro's
 * router runs on the `history` library, whose block() holds a back navigation and hands it to `back`.
 */
export function useStepBack(active: boolean, back: () => void): void {
  const backRef = useRef(back);
  backRef.current = back;
  useEffect(() => {
    if (!active) return;
    return history.block(() => backRef.current());
  }, [active]);
}
