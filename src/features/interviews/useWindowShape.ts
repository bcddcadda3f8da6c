import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';

export type WindowShape = 'portrait' | 'landscape';

function shapeNow(): WindowShape {
  const { windowWidth, windowHeight } = Taro.getWindowInfo();
  return windowWidth > windowHeight ? 'landscape' : 'portrait';
}

/** Whether the phone is held upright or turned: the signing page gives the pad the whole width when turned. */
export function useWindowShape(): WindowShape {
  const [shape, setShape] = useState<WindowShape>(shapeNow);
  useEffect(() => {
    const onResize = () => setShape(shapeNow());
    Taro.onWindowResize(onResize);
    return () => Taro.offWindowResize(onResize);
  }, []);
  return shape;
}
