import { dateOfDay, dayNumber, periodByKey, vnStartOf } from '../../../shared/periods';
import { OVERVIEW_MONTHS, type ByMonth, type OverviewMonth } from '../../../shared/contracts/overview';
import { monthShift } from '../stats/grid';

/** A month compared: its key, its Vietnam dates and its instants [start, end). */
export interface MonthWindow {
  key: string;
  from: string;
  to: string;
  start: Date;
  end: Date;
}

export function monthWindow(key: string): MonthWindow {
  const period = periodByKey(key)!;
  return { key, from: period.start, to: period.end, start: vnStartOf(period.start), end: vnStartOf(dateOfDay(dayNumber(period.end) + 1)) };
}

/** The month asked, the month before it, the same month a year earlier. */
export function comparedMonths(month: string): ByMonth<MonthWindow> {
  return { current: monthWindow(month), previous: monthWindow(monthShift(month, -1)), lastYear: monthWindow(monthShift(month, -12)) };
}

/** A figure per compared month, computed by `compute` (in parallel). */
export async function perMonth<T>(months: ByMonth<MonthWindow>, compute: (window: MonthWindow, which: OverviewMonth) => Promise<T>): Promise<ByMonth<T>> {
  const values = await Promise.all(OVERVIEW_MONTHS.map((which) => compute(months[which], which)));
  return Object.fromEntries(OVERVIEW_MONTHS.map((which, i) => [which, values[i]])) as ByMonth<T>;
}

/** The compared month a key belongs to (the three keys are distinct). */
export function monthOfKey(months: ByMonth<MonthWindow>, key: string): OverviewMonth | undefined {
  return OVERVIEW_MONTHS.find((which) => months[which].key === key);
}
