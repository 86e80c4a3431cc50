import { METRICS, type Cell, type ComplianceGrid, type Metric } from '../../../../shared/contracts/stats';
import { quotaProgress } from '../quota-progress';

const unit = { id: 7, code: 'XA-A', name: 'Xã A', kind: 'commune-culture' };
const none: Cell = { count: 0, quota: null, met: null };

function grid(granularity: 'week' | 'month', key: string, cells: Partial<Record<Metric, Cell>>): ComplianceGrid {
  const metrics = Object.fromEntries(METRICS.map((metric) => [metric, cells[metric] ?? none])) as Record<Metric, Cell>;
  return {
    from: '2026-11-30',
    to: '2026-12-06',
    granularity,
    metrics: [...METRICS],
    periods: [{ key, start: '2026-11-30', end: '2026-12-06' }],
    units: [{ unit, periods: { [key]: { metrics, met: null } } }],
  };
}

describe('quotaProgress', () => {
  it('keeps the metrics with a policy, of the week and of the month, per unit', () => {
    const week = grid('week', '2026-W49', { items_submitted: { count: 1, quota: 2, met: false }, items_published: { count: 4, quota: null, met: null } });
    const month = grid('month', '2026-12', { media_assets: { count: 0, quota: 1, met: false }, features_submitted: { count: 3, quota: 0, met: null } });
    expect(quotaProgress([week, month])).toEqual([
      {
        unit,
        progress: [
          { metric: 'items_submitted', granularity: 'week', period: '2026-W49', count: 1, quota: 2, met: false },
          { metric: 'features_submitted', granularity: 'month', period: '2026-12', count: 3, quota: 0, met: null },
          { metric: 'media_assets', granularity: 'month', period: '2026-12', count: 0, quota: 1, met: false },
        ],
      },
    ]);
  });

  it('lists a unit without any policy with no progress, and nothing without grids', () => {
    expect(quotaProgress([grid('week', '2026-W49', {})])).toEqual([{ unit, progress: [] }]);
    expect(quotaProgress([])).toEqual([]);
  });
});
