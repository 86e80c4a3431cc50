import type { ReturnCountsReport } from '../../../shared/contracts/reason-categories';

export interface ReturnsTableRow {
  key: string;
  label: string;
  /** One figure per column, in the columns' order (0 where the unit has none). */
  counts: number[];
  total: number;
}

export interface ReturnsTable {
  columns: Array<{ code: string; label: string }>;
  rows: ReturnsTableRow[];
  totals: ReturnsTableRow;
}

/**
 * The report as a grid: a column per category the API lists (its order, its labels, `Chưa phân loại`
 * last when old returns have none), a row per unit (the API's order, most returns first), every
 * empty cell a 0, and a totals row whose figures are the API's totals.
 */
export function returnsTable(report: ReturnCountsReport, totalLabel: string): ReturnsTable {
  const columns = report.categories.map(({ code, label }) => ({ code, label }));
  const figures = (counts: Record<string, number>) => columns.map(({ code }) => counts[code] ?? 0);
  const rows = report.units.map(({ unit, counts, total }) => ({ key: `unit-${unit.id}`, label: unit.name, counts: figures(counts), total }));
  const totals = {
    key: 'total',
    label: totalLabel,
    counts: figures(report.totals),
    total: Object.values(report.totals).reduce((sum, n) => sum + n, 0),
  };
  return { columns, rows, totals };
}
