/**
 * Calendar dates of the statistics page, as `YYYY-MM-DD` strings in Vietnam time (the server counts in
 * Asia/Ho_Chi_Minh, so "today" and every preset are Vietnamese dates whatever the browser's zone).
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export const PRESETS = ['thisMonth', 'last3Months', 'thisSchoolYear', 'lastSchoolYear'] as const;
export type Preset = (typeof PRESETS)[number];

export type DateRange = { from: string; to: string };

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Today's date in Vietnam. */
export function vietnamToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The first day of the month `offset` months away from `date`'s month. */
export function monthStart(date: string, offset = 0): string {
  const [year, month] = parts(date);
  const index = year * 12 + (month - 1) + offset;
  return iso(Math.floor(index / 12), (index % 12) + 1, 1);
}

export function monthEnd(date: string): string {
  const [year, month] = parts(date);
  return iso(year, month, daysInMonth(year, month));
}

/** `2026-11` for any date of November 2026. */
export const monthKey = (date: string) => date.slice(0, 7);

/** The last `count` months up to `today`'s, newest first (`2026-11`, `2026-10`…). */
export function recentMonths(today: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => monthKey(monthStart(today, -i)));
}

/** School years run from 1 September to 31 August: 2026-11-28 is in `2026-2027`. */
export function schoolYearOf(date: string): string {
  const [year, month] = parts(date);
  const start = month >= 9 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export function schoolYearRange(schoolYear: string): DateRange {
  const start = Number(schoolYear.slice(0, 4));
  return { from: iso(start, 9, 1), to: iso(start + 1, 8, 31) };
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
 * The date pickers speak `Date` in the browser's zone; a calendar date is its local year, month and day
 * (never its UTC instant, which would shift by a day west or east of Greenwich).
 */
export const isoFromLocalDate = (date: Date) => iso(date.getFullYear(), date.getMonth() + 1, date.getDate());

export function localDateFromIso(date: string): Date {
  const [year, month, day] = parts(date);
  return new Date(year, month - 1, day);
}

/** `2026-11-24` → `24/11/2026`, `24/11` without the year: the Vietnamese way of writing dates. */
export function shortDate(date: string, withYear = true): string {
  const [year, month, day] = parts(date);
  return withYear ? `${pad(day)}/${pad(month)}/${year}` : `${pad(day)}/${pad(month)}`;
}
