import { invalidParam } from '../../errors';

/**
 * The 7-field cron of WeChat cloud function timer triggers: `second minute hour day month weekday year`, each a
 * value, a range `a-b`, `*`, a step `*\/n`, `a/n` or `a-b/n`, or a comma list of these; months may be JAN–DEC and
 * weekdays SUN–SAT (0 is Sunday). When both day and weekday are restricted, either may match. Triggers run in
 * Beijing time (UTC+8).
 */
export interface CronSchedule {
  expression: string;
  seconds: number[];
  minutes: number[];
  hours: number[];
  days: Set<number>;
  months: Set<number>;
  weekdays: Set<number>;
  years: Set<number>;
  dayRestricted: boolean;
  weekdayRestricted: boolean;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: string[];
  /** The first name stands for this number. */
  namesFrom?: number;
}

const FIELDS: FieldSpec[] = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, namesFrom: 1 },
  { name: 'weekday', min: 0, max: 6, names: WEEKDAYS, namesFrom: 0 },
  { name: 'year', min: 1970, max: 2099 },
];

function value(text: string, spec: FieldSpec): number {
  const named = spec.names?.indexOf(text.toUpperCase()) ?? -1;
  const number = named >= 0 ? named + (spec.namesFrom ?? 0) : /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(number) || number < spec.min || number > spec.max) throw invalidParam(`cron ${spec.name}: ${JSON.stringify(text)} is not in ${spec.min}-${spec.max}`);
  return number;
}

function field(text: string, spec: FieldSpec): { values: number[]; restricted: boolean } {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    if (range === undefined || range === '' || part.split('/').length > 2) throw invalidParam(`cron ${spec.name}: ${JSON.stringify(part)}`);
    const step = stepText === undefined ? 1 : value(stepText, { ...spec, names: undefined, min: 1, max: spec.max - spec.min + 1 });
    let from: number;
    let to: number;
    if (range === '*') {
      from = spec.min;
      to = spec.max;
    } else if (range.includes('-')) {
      const [a, b] = range.split('-');
      from = value(a ?? '', spec);
      to = value(b ?? '', spec);
      if (to < from) throw invalidParam(`cron ${spec.name}: range ${range} runs backwards`);
    } else {
      from = value(range, spec);
      // `a/n` means from a every n to the end of the range.
      to = stepText === undefined ? from : spec.max;
    }
    for (let number = from; number <= to; number += step) values.add(number);
  }
  return { values: [...values].sort((a, b) => a - b), restricted: text !== '*' };
}

export function parseCron(expression: string): CronSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 7) throw invalidParam(`cron needs 7 fields (second minute hour day month weekday year): ${JSON.stringify(expression)}`);
  const [seconds, minutes, hours, days, months, weekdays, years] = parts.map((part, index) => field(part, FIELDS[index] as FieldSpec));
  return {
    expression,
    seconds: (seconds as { values: number[] }).values,
    minutes: (minutes as { values: number[] }).values,
    hours: (hours as { values: number[] }).values,
    days: new Set((days as { values: number[] }).values),
    months: new Set((months as { values: number[] }).values),
    weekdays: new Set((weekdays as { values: number[] }).values),
    years: new Set((years as { values: number[] }).values),
    dayRestricted: (days as { restricted: boolean }).restricted,
    weekdayRestricted: (weekdays as { restricted: boolean }).restricted,
  };
}

/** Beijing time has no daylight saving: a fixed offset. */
export const BEIJING_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

function dayMatches(schedule: CronSchedule, wall: Date): boolean {
  if (!schedule.years.has(wall.getUTCFullYear()) || !schedule.months.has(wall.getUTCMonth() + 1)) return false;
  const day = schedule.days.has(wall.getUTCDate());
  const weekday = schedule.weekdays.has(wall.getUTCDay());
  if (schedule.dayRestricted && schedule.weekdayRestricted) return day || weekday;
  return day && weekday;
}

/** The first instant strictly after `afterMs` the schedule fires at (ms since the epoch), or null within 5 years. */
export function nextFireTime(schedule: CronSchedule, afterMs: number): number | null {
  // Work on Beijing wall-clock time, written into a UTC Date.
  const afterWall = afterMs + BEIJING_OFFSET_MS;
  let dayStart = Math.floor(afterWall / DAY_MS) * DAY_MS;
  for (let days = 0; days < 366 * 5; days += 1, dayStart += DAY_MS) {
    if (!dayMatches(schedule, new Date(dayStart))) continue;
    for (const hour of schedule.hours) {
      for (const minute of schedule.minutes) {
        const minuteStart = dayStart + hour * 3600_000 + minute * 60_000;
        if (minuteStart + 59_999 <= afterWall) continue;
        for (const second of schedule.seconds) {
          const wall = minuteStart + second * 1000;
          if (wall > afterWall) return wall - BEIJING_OFFSET_MS;
        }
      }
    }
  }
  return null;
}
