import { DEFAULT_GRID_SORT, GRID_PAGE_SIZE, type GridSort } from '../../../../shared/contracts/stats';
import type { ExportFormat, ExportTable, Granularity } from './types';

/** What the person chose above the grid; empty strings mean "every kind" and "every unit". */
export type GridFilters = { unitKind: string; unit: string; from: string; to: string; granularity: Granularity };

/** Which page of units the grid shows, in which order (the server pages and sorts). */
export type GridPaging = { page: number; sort: GridSort };

export const FIRST_GRID_PAGE: GridPaging = { page: 1, sort: DEFAULT_GRID_SORT };

/** The grid's request: the filters and, for the page on screen, its page and order. */
export type GridQuery = GridFilters & Partial<GridPaging>;

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

/** The grid's filters: the trend and the export take these alone (every unit); the server's first page by default. */
export const complianceParams = ({ from, to, granularity, unitKind, unit }: GridFilters) => queryString({ from, to, granularity, unitKind, unit });

/** One page of the grid, 50 units: the filters, the page and the order. */
export const gridPageParams = ({ page = 1, sort = DEFAULT_GRID_SORT, ...filters }: GridQuery) =>
  `${complianceParams(filters)}&${queryString({ page: String(page), pageSize: String(GRID_PAGE_SIZE), sort })}`;

export const rankingParams = ({ schoolYear, unitKind }: RankingFilters) => queryString({ schoolYear, unitKind });

export const reportStatusParams = (month: string) => queryString({ month });

/** The export of a table takes the same parameters as the table, the grid's order but not its page: it is the whole table. */
export function exportParams(table: 'compliance', format: ExportFormat, filters: GridFilters & { sort?: GridSort }): string;
export function exportParams(table: 'ranking', format: ExportFormat, filters: RankingFilters): string;
export function exportParams(table: ExportTable, format: ExportFormat, filters: GridFilters | RankingFilters): string {
  const grid = filters as GridFilters & { sort?: GridSort };
  const own =
    table === 'compliance'
      ? [complianceParams(grid), grid.sort && grid.sort !== DEFAULT_GRID_SORT ? queryString({ sort: grid.sort }) : ''].filter(Boolean).join('&')
      : rankingParams(filters as RankingFilters);
  return `${queryString({ table, format })}&${own}`;
}
