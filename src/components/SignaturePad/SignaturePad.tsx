// The mini-program's pad: a <Canvas type="2d">, found with a selector query once laid out, its backing store
// scaled by the device pixel ratio within 1365 px a side, drawn with the finger's canvas coordinates.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Canvas, View } from '@tarojs/components';
import type { CanvasTouchEvent } from '@tarojs/components/types/common';
import { drawSegment, drawTail, nextPoint, padScale, redraw, refit, summarizeInk } from './ink';
import type { InkContext, InkPoint, InkStroke } from './ink';
import type { SignatureImage, SignaturePadHandle, SignaturePadProps } from './types';
import './index.scss';

type Node = Taro.Canvas & { getContext(type: '2d'): (InkContext & { scale(x: number, y: number): void; setTransform(...args: number[]): void }) | null };
type Measured = { width: number; height: number; node: Node | null };

function measure(selector: string): Promise<Measured | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(selector)
      .fields({ node: true, size: true })
      .exec((result: unknown[] | null) => resolve((result?.[0] as Measured | undefined) ?? null));
  });
}

export const SignaturePad = forwardRef<SignaturePadHandle, SignaturePadProps>(function SignaturePad({ canvasId, onInk, placeholder }, ref) {
  const node = useRef<Node | null>(null);
  const context = useRef<ReturnType<Node['getContext']>>(null);
  const size = useRef({ width: 0, height: 0 });
  const strokes = useRef<InkStroke[]>([]);
  const drawing = useRef<InkStroke | null>(null);
  const [empty, setEmpty] = useState(true);
  const onInkRef = useRef(onInk);
  onInkRef.current = onInk;

  const report = useCallback(() => {
    setEmpty(strokes.current.length === 0);
    onInkRef.current?.(summarizeInk(strokes.current, size.current.width));
  }, []);

  /** (Re)builds the backing store for the pad's current size and redraws what is on it. */
  const setUp = useCallback(async (attempt = 0): Promise<void> => {
    const measured = await measure(`#${canvasId}`);
    if (!measured?.node || measured.width <= 0) {
      // Not laid out yet (a page still sliding in): try again shortly.
      if (attempt < 10) setTimeout(() => void setUp(attempt + 1), 100);
      return;
    }
    const { width, height } = measured;
    const { ratio, width: backingWidth, height: backingHeight } = padScale(width, height, Taro.getWindowInfo().pixelRatio);
    const canvas = measured.node;
    canvas.width = backingWidth;
    canvas.height = backingHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.scale(ratio, ratio);
    if (size.current.width > 0 && (size.current.width !== width || size.current.height !== height)) {
      strokes.current = refit(strokes.current, size.current, { width, height });
    }
    node.current = canvas;
    context.current = ctx;
    size.current = { width, height };
    redraw(ctx, strokes.current, width, height);
    report();
  }, [canvasId, report]);

  useEffect(() => {
    void Taro.nextTick(() => void setUp());
    // Turning the phone resizes the pad: the strokes are fitted to the new size.
    const onResize = () => setTimeout(() => void setUp(), 50);
    Taro.onWindowResize(onResize);
    return () => Taro.offWindowResize(onResize);
  }, [setUp]);

  const start = (event: CanvasTouchEvent) => {
    const touch = event.touches[0];
    if (!touch || !context.current) return;
    drawing.current = [nextPoint([], touch.x, touch.y, event.timeStamp) as InkPoint];
    setEmpty(false);
  };
  const move = (event: CanvasTouchEvent) => {
    const touch = event.touches[0];
    const stroke = drawing.current;
    const ctx = context.current;
    if (!touch || !stroke || !ctx) return;
    const point = nextPoint(stroke, touch.x, touch.y, event.timeStamp);
    if (!point) return;
    stroke.push(point);
    if (stroke.length >= 3) drawSegment(ctx, stroke, stroke.length - 2);
  };
  const end = () => {
    const stroke = drawing.current;
    drawing.current = null;
    if (!stroke || !context.current) return;
    drawTail(context.current, stroke);
    strokes.current = [...strokes.current, stroke];
    report();
  };

  useImperativeHandle(
    ref,
    () => ({
      undo() {
        strokes.current = strokes.current.slice(0, -1);
        if (context.current) redraw(context.current, strokes.current, size.current.width, size.current.height);
        report();
      },
      clear() {
        strokes.current = [];
        if (context.current) redraw(context.current, [], size.current.width, size.current.height);
        report();
      },
      toImage(): Promise<SignatureImage> {
        const canvas = node.current;
        if (!canvas) return Promise.reject(new Error('签字板尚未就绪'));
        return Taro.canvasToTempFilePath({ canvas, fileType: 'png' }).then((result) => ({ path: result.tempFilePath, width: canvas.width, height: canvas.height }));
      },
    }),
    [report],
  );

  return (
    <View className='zg-sign-pad'>
      <Canvas
        type='2d'
        id={canvasId}
        className='zg-sign-pad__canvas'
        disableScroll
        onTouchStart={start}
        onTouchMove={move}
        onTouchEnd={end}
        onTouchCancel={end}
      />
      {empty && placeholder ? <View className='zg-sign-pad__placeholder'>{placeholder}</View> : null}
      <View className='zg-sign-pad__line' />
    </View>
  );
});
