// The H5 pad: a plain DOM canvas driven by pointer events, so a mouse, a pen and a finger all sign. Its backing
// store follows the same rule as the mini-program's (device pixel ratio, ≤ 1365 px a side), so both export alike.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { View } from '@tarojs/components';
import { drawSegment, drawTail, nextPoint, padScale, redraw, refit, summarizeInk } from './ink';
import type { InkPoint, InkStroke } from './ink';
import type { SignatureImage, SignaturePadHandle, SignaturePadProps } from './types';
import './index.scss';

export const SignaturePad = forwardRef<SignaturePadHandle, SignaturePadProps>(function SignaturePad({ canvasId, onInk, placeholder }, ref) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const size = useRef({ width: 0, height: 0 });
  const strokes = useRef<InkStroke[]>([]);
  const drawing = useRef<{ pointerId: number; stroke: InkStroke } | null>(null);
  const [empty, setEmpty] = useState(true);
  const onInkRef = useRef(onInk);
  onInkRef.current = onInk;

  const context = () => canvasRef.current?.getContext('2d') ?? null;

  const report = useCallback(() => {
    setEmpty(strokes.current.length === 0);
    onInkRef.current?.(summarizeInk(strokes.current, size.current.width));
  }, []);

  /** (Re)builds the backing store for the canvas' laid-out size and redraws what is on it. */
  const setUp = useCallback(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const { width, height } = canvas.getBoundingClientRect();
    if (width <= 0 || height <= 0) return;
    if (width === size.current.width && height === size.current.height) return;
    const { ratio, width: backingWidth, height: backingHeight } = padScale(width, height, window.devicePixelRatio);
    canvas.width = backingWidth;
    canvas.height = backingHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (size.current.width > 0) strokes.current = refit(strokes.current, size.current, { width, height });
    size.current = { width, height };
    redraw(ctx, strokes.current, width, height);
    report();
  }, [report]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    setUp();
    const observer = new ResizeObserver(() => setUp());
    observer.observe(canvas);

    const at = (event: PointerEvent) => {
      const box = canvas.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top, t: event.timeStamp };
    };
    const down = (event: PointerEvent) => {
      if (drawing.current || (event.pointerType === 'mouse' && event.button !== 0)) return;
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      const { x, y, t } = at(event);
      drawing.current = { pointerId: event.pointerId, stroke: [nextPoint([], x, y, t) as InkPoint] };
      setEmpty(false);
    };
    const move = (event: PointerEvent) => {
      const current = drawing.current;
      const ctx = context();
      if (!current || current.pointerId !== event.pointerId || !ctx) return;
      event.preventDefault();
      // A fast pen delivers several samples per frame: keep them all for a smooth curve.
      const samples = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
      for (const sample of samples.length > 0 ? samples : [event]) {
        const { x, y, t } = at(sample);
        const point = nextPoint(current.stroke, x, y, t);
        if (!point) continue;
        current.stroke.push(point);
        if (current.stroke.length >= 3) drawSegment(ctx, current.stroke, current.stroke.length - 2);
      }
    };
    const up = (event: PointerEvent) => {
      const current = drawing.current;
      if (!current || current.pointerId !== event.pointerId) return;
      drawing.current = null;
      const ctx = context();
      if (ctx) drawTail(ctx, current.stroke);
      strokes.current = [...strokes.current, current.stroke];
      report();
    };
    // Signing must never scroll or zoom the page (iOS ignores touch-action on some versions).
    const holdStill = (event: TouchEvent) => event.preventDefault();

    canvas.addEventListener('pointerdown', down);
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerup', up);
    canvas.addEventListener('pointercancel', up);
    canvas.addEventListener('touchstart', holdStill, { passive: false });
    canvas.addEventListener('touchmove', holdStill, { passive: false });
    return () => {
      observer.disconnect();
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerup', up);
      canvas.removeEventListener('pointercancel', up);
      canvas.removeEventListener('touchstart', holdStill);
      canvas.removeEventListener('touchmove', holdStill);
    };
  }, [setUp, report]);

  useImperativeHandle(
    ref,
    () => ({
      undo() {
        strokes.current = strokes.current.slice(0, -1);
        const ctx = context();
        if (ctx) redraw(ctx, strokes.current, size.current.width, size.current.height);
        report();
      },
      clear() {
        strokes.current = [];
        const ctx = context();
        if (ctx) redraw(ctx, [], size.current.width, size.current.height);
        report();
      },
      toImage(): Promise<SignatureImage> {
        const canvas = canvasRef.current;
        if (!canvas) return Promise.reject(new Error('签字板尚未就绪'));
        return new Promise((resolve, reject) => {
          canvas.toBlob((blob) => (blob ? resolve({ blob, width: canvas.width, height: canvas.height }) : reject(new Error('无法导出签名'))), 'image/png');
        });
      },
    }),
    [report],
  );

  return (
    <View className='zg-sign-pad'>
      <canvas id={canvasId} ref={canvasRef} className='zg-sign-pad__canvas' aria-label='签字区' />
      {empty && placeholder ? <View className='zg-sign-pad__placeholder'>{placeholder}</View> : null}
      <View className='zg-sign-pad__line' />
    </View>
  );
});
