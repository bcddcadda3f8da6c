import type { Locator, Page } from 'playwright-core';

/**
 * Signs on a canvas with the mouse the way a hand does: a few strokes, each pressed, dragged along a curve in small
 * steps (so the pad samples it as it would a finger) and lifted. `seed` varies the shape between signers.
 */
export async function drawSignature(page: Page, canvas: Locator, seed = 1): Promise<void> {
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the signature pad is not on screen');
  const at = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
  // Three strokes: a looping first character, a wave, an underline flourish.
  const strokes: [number, number][][] = [
    Array.from({ length: 24 }, (_, i) => {
      const t = (i / 23) * Math.PI * 2;
      return [0.16 + 0.08 * Math.sin(t + seed) + i * 0.004, 0.45 + 0.18 * Math.cos(t * 1.5)];
    }),
    Array.from({ length: 30 }, (_, i) => [0.34 + i * 0.012, 0.42 + 0.14 * Math.sin(i / (3 + seed * 0.5))]),
    Array.from({ length: 16 }, (_, i) => [0.2 + i * 0.04, 0.72 - 0.02 * Math.sin(i / 3)]),
  ];
  for (const stroke of strokes) {
    const [first, ...rest] = stroke.map(([fx, fy]) => at(fx, fy));
    if (!first) continue;
    await page.mouse.move(first.x, first.y);
    await page.mouse.down();
    for (const point of rest) await page.mouse.move(point.x, point.y, { steps: 3 });
    await page.mouse.up();
  }
}

/** A tap on the pad: a dot, which is not a signature. */
export async function dotOn(page: Page, canvas: Locator): Promise<void> {
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the signature pad is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
