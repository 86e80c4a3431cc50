/**
 * The calendar page's days, in Vietnam dates (`YYYY-MM-DD`): the weeks of a month view (Monday
 * first, the days of the neighbouring months included to fill each week) and the seven days of a
 * week view. Pure, for the page and its tests.
 */
const DAY_MS = 86_400_000;
const dayOf = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => dateOf(dayOf(date) + days);

/** The Monday of the week of `date`. */
export const mondayOf = (date: string): string => {
  const day = dayOf(date);
  return dateOf(day - ((day + 3) % 7 + 7) % 7); // 1970-01-01 was a Thursday
};

/** Today in Vietnam. */
export const vnToday = (now = Date.now()): string => new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);

/** The weeks shown for the month of `date`: from the Monday on or before the 1st to the Sunday on or after its last day. */
export function monthWeeks(date: string): string[][] {
  const first = `${date.slice(0, 7)}-01`;
  const next = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 1)).toISOString().slice(0, 10);
  const last = addDays(next, -1);
  const weeks: string[][] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
  return weeks;
}

export const weekDays = (date: string): string[] => Array.from({ length: 7 }, (_, i) => addDays(mondayOf(date), i));

/** The Vietnam date an entry falls on (its start: a date, or an ISO time at +07:00). */
export const entryDate = (start: string): string => start.slice(0, 10);

/** The entry's time of day as shown (`08:30`), none for an all-day entry. */
export const entryTime = (start: string): string | null => (start.length > 10 ? start.slice(11, 16) : null);
