import { AGE_BUCKETS, type AgeBucket, type DurationFigure } from '../../../shared/contracts/turnaround';

/** A figure shown to one decimal: 1.25 → 1.3. */
export const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/**
 * The p-th percentile by nearest rank: the smallest duration with at least p % of the durations at
 * or below it (of 10 durations sorted, p50 is the 5th, p90 the 9th; of 3, p50 is the 2nd and p90
 * the 3rd). Always one of the durations measured, never an interpolation, so it can be recounted
 * by hand. `sorted` ascending, not empty.
 */
export function nearestRank(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** How many durations, and their p50 and p90 to one decimal (null when there are none). */
export function durationFigure(durations: readonly number[]): DurationFigure {
  if (durations.length === 0) return { count: 0, p50: null, p90: null };
  const sorted = [...durations].sort((a, b) => a - b);
  return { count: sorted.length, p50: oneDecimal(nearestRank(sorted, 50)), p90: oneDecimal(nearestRank(sorted, 90)) };
}

/** The age bucket of a wait of `days` working days: [0, 1), [1, 2), [2, 5], over 5. */
export function ageBucketOf(days: number): AgeBucket {
  if (days < 1) return 'under-1';
  if (days < 2) return '1-2';
  if (days <= 5) return '2-5';
  return 'over-5';
}

export const emptyBuckets = (): Record<AgeBucket, number> => Object.fromEntries(AGE_BUCKETS.map((bucket) => [bucket, 0])) as Record<AgeBucket, number>;
