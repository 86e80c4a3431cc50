import type { ExportFormat, ExportTable, Granularity } from './types';

/** What the person chose above the grid; empty strings mean "every kind" and "every unit". */
export type GridFilters = { unitKind: string; unit: string; from: string; to: string; granularity: Granularity };

export type RankingFilters = { schoolYear: string; unitKind: string };

export const STATS_PATH = '/editorial-workflow/stats';

/**
 * A query string with the empty values left out. Encoded here: the admin fetch client joins a string
 * of parameters as it is (it serialises objects without encoding).
 */
function queryString(params: Record<string, string>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== '') search.set(name, value);
  return search.toString();
}

export const complianceParams = ({ from, to, granularity, unitKind, unit }: GridFilters) =>
  queryString({ from, to, granularity, unitKind, unit });

export const rankingParams = ({ schoolYear, unitKind }: RankingFilters) => queryString({ schoolYear, unitKind });

export const reportStatusParams = (month: string) => queryString({ month });

/** The export of a table takes the same parameters as the table. */
export function exportParams(table: 'compliance', format: ExportFormat, filters: GridFilters): string;
export function exportParams(table: 'ranking', format: ExportFormat, filters: RankingFilters): string;
export function exportParams(table: ExportTable, format: ExportFormat, filters: GridFilters | RankingFilters): string {
  const own = table === 'compliance' ? complianceParams(filters as GridFilters) : rankingParams(filters as RankingFilters);
  return `${queryString({ table, format })}&${own}`;
}
