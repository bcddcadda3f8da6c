// Taro picks SignaturePad.h5.tsx for H5 (a DOM canvas) and SignaturePad.tsx for the mini-program (Canvas 2d).
export { SignaturePad } from './SignaturePad';
export type { InkSummary } from './ink';
export type { SignatureImage, SignaturePadHandle } from './types';
