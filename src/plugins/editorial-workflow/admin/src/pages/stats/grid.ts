import type { ComplianceGrid, Metric, Period, PeriodCell, UnitRef } from './types';

/** How a cell is coloured: every quota met, one missed, or no quota for that unit in that period. */
export type Tone = 'met' | 'unmet' | 'none';

export const toneOf = (met: boolean | null | undefined): Tone => (met == null ? 'none' : met ? 'met' : 'unmet');

export type GridCell = { period: Period; cell: PeriodCell | null; tone: Tone };

export type GridRow = {
  unit: UnitRef;
  cells: GridCell[];
  /** Periods of the range in which the unit had a quota, and in how many it met all of them. */
  periodsWithQuota: number;
  periodsMet: number;
};

/** The grid's rows in the server's unit order, each with one cell per period in column order. */
export function gridRows(grid: ComplianceGrid): GridRow[] {
  return grid.units.map(({ unit, periods }) => {
    const cells = grid.periods.map((period) => {
      const cell = periods[period.key] ?? null;
      return { period, cell, tone: toneOf(cell?.met) };
    });
    return {
      unit,
      cells,
      periodsWithQuota: cells.filter((c) => c.tone !== 'none').length,
      periodsMet: cells.filter((c) => c.tone === 'met').length,
    };
  });
}

/** How many cells of each tone the grid holds (beside the legend). */
export function toneCounts(rows: GridRow[]): Record<Tone, number> {
  const counts: Record<Tone, number> = { met: 0, unmet: 0, none: 0 };
  for (const row of rows) for (const { tone } of row.cells) counts[tone] += 1;
  return counts;
}

/** The number shown in a cell: the items submitted, the quota every unit kind counts first. */
export const HEADLINE_METRIC: Metric = 'items_submitted';

export type MetricLine = { metric: Metric; count: number; quota: number | null; met: boolean | null };

/** A cell's metrics in column order, for its tooltip. */
export function metricLines(cell: PeriodCell | null, metrics: readonly Metric[]): MetricLine[] {
  if (!cell) return [];
  return metrics.flatMap((metric) => {
    const value = cell.metrics[metric];
    return value ? [{ metric, count: value.count, quota: value.quota, met: value.met }] : [];
  });
}

/** `2026-W48` → `48`, `2026-11` → `11/2026`: short enough for 52 columns. */
export function periodShortLabel(key: string): string {
  const week = /^\d{4}-W(\d{2})$/.exec(key);
  if (week) return String(Number(week[1]));
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  return month ? `${month[2]}/${month[1]}` : key;
}

export type Paged<T> = { items: T[]; page: number; pageCount: number; total: number; first: number };

/** One page of a list (pages count from 1; a page past the end shows the last one). */
export function pageOf<T>(items: readonly T[], page: number, size: number): Paged<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const first = (current - 1) * size;
  return { items: items.slice(first, first + size), page: current, pageCount, total: items.length, first };
}

/**
 * A cell's accessible name, its metrics one a line (the unit and the period are its row and column
 * headers). A page of 2,600 cells holds few distinct cells: each text is made once, and a cell that
 * reads as the one before it on screen keeps its attribute (React sets only what changed).
 */
export function cellLabeller(
  metrics: readonly Metric[],
  describe: (line: MetricLine) => string,
  emptyLabel: string
): (cell: PeriodCell | null) => string {
  const known = new Map<string, string>();
  return (cell) => {
    if (!cell) return emptyLabel;
    let key = '';
    for (const metric of metrics) {
      const value = cell.metrics[metric];
      key += value ? `${value.count}:${value.quota}:${value.met};` : '-;';
    }
    let text = known.get(key);
    if (text === undefined) {
      const lines = metricLines(cell, metrics).map(describe);
      known.set(key, (text = lines.length > 0 ? lines.join('\n') : emptyLabel));
    }
    return text;
  };
}

/** A cell's tooltip, made when the pointer comes to it: its unit and period, then its metrics. */
export const cellTitle = (row: GridRow, periodName: string, label: string): string => `${row.unit.name} · ${periodName}\n${label}`;
