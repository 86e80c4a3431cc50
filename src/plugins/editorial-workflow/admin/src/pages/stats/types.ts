/**
 * The statistics API as the admin page reads it (the contract of issue 5: the server, this page and
 * the benchmark code to it). Types only, so the page never depends on server code.
 */
export const METRICS = [
  'items_submitted',
  'features_submitted',
  'items_published',
  'media_assets',
  'opinion_report_on_time',
] as const;
export type Metric = (typeof METRICS)[number];

export const UNIT_KINDS = ['department', 'commune-culture', 'affiliated', 'school', 'association'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export type Granularity = 'week' | 'month';

export type UnitRef = { id: number; code: string; name: string; kind: string };

/** quota null = no policy for this metric at this granularity. */
export type Cell = { count: number; quota: number | null; met: boolean | null };

export type PeriodCell = { metrics: Record<Metric, Cell>; met: boolean | null };

export type Period = { key: string; start: string; end: string };

export type ComplianceGrid = {
  from: string;
  to: string;
  granularity: Granularity;
  metrics: Metric[];
  periods: Period[];
  units: Array<{ unit: UnitRef; periods: Record<string, PeriodCell> }>;
};

export type RankingRow = {
  rank: number;
  unit: UnitRef;
  totals: Record<Metric, number>;
  periodsWithQuota: number;
  periodsMet: number;
  shareMet: number | null;
};

export type Ranking = { schoolYear: string; from: string; to: string; units: RankingRow[] };

export type ReportStatusValue = 'on_time' | 'late' | 'missing';

export type ReportStatus = {
  month: string;
  dueDay: number;
  units: Array<{ unit: UnitRef; status: ReportStatusValue; submittedAt: string | null }>;
};

export type ExportTable = 'compliance' | 'ranking';
export type ExportFormat = 'xlsx' | 'csv';
