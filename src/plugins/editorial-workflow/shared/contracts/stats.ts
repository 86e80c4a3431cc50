/**
 * The statistics API contract (server, admin page and benchmark code to it), and the Vietnamese
 * labels of its columns.
 */
import type { Granularity } from '../periods';

export const METRICS = ['items_submitted', 'features_submitted', 'items_published', 'media_assets', 'opinion_report_on_time'] as const;
export type Metric = (typeof METRICS)[number];

export const UNIT_KINDS = ['department', 'commune-culture', 'affiliated', 'school', 'association'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export type UnitRef = { id: number; code: string; name: string; kind: string };
/** quota null = no policy for this metric at this granularity; met null = nothing to meet (no quota, a minimum of 0, a report not yet due). */
export type Cell = { count: number; quota: number | null; met: boolean | null };

export type ComplianceGrid = {
  from: string;
  to: string;
  granularity: Granularity;
  metrics: Metric[];
  periods: Array<{ key: string; start: string; end: string }>;
  units: Array<{ unit: UnitRef; periods: Record<string, { metrics: Record<Metric, Cell>; met: boolean | null }> }>;
};

/**
 * How the grid's units are ordered (a leading `-`: descending). `kind` is the plan's order (kind as
 * UNIT_KINDS lists them, then code), the default. `itemsSubmitted` and `itemsPublished` are the
 * unit's total over the range: one grouped SUM over the counters table for every unit in scope,
 * whatever the number of items, so the order holds across pages. No sort by share of periods met:
 * that figure needs every cell of every unit (quotas, media, reports), the very cost paging spares;
 * the ranking (`/stats/ranking`) orders units by it.
 */
export const GRID_SORT_KEYS = ['kind', 'name', 'code', 'itemsSubmitted', 'itemsPublished'] as const;
export type GridSortKey = (typeof GRID_SORT_KEYS)[number];
export type GridSort = GridSortKey | `-${GridSortKey}`;
export const GRID_SORTS = GRID_SORT_KEYS.flatMap((key) => [key, `-${key}`]) as GridSort[];
export const DEFAULT_GRID_SORT: GridSort = 'kind';

export const GRID_PAGE_SIZE = 50;
export const GRID_MAX_PAGE_SIZE = 100;

export type GridPagination = { page: number; pageSize: number; total: number; pageCount: number };

/** One page of the grid: the units of that page only, in `sort` order, and where it sits among all. */
export type ComplianceGridPage = ComplianceGrid & { sort: GridSort; pagination: GridPagination };

/**
 * The trend by unit kind over every unit of the filter, both measures (`/stats/trend`): a few lines
 * of numbers, while the grid comes a page at a time. Per kind, per period: the share of units with a
 * quota that met it all (null: none had one), and the items submitted.
 */
export type KindTrend = {
  from: string;
  to: string;
  granularity: Granularity;
  periods: string[];
  shareMet: Array<{ kind: string; values: Array<number | null> }>;
  itemsSubmitted: Array<{ kind: string; values: Array<number | null> }>;
};

export type Ranking = {
  schoolYear: string;
  from: string;
  to: string;
  units: Array<{
    rank: number;
    unit: UnitRef;
    totals: Record<Metric, number>;
    periodsWithQuota: number;
    periodsMet: number;
    shareMet: number | null;
  }>;
};

export type ReportStatus = 'on_time' | 'late' | 'missing';
export type ReportStatusTable = {
  month: string;
  dueDay: number;
  units: Array<{ unit: UnitRef; status: ReportStatus; submittedAt: string | null }>;
};

export interface ComplianceQuery {
  from: string;
  to: string;
  granularity: Granularity;
  unitKind?: UnitKind;
  /** Database ids of api::unit.unit: the caller's scope after filters; absent = all units. */
  unitIds?: number[];
}

export interface ComplianceSlice {
  /** Default DEFAULT_GRID_SORT. */
  sort?: GridSort;
  page: number;
  pageSize: number;
}

export interface RankingQuery {
  schoolYear: string;
  unitKind?: UnitKind;
  unitIds?: number[];
}

export const METRIC_LABELS: Record<Metric, string> = {
  items_submitted: 'Tin bài đã gửi',
  features_submitted: 'Chuyên đề',
  items_published: 'Tin bài đã đăng',
  media_assets: 'Tư liệu ảnh/video',
  opinion_report_on_time: 'Báo cáo dư luận đúng hạn',
};

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  department: 'Phòng chuyên môn',
  'commune-culture': 'Phòng VH-XH xã, phường',
  affiliated: 'Đơn vị trực thuộc',
  school: 'Trường học',
  association: 'Chi hội',
};

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  on_time: 'Đúng hạn',
  late: 'Trễ hạn',
  missing: 'Chưa nộp',
};
