import Holidays from 'date-holidays';
import { DAY_MS, VN_OFFSET_MS, dateOfDay, dayNumber, isCalendarDate, vnDateOf, vnStartOf } from './periods';

/**
 * Working days of the Sở, in Vietnam time (Asia/Ho_Chi_Minh: UTC+7 all year, no daylight saving,
 * so a Vietnam date and a time of day are plain arithmetic on the instant, as in periods.ts).
 *
 * A working day is a Monday to Friday that is not a public holiday. The public holidays are those
 * that `date-holidays` knows for Vietnam (`VN`, type `public`): Tết Dương lịch (1/1), Tết Nguyên Đán
 * (the library gives five days, from the eve: 05–09/02/2027), Giỗ tổ Hùng Vương (10/3 lunar),
 * 30/4, 1/5 and Quốc khánh (2/9). Observances (20/11, 8/3…) are working days.
 *
 * What the library does not know: the days the government moves each year (a Saturday worked to
 * bridge a holiday, a day off in lieu of a holiday on a weekend, the second day of Quốc khánh
 * chosen each year, Tết's exact days when the announcement differs). The administrator writes
 * those as data (`api::working-calendar-day`, "Ngày làm việc / ngày nghỉ"), and every function
 * here takes them as an optional `WorkingCalendar` of overrides: a date it names is a day off or a
 * working day whatever the weekday and the library say. Without one, those days count as an
 * ordinary weekday or weekend day.
 *
 * This module is the only one that imports the library: the rest of the plugin asks it.
 */

/** A `YYYY-MM-DD` date of the Vietnam calendar. */
export type CalendarDate = string;
export type Instant = Date | string | number;

