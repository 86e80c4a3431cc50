import type { ReportStatus, ReportStatusTable } from './types';

type ReportRow = ReportStatusTable['units'][number];

/** Who needs chasing first: missing, then late, then on time; by unit name within each. */
const ORDER: Record<ReportStatus, number> = { missing: 0, late: 1, on_time: 2 };

export function sortReportRows(rows: readonly ReportRow[]): ReportRow[] {
  return [...rows].sort(
    (a, b) => ORDER[a.status] - ORDER[b.status] || a.unit.name.localeCompare(b.unit.name, 'vi')
  );
}

export function reportCounts(rows: readonly ReportRow[]): Record<ReportStatus, number> {
  const counts: Record<ReportStatus, number> = { on_time: 0, late: 0, missing: 0 };
  for (const { status } of rows) counts[status] += 1;
  return counts;
}

/** The rows of the page's kind and unit filters ('' = every kind, every unit). */
export function reportRowsFor(rows: readonly ReportRow[], unitKind: string, unitCode: string): ReportRow[] {
  return rows.filter(({ unit }) => (unitKind === '' || unit.kind === unitKind) && (unitCode === '' || unit.code === unitCode));
}
