/**
 * The statistics API as the page reads it: the contract lives in `shared/contracts/stats.ts` (server, page
 * and benchmark code to it); this adds the shapes only the page names.
 */
export {
  GRID_SORT_KEYS,
  METRICS,
  UNIT_KINDS,
  METRIC_LABELS,
  UNIT_KIND_LABELS,
  REPORT_STATUS_LABELS,
  type Metric,
  type UnitKind,
  type UnitRef,
  type Cell,
  type ComplianceGrid,
  type ComplianceGridPage,
  type GridSort,
  type GridSortKey,
  type KindTrend,
  type Ranking,
  type ReportStatus,
  type ReportStatusTable,
} from '../../../../shared/contracts/stats';
export type { Granularity, Period } from '../../../../shared/periods';

import type { ComplianceGrid, Ranking } from '../../../../shared/contracts/stats';

export type PeriodCell = ComplianceGrid['units'][number]['periods'][string];
export type RankingRow = Ranking['units'][number];

export type ExportTable = 'compliance' | 'ranking';
export type ExportFormat = 'xlsx' | 'csv';
