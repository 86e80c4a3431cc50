/**
 * The trend chart's geometry. Its data, one line per unit kind over every unit of the filter (not the
 * page of rows on screen), comes from the server (`/stats/trend`), computed by shared/stats-trend.ts.
 */
export { TREND_MEASURES, trendByKind, type Trend, type TrendMeasure, type TrendSeries } from '../../../../shared/stats-trend';
import type { TrendMeasure } from '../../../../shared/stats-trend';

/** Axis ticks from 0: shares in quarters up to 100 %, counts on a 1-2-5 step, at most `maxTicks` steps. */
export function axisTicks(measure: TrendMeasure, maxValue: number, maxTicks = 5): number[] {
  if (measure === 'shareMet') return [0, 0.25, 0.5, 0.75, 1];
  const top = Math.max(1, maxValue);
  const magnitude = 10 ** Math.floor(Math.log10(top / maxTicks));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => top / s <= maxTicks) ?? 10 * magnitude;
  const stepInt = Math.max(1, step);
  const count = Math.ceil(top / stepInt);
  return Array.from({ length: count + 1 }, (_, i) => i * stepInt);
}

/** Label every `stride`-th period so that at most `maxLabels` fit under the axis. */
export const labelStride = (count: number, maxLabels: number) => Math.max(1, Math.ceil(count / Math.max(1, maxLabels)));

/**
 * An SVG path through the points, lifting the pen over nulls. A point alone between gaps is drawn
 * as a dot by the caller (a path of one point shows nothing).
 */
export function linePath(values: ReadonlyArray<number | null>, x: (i: number) => number, y: (v: number) => number): string {
  let path = '';
  let drawing = false;
  values.forEach((value, i) => {
    if (value == null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${round(x(i))},${round(y(value))}`;
    drawing = true;
  });
  return path;
}

const round = (n: number) => Math.round(n * 10) / 10;
