import type { ReportStatus, ReportStatusValue } from './types';

type ReportRow = ReportStatus['units'][number];

/** Who needs chasing first: missing, then late, then on time; by unit name within each. */
const ORDER: Record<ReportStatusValue, number> = { missing: 0, late: 1, on_time: 2 };

export function sortReportRows(rows: readonly ReportRow[]): ReportRow[] {
  return [...rows].sort(
    (a, b) => ORDER[a.status] - ORDER[b.status] || a.unit.name.localeCompare(b.unit.name, 'vi')
  );
}

export function reportCounts(rows: readonly ReportRow[]): Record<ReportStatusValue, number> {
  const counts: Record<ReportStatusValue, number> = { on_time: 0, late: 0, missing: 0 };
  for (const { status } of rows) counts[status] += 1;
  return counts;
}