/** What an override makes of a date: a day off (nghỉ bù, extra Tết days) or a working day (a Saturday worked). */
export const CALENDAR_DAY_KINDS = ['day-off', 'working-day'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** The administrator's overrides of the calendar, by Vietnam date. Empty: the weekends and the library alone. */
export type WorkingCalendar = ReadonlyMap<CalendarDate, CalendarDayKind>;

const NO_OVERRIDES: WorkingCalendar = new Map();

/** The library's Vietnam calendar, made once: its rules are parsed from a large YAML tree. */
let library: Holidays | null = null;
/** Vietnam dates of public holidays, by the year whose holidays they were read from. */
const holidaysByYear = new Map<number, ReadonlySet<CalendarDate>>();

function publicHolidaysOf(year: number): ReadonlySet<CalendarDate> {
  const known = holidaysByYear.get(year);
  if (known) return known;
  library ??= new Holidays('VN');
  const dates = new Set<CalendarDate>();
  for (const holiday of library.getHolidays(year)) {
    if (holiday.type !== 'public') continue;
    // A holiday spans [start, end) in Vietnam time; Tết's eve entry spans the five days of Tết.
    const first = dayNumber(vnDateOf(holiday.start));
    const last = dayNumber(vnDateOf(holiday.end.getTime() - 1));
    for (let day = first; day <= last; day += 1) dates.add(dateOfDay(day));
  }
  holidaysByYear.set(year, dates);
  return dates;
}

/** Whether `date` is a public holiday in Vietnam, as the library knows them. */
export function isPublicHoliday(date: CalendarDate): boolean {
  const year = Number(date.slice(0, 4));
  // A year's holidays may run into the next (none does today; cheap to look).
  return publicHolidaysOf(year).has(date) || publicHolidaysOf(year - 1).has(date);
}

/**
 * Whether the Sở works on `date` (a Vietnam calendar date): what the calendar's overrides say of
 * it, else a weekday that is no public holiday.
 */
export function isWorkingDay(date: CalendarDate, calendar: WorkingCalendar = NO_OVERRIDES): boolean {
  const override = calendar.get(date);
  if (override) return override === 'working-day';
  const weekday = new Date(dayNumber(date) * DAY_MS).getUTCDay(); // 0 Sunday … 6 Saturday
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(date);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: CalendarDate, calendar: WorkingCalendar = NO_OVERRIDES): CalendarDate {
  let day = dayNumber(date) + 1;
  while (!isWorkingDay(dateOfDay(day), calendar)) day += 1;
  return dateOfDay(day);
}

/**
 * When a wait that starts at `start` is counted from: `start` itself on a working day; otherwise
 * 00:00 of the next working day (an item sent on Saturday is on time until Monday's work is done,
 * not already one day into its deadline).
 */
export function clockStartOf(start: Instant, calendar: WorkingCalendar = NO_OVERRIDES): Date {
  const instant = new Date(start);
  const date = vnDateOf(instant);
  return isWorkingDay(date, calendar) ? instant : vnStartOf(nextWorkingDay(date, calendar));
}

/**
 * The deadline of something that starts waiting at `start` and has `days` working days: the same
 * time of day, Vietnam time, on the `days`-th working day after the day the clock starts (see
 * clockStartOf), non-working days skipped. Friday 15:00 plus 1 is Monday 15:00; Thursday 04/02/2027
 * 10:00 plus 1 is Wednesday 10/02/2027 10:00 (Tết from the 5th to the 9th); Saturday 10:00 plus 1
 * is Tuesday 00:00, the end of Monday. Zero days: the clock's start.
 */
export function addWorkingDays(start: Instant, days: number, calendar: WorkingCalendar = NO_OVERRIDES): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0, got ${days}`);
  const clock = clockStartOf(start, calendar);
  const timeOfDay = clock.getTime() - vnStartOf(vnDateOf(clock)).getTime();
  let date = vnDateOf(clock);
  for (let n = 0; n < days; n += 1) date = nextWorkingDay(date, calendar);
  return new Date(vnStartOf(date).getTime() + timeOfDay);
}

/**
 * How many whole working days have passed from `from` to `to`: the largest n with
 * addWorkingDays(from, n) ≤ to, so a wait is past a deadline of n days exactly when it has lasted
 * more than n working days. 0 when `to` is not after `from`.
 */
export function workingDaysBetween(from: Instant, to: Instant, calendar: WorkingCalendar = NO_OVERRIDES): number {
  const end = new Date(to).getTime();
  const clock = clockStartOf(from, calendar);
  const timeOfDay = clock.getTime() - vnStartOf(vnDateOf(clock)).getTime();
  let date = vnDateOf(clock);
  let count = 0;
  for (;;) {
    const next = nextWorkingDay(date, calendar);
    if (vnStartOf(next).getTime() + timeOfDay > end) return count;
    date = next;
    count += 1;
  }
}

/**
 * How long, in working days with their fraction, passed from `from` to `to`: the time that fell on
 * working days (each counted whole, 00:00 to 24:00 Vietnam time), over 24 hours. Friday 15:00 to
 * Monday 15:00 is 1.0 (nine hours of Friday, fifteen of Monday), as addWorkingDays counts it; a wait
 * sent on Saturday and done on Monday at 06:00 is 0.25; the weekend and Tết add nothing. So
 * `Math.floor(workingTimeBetween(a, b))` is `workingDaysBetween(a, b)`. 0 when `to` is not after `from`.
 */
export function workingTimeBetween(from: Instant, to: Instant, calendar: WorkingCalendar = NO_OVERRIDES): number {
  const start = new Date(from).getTime();
  const end = new Date(to).getTime();
  if (!(end > start)) return 0;
  const first = dayNumber(vnDateOf(start));
  const last = dayNumber(vnDateOf(end));
  let time = 0;
  for (let day = first; day <= last; day += 1) {
    if (!isWorkingDay(dateOfDay(day), calendar)) continue;
    const dayStart = day * DAY_MS - VN_OFFSET_MS;
    time += Math.min(end, dayStart + DAY_MS) - Math.max(start, dayStart);
  }
  return time / DAY_MS;
}

/** The calendar of overrides from rows as stored (date, kind); rows with a date or kind that is not one are left out. */
export function workingCalendarOf(rows: Iterable<{ date: unknown; kind: unknown }>): WorkingCalendar {
  const calendar = new Map<CalendarDate, CalendarDayKind>();
  for (const row of rows) {
    const date = calendarDateOf(row.date);
    if (date && (CALENDAR_DAY_KINDS as readonly unknown[]).includes(row.kind)) calendar.set(date, row.kind as CalendarDayKind);
  }
  return calendar;
}

/** A stored date as `YYYY-MM-DD`: drivers hand a date column back as text or as a Date at midnight UTC. */
function calendarDateOf(value: unknown): CalendarDate | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const date = value.slice(0, 10);
  return isCalendarDate(date) ? date : null;
}
