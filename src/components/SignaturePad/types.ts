import type { InkSummary } from './ink';

/** What the pad exports: a temp file path in the mini-program, the PNG itself on H5. */
export interface SignatureImage {
  path?: string;
  blob?: Blob;
  width: number;
  height: number;
}

export interface SignaturePadHandle {
  /** 撤销: takes back the last stroke. */
  undo(): void;
  /** 清除: an empty pad. */
  clear(): void;
  /** The pad as a PNG on white, at the canvas' backing size (≤ 1365 px a side). */
  toImage(): Promise<SignatureImage>;
}

export interface SignaturePadProps {
  /** The canvas id: the selector query finds the node by it. */
  canvasId: string;
  /** After every stroke, 撤销 and 清除: how much ink is on the pad and whether it is enough to submit. */
  onInk?: (ink: InkSummary) => void;
  /** Grey words in the middle of an empty pad. */
  placeholder?: string;
}
