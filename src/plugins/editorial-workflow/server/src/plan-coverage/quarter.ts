import { vnDateOf } from '../../../shared/periods';

export type Quarter = 1 | 2 | 3 | 4;

/**
 * The quarter whose shares a year's grid shows: "this quarter" is the current Vietnam quarter when
 * the year asked is this year; a past year is over, so its last quarter; a future year has not
 * started, so its first (all zero, which is the truth of it).
 */
export function quarterShown(year: number, now: Date = new Date()): Quarter {
  const today = vnDateOf(now);
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) return 4;
  if (year > thisYear) return 1;
  return (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as Quarter;
}

/** The month keys of a year, January first. */
export const monthsOfYear = (year: number): string[] => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
