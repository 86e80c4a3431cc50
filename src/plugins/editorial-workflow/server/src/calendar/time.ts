import { DAY_MS, VN_OFFSET_MS, dayNumber, dateOfDay, vnStartOf } from '../../../shared/periods';

/**
 * The calendar's times, in Vietnam time (UTC+7 all year: no daylight saving), as its entries
 * carry them: an instant as `YYYY-MM-DDTHH:mm:ss+07:00`, a day as its Vietnam date.
 */
export function vnIso(instant: Date | string): string {
  return `${new Date(new Date(instant).getTime() + VN_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** The half-open span of instants [start, end) of the Vietnam dates `from`…`to` inclusive. */
export function vnSpanOf(from: string, to: string): { start: Date; end: Date } {
  return { start: vnStartOf(from), end: new Date(vnStartOf(to).getTime() + DAY_MS) };
}

/** The Vietnam date `days` days after `date` (before it when negative). */
export const shiftDate = (date: string, days: number): string => dateOfDay(dayNumber(date) + days);

/** The `YYYY-MM` months that `from`…`to` touch. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

/**
 * A Date whose LOCAL fields (the server process's time zone) read the Vietnam wall clock of
 * `instant`: given a time zone, ical-generator writes a plain Date's local fields after `TZID=`, so
 * this gives `DTSTART;TZID=Asia/Ho_Chi_Minh:<Vietnam time>` whatever TZ the server runs in (Vietnam
 * keeps one offset all year; a server zone's own daylight-saving gap is the only limit).
 */
export function vnWallClock(instant: Date | string): Date {
  const vn = new Date(new Date(instant).getTime() + VN_OFFSET_MS);
  return new Date(vn.getUTCFullYear(), vn.getUTCMonth(), vn.getUTCDate(), vn.getUTCHours(), vn.getUTCMinutes(), vn.getUTCSeconds());
}

/** A Vietnam date (`YYYY-MM-DD`) as ical-generator writes an all-day date: its local fields. */
export function vnDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d);
}
