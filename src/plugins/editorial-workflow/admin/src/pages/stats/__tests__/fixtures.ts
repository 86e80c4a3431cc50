import type { Cell, ComplianceGrid, Metric, PeriodCell } from '../types';

const NONE: Cell = { count: 0, quota: null, met: null };

/** A period cell: only the metrics given differ from "nothing counted, no quota". */
export function periodCell(metrics: Partial<Record<Metric, Cell>>): PeriodCell {
  const all: Record<Metric, Cell> = {
    items_submitted: NONE,
    features_submitted: NONE,
    items_published: NONE,
    media_assets: NONE,
    opinion_report_on_time: NONE,
    ...metrics,
  };
  const judged = Object.values(all).filter((cell) => cell.met != null);
  return { metrics: all, met: judged.length === 0 ? null : judged.every((cell) => cell.met) };
}

const items = (count: number, quota: number | null): Cell => ({ count, quota, met: quota == null ? null : count >= quota });

/** Two weeks; two communes (quota 2 a week), a school without a minimum, a department (quota 1). */
export const GRID: ComplianceGrid = {
  from: '2026-11-16',
  to: '2026-11-29',
  granularity: 'week',
  metrics: ['items_submitted', 'features_submitted', 'items_published', 'media_assets', 'opinion_report_on_time'],
  periods: [
    { key: '2026-W47', start: '2026-11-16', end: '2026-11-22' },
    { key: '2026-W48', start: '2026-11-23', end: '2026-11-29' },
  ],
  units: [
    {
      unit: { id: 1, code: 'SGD-VP', name: 'Văn phòng Sở', kind: 'department' },
      periods: { '2026-W47': periodCell({ items_submitted: items(1, 1) }), '2026-W48': periodCell({ items_submitted: items(0, 1) }) },
    },
    {
      unit: { id: 2, code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture' },
      periods: { '2026-W47': periodCell({ items_submitted: items(2, 2) }), '2026-W48': periodCell({ items_submitted: items(3, 2) }) },
    },
    {
      unit: { id: 3, code: 'XA-B', name: 'Phòng VH-XH xã B', kind: 'commune-culture' },
      periods: { '2026-W47': periodCell({ items_submitted: items(1, 2) }), '2026-W48': periodCell({ items_submitted: items(2, 2) }) },
    },
    {
      unit: { id: 4, code: 'TH-A', name: 'Trường Tiểu học A', kind: 'school' },
      // The server may leave out a period: the page must cope.
      periods: { '2026-W47': periodCell({ items_submitted: items(4, null) }) },
    },
  ],
};
