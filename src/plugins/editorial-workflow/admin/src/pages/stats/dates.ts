/**
 * Calendar dates of the statistics page, as `YYYY-MM-DD` strings in Vietnam time: the server counts in
 * Asia/Ho_Chi_Minh, so "today" and every preset are Vietnamese dates whatever the browser's zone.
 * School years and Vietnam dates come from the arithmetic the server uses (`shared/periods.ts`).
 */
import { monthKeyOf, schoolYearOf, schoolYearRange as sharedSchoolYearRange, vnDateOf } from '../../../../shared/periods';

export const PRESETS = ['thisMonth', 'last3Months', 'thisSchoolYear', 'lastSchoolYear'] as const;
export type Preset = (typeof PRESETS)[number];

export type DateRange = { from: string; to: string };

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** Today's date in Vietnam. */
export const vietnamToday = (now: Date = new Date()): string => vnDateOf(now);

/** The first day of the month `offset` months away from `date`'s month. */
export function monthStart(date: string, offset = 0): string {
  const [year, month] = parts(date);
  const index = year * 12 + (month - 1) + offset;
  return iso(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** The last `count` months up to `today`'s, newest first (`2026-11`, `2026-10`…). */
export function recentMonths(today: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => monthKeyOf(monthStart(today, -i)));
}

/** A school year's dates (1 September to 31 August); `schoolYear` comes from `recentSchoolYears`. */
export function schoolYearRange(schoolYear: string): DateRange {
  const range = sharedSchoolYearRange(schoolYear);
  if (!range) throw new Error(`Not a school year: ${schoolYear}`);
  return range;
}

/** The school year of `today` and the `count - 1` before it, newest first. */
export function recentSchoolYears(today: string, count: number): string[] {
  const start = Number(schoolYearOf(today).slice(0, 4));
  return Array.from({ length: count }, (_, i) => `${start - i}-${start - i + 1}`);
}

const earlier = (a: string, b: string) => (a < b ? a : b);

/** The range of a preset; ranges of the current month or year stop today (later periods hold nothing yet). */
export function presetRange(preset: Preset, today: string): DateRange {
  switch (preset) {
    case 'thisMonth':
      return { from: monthStart(today), to: today };
    case 'last3Months':
      return { from: monthStart(today, -2), to: today };
    case 'thisSchoolYear': {
      const year = schoolYearRange(schoolYearOf(today));
      return { from: year.from, to: earlier(year.to, today) };
    }
    case 'lastSchoolYear':
      return schoolYearRange(recentSchoolYears(today, 2)[1]);
  }
}

/** The preset a range was made from, if any (so the preset buttons show which one is on). */
export function presetOf(range: DateRange, today: string): Preset | null {
  return PRESETS.find((preset) => {
    const candidate = presetRange(preset, today);
    return candidate.from === range.from && candidate.to === range.to;
  }) ?? null;
}

/**
 * The design-system DatePicker is lopsided (2.2.4): it reads its `value` by the UTC day of the Date
 * and hands back the chosen day as local midnight. So a calendar date goes in as UTC midnight and
 * comes back from its local year, month and day; anything else shifts a day east or west of Greenwich.
 */
export function pickerValueOf(date: string): Date {
  const [year, month, day] = parts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

export const dateFromPicker = (date: Date) => iso(date.getFullYear(), date.getMonth() + 1, date.getDate());

/** `2026-11-24` → `24/11/2026`, `24/11` without the year: the Vietnamese way of writing dates. */
export function shortDate(date: string, withYear = true): string {
  const [year, month, day] = parts(date);
  return withYear ? `${pad(day)}/${pad(month)}/${year}` : `${pad(day)}/${pad(month)}`;
}
