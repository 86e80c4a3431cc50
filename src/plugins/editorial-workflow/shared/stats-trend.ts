import { UNIT_KINDS, type ComplianceGrid } from './contracts/stats';

/**
 * The trend by unit kind, computed from a whole compliance grid: on the server (`/stats/trend`, every
 * unit of the filter, while the page shows the grid one page of units at a time) and in tests.
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

