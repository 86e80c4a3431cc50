/**
 * Calendar arithmetic of the statistics, in Vietnam time (Asia/Ho_Chi_Minh). Vietnam has kept a
 * fixed UTC+7 offset with no daylight saving since 1975, so an instant's Vietnam date is the UTC
 * date of the instant plus 7 hours: exact, and the same arithmetic the SQL aggregates use.
 * Pure functions, shared by the server and the admin page.
 */

export type Granularity = 'week' | 'month';

/** An ISO week (`2026-W48`) or a calendar month (`2026-11`), with its first and last Vietnam dates. */
export interface Period {
  key: string;
  start: string;
  end: string;
}

export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
/** The widest range a statistics query may cover. */
export const MAX_RANGE_YEARS = 3;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const mod = (a: number, b: number) => ((a % b) + b) % b;

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (not 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The Vietnam calendar date of an instant. */
export function vnDateOf(instant: Date | string | number): string {
  return new Date(new Date(instant).getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Vietnam calendar date begins (00:00 in Vietnam, 17:00 UTC the day before). */
export function vnStartOf(date: string): Date {
  return new Date(dayNumber(date) * DAY_MS - VN_OFFSET_MS);
}

/** The Monday (a day number) of the ISO week holding day `day`. */
export const mondayOf = (day: number): number => day - mod(day + 3, 7); // 1970-01-01 was a Thursday

/** `2026-W48`: the ISO week of a date; the week belongs to the year of its Thursday (so W53 and W01 cross years). */
export function weekKeyOf(date: string): string {
  const thursday = mondayOf(dayNumber(date)) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

export const monthKeyOf = (date: string): string => date.slice(0, 7);

/** The key of the period holding a Vietnam date. */
export const periodKeyOf = (date: string, granularity: Granularity): string => (granularity === 'week' ? weekKeyOf(date) : monthKeyOf(date));

/** The period holding a Vietnam date. */
export function periodOf(date: string, granularity: Granularity): Period {
  if (granularity === 'week') {
    const monday = mondayOf(dayNumber(date));
    return { key: weekKeyOf(date), start: dateOfDay(monday), end: dateOfDay(monday + 6) };
  }
  const [y, m] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { key: monthKeyOf(date), start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(last)}` };
}

/** The whole periods that cover [from, to] (Vietnam dates, both included), in order. */
export function periodsCovering(from: string, to: string, granularity: Granularity): Period[] {
  const periods: Period[] = [];
  const last = dayNumber(to);
  for (let period = periodOf(from, granularity); dayNumber(period.start) <= last; period = periodOf(dateOfDay(dayNumber(period.end) + 1), granularity)) {
    periods.push(period);
  }
  return periods;
}

/** The period of a key (`2026-W48` or `2026-11`), or null when the key is not one. */
export function periodByKey(key: string): Period | null {
  const week = WEEK_KEY.exec(key);
  if (week) {
    const [year, number] = [Number(week[1]), Number(week[2])];
    // ISO week 1 holds 4 January.
    const monday = mondayOf(dayNumber(`${year}-01-04`)) + (number - 1) * 7;
    const period = periodOf(dateOfDay(monday), 'week');
    return number >= 1 && period.key === key ? period : null;
  }
  return MONTH_KEY.test(key) ? periodOf(`${key}-01`, 'month') : null;
}

/** A school year `2026-2027` runs from 1 September 2026 to 31 August 2027. */
export function schoolYearRange(schoolYear: string): { from: string; to: string } | null {
  const match = SCHOOL_YEAR.exec(schoolYear);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return null;
  return { from: `${match[1]}-09-01`, to: `${match[2]}-08-31` };
}

/** The school year holding a Vietnam date. */
export function schoolYearOf(date: string): string {
  const [y, m] = date.split('-').map(Number);
  const first = m >= 9 ? y : y - 1;
  return `${first}-${first + 1}`;
}

/** Why [from, to] is not a range the statistics accept (Vietnamese), or null when it is. */
export function rangeProblem(from: string, to: string): string | null {
  if (!isCalendarDate(from)) return `Ngày bắt đầu "${from}" không hợp lệ: hãy ghi dạng YYYY-MM-DD, ví dụ 2026-09-01.`;
  if (!isCalendarDate(to)) return `Ngày kết thúc "${to}" không hợp lệ: hãy ghi dạng YYYY-MM-DD, ví dụ 2026-11-30.`;
  if (from > to) return `Ngày bắt đầu ${from} đứng sau ngày kết thúc ${to}.`;
  const [y, m, d] = from.split('-').map(Number);
  const limit = Date.UTC(y + MAX_RANGE_YEARS, m - 1, d) / DAY_MS;
  if (dayNumber(to) >= limit) return `Khoảng thời gian tối đa ${MAX_RANGE_YEARS} năm (từ ${from} đến trước ${dateOfDay(limit)}).`;
  return null;
}
