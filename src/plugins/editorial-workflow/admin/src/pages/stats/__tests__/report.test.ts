import { reportCounts, reportRowsFor, sortReportRows } from '../report';
import type { ReportStatusTable } from '../types';

const unit = (id: number, name: string) => ({ id, code: `U${id}`, name, kind: 'commune-culture' });

describe('opinion-report status', () => {
  const rows: ReportStatusTable['units'] = [
    { unit: unit(1, 'Xã Ất'), status: 'on_time', submittedAt: '2026-11-10T03:00:00.000Z' },
    { unit: unit(2, 'Xã Bình'), status: 'missing', submittedAt: null },
    { unit: unit(3, 'Xã Ân'), status: 'late', submittedAt: '2026-11-21T03:00:00.000Z' },
    { unit: unit(4, 'Xã An'), status: 'missing', submittedAt: null },
  ];

  it('puts the missing first, then the late, by name', () => {
    expect(sortReportRows(rows).map((row) => row.unit.id)).toEqual([4, 2, 3, 1]);
  });

  it('counts each status', () => {
    expect(reportCounts(rows)).toEqual({ on_time: 1, late: 1, missing: 2 });
  });

  it('follows the page’s kind and unit filters', () => {
    const mixed = [...rows, { unit: { ...unit(5, 'THPT A'), kind: 'affiliated' }, status: 'late' as const, submittedAt: null }];
    expect(reportRowsFor(mixed, '', '').length).toBe(5);
    expect(reportRowsFor(mixed, 'affiliated', '').map((row) => row.unit.id)).toEqual([5]);
    expect(reportRowsFor(mixed, '', 'U2').map((row) => row.unit.id)).toEqual([2]);
  });
});
