import { FIGURE_LABELS } from '../../../core/figures/figures';
import type { Figures } from '../../../core/figures/figures';

/** 66.7% — rates print with at most one decimal, whole numbers without. */
export function formatRate(rate: number): string {
  return `${Number.isInteger(rate) ? rate : rate.toFixed(1)}%`;
}

/** 5月 for a YYYY-MM month: twelve columns on a 360 px phone leave room for no more (the year is in the caption). */
export function monthLabel(month: string): string {
  return `${Number(month.split('-')[1])}月`;
}

/** 2025年12月 for a YYYY-MM month. */
export function monthWords(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${year}年${number}月`;
}

/** 14:05 Beijing time, for "截至" lines. */
export function beijingClock(iso: string): string {
  const at = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
}

/** A row's figures in words, for screen readers: 已完成整改2项，正在整改1项，尚未启动0项，超期未完成1项，共3项. */
export function figuresCaption(figures: Figures): string {
  const parts = (['done', 'inProgress', 'notStarted', 'overdue'] as const).map((key) => `${FIGURE_LABELS[key]}${figures[key]}项`);
  return `${parts.join('，')}，共${figures.total}项`;
}
