import { UNIT_KINDS, type ComplianceGrid } from './types';

/**
 * The trend chart's data and geometry, computed from the compliance grid the page already holds
 * (every unit of the filter, not only the page of rows on screen).
 */
export const TREND_MEASURES = ['shareMet', 'itemsSubmitted'] as const;
export type TrendMeasure = (typeof TREND_MEASURES)[number];

/** One line per unit kind; null where no unit of that kind had a quota (a gap in the line). */
export type TrendSeries = { kind: string; values: Array<number | null> };

export type Trend = { periods: string[]; series: TrendSeries[] };

/**
 * shareMet: per period, the share (0..1) of the kind's units with a quota that met all of it.
 * itemsSubmitted: per period, the items the kind's units submitted.
 * Kinds come in the usual order (departments first); a kind with no value at all is left out.
 */
export function trendByKind(grid: ComplianceGrid, measure: TrendMeasure): Trend {
  const kinds = [...new Set(grid.units.map(({ unit }) => unit.kind))].sort(
    (a, b) => kindOrder(a) - kindOrder(b) || a.localeCompare(b)
  );
  const series = kinds.map((kind) => {
    const units = grid.units.filter(({ unit }) => unit.kind === kind);
    const values = grid.periods.map(({ key }) => {
      if (measure === 'itemsSubmitted') {
        return units.reduce((sum, { periods }) => sum + (periods[key]?.metrics.items_submitted?.count ?? 0), 0);
      }
      const judged = units.map(({ periods }) => periods[key]?.met).filter((met): met is boolean => met != null);
      return judged.length === 0 ? null : judged.filter(Boolean).length / judged.length;
    });
    return { kind, values };
  });
  return { periods: grid.periods.map(({ key }) => key), series: series.filter((s) => s.values.some((v) => v != null)) };
}

const kindOrder = (kind: string) => {
  const index = (UNIT_KINDS as readonly string[]).indexOf(kind);
  return index === -1 ? UNIT_KINDS.length : index;
};

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
