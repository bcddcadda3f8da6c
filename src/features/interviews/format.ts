import type { IsoDay } from '../../../core/time';
import { appNow } from '../../utils/clock';

// China has no daylight saving: Beijing time is UTC+8 all year, so plain arithmetic is exact.
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

function beijing(iso: string) {
  const at = new Date(new Date(iso).getTime() + BEIJING_OFFSET_MS);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate(), hours: at.getUTCHours(), minutes: at.getUTCMinutes() };
}

/** 3月20日 09:00 this year, 2025年3月20日 09:00 otherwise. */
export function formatMoment(iso: string, now = appNow()): string {
  const at = beijing(iso);
  const time = `${pad(at.hours)}:${pad(at.minutes)}`;
  return at.year === beijing(now.toISOString()).year ? `${at.month}月${at.day}日 ${time}` : `${at.year}年${at.month}月${at.day}日 ${time}`;
}

/** 2026年3月20日 09:00, as the paper form prints it. */
export function formatFull(iso: string): string {
  const at = beijing(iso);
  return `${at.year}年${at.month}月${at.day}日 ${pad(at.hours)}:${pad(at.minutes)}`;
}

/** An instant as the date and time pickers hold it, in Beijing time: ['2026-03-20', '09:00']. */
export function toPickers(iso: string | null): { day: string; time: string } {
  if (!iso) return { day: '', time: '' };
  const at = beijing(iso);
  return { day: `${at.year}-${pad(at.month)}-${pad(at.day)}`, time: `${pad(at.hours)}:${pad(at.minutes)}` };
}

/** The pickers' day and time, read as Beijing time, as the ISO instant the actions take; null until both are set. */
export function fromPickers(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  return `${day}T${time}:00+08:00`;
}

/** The day `days` after a Beijing calendar day. */
export function addDays(day: IsoDay, days: number): IsoDay {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** 赵磊（总编室 · 总编室主任）: a person as the form names them, with 单位 and 职务 when known. */
export function partyLine(party: { name: string; title: string | null; departments: string[] } | null): string {
  if (!party) return '未指定';
  const detail = [party.departments.join('、'), party.title].filter(Boolean).join(' · ');
  return detail ? `${party.name}（${detail}）` : party.name;
}

/** Storage paths are random: a document chip reads 附件2.pdf rather than a string of letters. */
export function attachmentName(name: string, index: number): string {
  const match = /^[0-9a-z]{12,24}\.([a-z0-9]+)$/.exec(name);
  return match ? `附件${index + 1}.${match[1]}` : name;
}
