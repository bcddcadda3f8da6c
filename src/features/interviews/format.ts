import { beijingParts, formatBeijingDateTime } from '../../utils/date';


const pad = (n: number) => String(n).padStart(2, '0');

/** 2026年3月20日 09:00, as the paper form prints it. */
export const formatFull = formatBeijingDateTime;

/** An instant as the date and time pickers hold it, in Beijing time: ['2026-03-20', '09:00']. */
export function toPickers(iso: string | null): { day: string; time: string } {
  if (!iso) return { day: '', time: '' };
  const at = beijingParts(iso);
  return { day: `${at.year}-${pad(at.month)}-${pad(at.day)}`, time: `${pad(at.hours)}:${pad(at.minutes)}` };
}

/** The pickers' day and time, read as Beijing time, as the ISO instant the actions take; null until both are set. */
export function fromPickers(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  return `${day}T${time}:00+08:00`;
}

/** 赵磊（总编室 · 总编室主任）: a person as the form names them, with 单位 and 职务 when known. */
export function partyLine(party: { name: string; title: string | null; departments: string[] } | null): string {
  if (!party) return '未指定';
  const detail = [party.departments.join('、'), party.title].filter(Boolean).join(' · ');
  return detail ? `${party.name}（${detail}）` : party.name;
}
