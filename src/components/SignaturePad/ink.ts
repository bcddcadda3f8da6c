// The signature pad's model, the same on both targets: strokes in CSS pixels of the pad, drawn as quadratic
// curves through the midpoints of the sampled points (no corners where the finger was sampled), each segment as
// wide as the pen was slow there. Nothing here touches Taro or the DOM.

export interface InkPoint {
  x: number;
  y: number;
  /** ms, from the event: speed decides the width. */
  t: number;
  /** Line width at this point, CSS px. */
  w: number;
}
export type InkStroke = InkPoint[];

/** The drawing calls the pad needs: a 2d context in the mini-program and in the browser alike. */
export interface InkContext {
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  stroke(): void;
  fill(): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  strokeStyle: unknown;
  fillStyle: unknown;
}

/** WeChat's 2d canvas refuses a backing store over 1365 px a side; keep within it on both targets. */
export const PAD_MAX_SIDE = 1365;
const INK = '#111111';
const PAPER = '#ffffff';
const MIN_WIDTH = 1.8;
const MAX_WIDTH = 4.4;
/** px/ms at which the line is thinnest: a quick flourish. */
const FAST = 2.2;
/** Points closer than this to the last one are noise from a resting finger. */
const MIN_STEP = 1.2;

/**
 * The canvas' backing size for a pad of cssWidth × cssHeight: the device pixel ratio, lowered when needed so that
 * neither side exceeds PAD_MAX_SIDE. `ratio` is what the context is scaled by, so strokes stay in CSS pixels.
 */
export function padScale(cssWidth: number, cssHeight: number, devicePixelRatio: number): { ratio: number; width: number; height: number } {
  const w = Math.max(1, cssWidth);
  const h = Math.max(1, cssHeight);
  const ratio = Math.max(0.5, Math.min(devicePixelRatio || 1, PAD_MAX_SIDE / w, PAD_MAX_SIDE / h));
  return { ratio, width: Math.min(PAD_MAX_SIDE, Math.floor(w * ratio)), height: Math.min(PAD_MAX_SIDE, Math.floor(h * ratio)) };
}

/** The next sampled point of a stroke, or null when it is too close to the last to matter. */
export function nextPoint(stroke: InkStroke, x: number, y: number, t: number): InkPoint | null {
  const last = stroke[stroke.length - 1];
  if (!last) return { x, y, t, w: (MIN_WIDTH + MAX_WIDTH) / 2 };
  const distance = Math.hypot(x - last.x, y - last.y);
  if (distance < MIN_STEP) return null;
  const speed = distance / Math.max(1, t - last.t);
  const target = MAX_WIDTH - (MAX_WIDTH - MIN_WIDTH) * Math.min(1, speed / FAST);
  // Ease towards the target so the width never jumps between two samples.
  return { x, y, t, w: last.w * 0.65 + target * 0.35 };
}

const mid = (a: InkPoint, b: InkPoint) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

function style(ctx: InkContext, width: number): void {
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = INK;
  ctx.fillStyle = INK;
}

/**
 * Segment k (1 ≤ k ≤ n-1 of points 0…n): from the midpoint before point k (point 0 for k = 1) to the midpoint
 * after it, bending through point k. Drawn while the finger moves, one segment per new point.
 */
export function drawSegment(ctx: InkContext, stroke: InkStroke, k: number): void {
  const control = stroke[k];
  const before = stroke[k - 1];
  const after = stroke[k + 1];
  if (!control || !before || !after) return;
  const start = k === 1 ? before : mid(before, control);
  const end = mid(control, after);
  style(ctx, (before.w + control.w + after.w) / 3);
  ctx.beginPath();
  ctx.moveTo(start.x, start.y);
  ctx.quadraticCurveTo(control.x, control.y, end.x, end.y);
  ctx.stroke();
}

/** The end of a stroke once the finger lifts: the last half segment, or a dot for a tap. */
export function drawTail(ctx: InkContext, stroke: InkStroke): void {
  const n = stroke.length - 1;
  const last = stroke[n];
  if (!last) return;
  if (n === 0) {
    style(ctx, last.w);
    ctx.beginPath();
    ctx.arc(last.x, last.y, last.w / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  const previous = stroke[n - 1] as InkPoint;
  const start = n === 1 ? previous : mid(previous, last);
  style(ctx, (previous.w + last.w) / 2);
  ctx.beginPath();
  ctx.moveTo(start.x, start.y);
  ctx.lineTo(last.x, last.y);
  ctx.stroke();
}

/** The whole pad again (after 撤销, a clear or a resize): paper, then every stroke as it was drawn live. */
export function redraw(ctx: InkContext, strokes: readonly InkStroke[], width: number, height: number): void {
  paint(ctx, width, height);
  for (const stroke of strokes) {
    for (let k = 1; k < stroke.length - 1; k += 1) drawSegment(ctx, stroke, k);
    drawTail(ctx, stroke);
  }
}

/** White paper: the exported PNG prints and shows the same on any background. */
export function paint(ctx: InkContext, width: number, height: number): void {
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, width, height);
}

/** Strokes drawn on a pad of one size, fitted to a pad of another (the phone turned): one scale, no distortion. */
export function refit(strokes: readonly InkStroke[], from: { width: number; height: number }, to: { width: number; height: number }): InkStroke[] {
  if (from.width <= 0 || from.height <= 0) return strokes.map((stroke) => [...stroke]);
  const k = Math.min(to.width / from.width, to.height / from.height);
  return strokes.map((stroke) => stroke.map((point) => ({ ...point, x: point.x * k, y: point.y * k })));
}

export interface InkSummary {
  strokes: number;
  points: number;
  /** Total length of the lines, CSS px. */
  length: number;
  /** The larger side of the box around all ink, CSS px. */
  span: number;
  /** Enough to be a signature rather than a tap, a dot or a tick: see isEnoughInk. */
  enough: boolean;
}

/**
 * Blank check before anything leaves the phone (the server checks the PNG again): at least 8 sampled points, lines
 * at least max(80 px, 15% of the pad's width) long in all, and ink spread over at least max(24 px, 8% of the width).
 * A tap, a dot or a short tick fails; two handwritten characters pass easily.
 */
export function summarizeInk(strokes: readonly InkStroke[], padWidth: number): InkSummary {
  let points = 0;
  let length = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const stroke of strokes) {
    points += stroke.length;
    stroke.forEach((point, index) => {
      const previous = stroke[index - 1];
      if (previous) length += Math.hypot(point.x - previous.x, point.y - previous.y);
      minX = Math.min(minX, point.x);
      minY = Math.min(minY, point.y);
      maxX = Math.max(maxX, point.x);
      maxY = Math.max(maxY, point.y);
    });
  }
  const span = points > 0 ? Math.max(maxX - minX, maxY - minY) : 0;
  const enough = points >= 8 && length >= Math.max(80, padWidth * 0.15) && span >= Math.max(24, padWidth * 0.08);
  return { strokes: strokes.length, points, length: Math.round(length), span: Math.round(span), enough };
}
