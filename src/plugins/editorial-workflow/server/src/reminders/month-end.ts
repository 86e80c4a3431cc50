import { periodOf } from '../../../shared/periods';

/**
 * When the monthly-quota reminder runs: this many days before the month's last day, at 08:00
 * Vietnam time. Five days leave a working week to send the missing feature series or photo; two
 * days are the last call. In a 31-day month that is the 26th and the 29th, in a 30-day month the
 * 25th and the 28th, in February the 23rd and the 26th (the 24th and the 27th in a leap year).
 * The cron (plugin bootstrap) fires on the 23rd to the 29th, the only days these can fall on, and
 * the reminder itself decides whether today is one of them.
 */
export const MONTHLY_REMINDER_DAYS_BEFORE_END = [5, 2] as const;

/** The cron rule of the monthly-quota reminder: 08:00 on every day a reminder day can fall on. */
export const MONTHLY_REMINDER_CRON = '0 8 23-29 * *';

export interface MonthEndOccasion {
  /** The month, `2026-10`. */
  month: string;
  /** Its first and last days. */
  start: string;
  end: string;
  /** Days from `date` to the month's last day (0 on the last day). */
  daysLeft: number;
}

/** Where a Vietnam date stands in its month. */
export function monthEndOf(date: string): MonthEndOccasion {
  const month = periodOf(date, 'month');
  const daysLeft = Number(month.end.slice(8, 10)) - Number(date.slice(8, 10));
  return { month: month.key, start: month.start, end: month.end, daysLeft };
}

/** The occasion when `date` is a reminder day of the monthly quotas, otherwise null. */
export function monthlyReminderOn(date: string): MonthEndOccasion | null {
  const occasion = monthEndOf(date);
  return (MONTHLY_REMINDER_DAYS_BEFORE_END as readonly number[]).includes(occasion.daysLeft) ? occasion : null;
}
