import { recentReportKeys, reportKeyOf, reportPeriodOf } from '../report-periods';

describe('report periods by key', () => {
  it('reads a month, a quarter, both semesters and a school year, with their Vietnamese labels', () => {
    expect(reportPeriodOf('2026-02')).toEqual({ kind: 'month', key: '2026-02', from: '2026-02-01', to: '2026-02-28', label: 'tháng 2 năm 2026' });
    expect(reportPeriodOf('2028-02')?.to).toBe('2028-02-29');
    expect(reportPeriodOf('2026-Q4')).toEqual({ kind: 'quarter', key: '2026-Q4', from: '2026-10-01', to: '2026-12-31', label: 'quý IV năm 2026' });
    expect(reportPeriodOf('2026-Q1')?.to).toBe('2026-03-31');
    expect(reportPeriodOf('2025-2026-HK1')).toEqual({ kind: 'semester', key: '2025-2026-HK1', from: '2025-09-01', to: '2026-01-31', label: 'học kỳ I năm học 2025 - 2026' });
    expect(reportPeriodOf('2025-2026-HK2')).toEqual({ kind: 'semester', key: '2025-2026-HK2', from: '2026-02-01', to: '2026-08-31', label: 'học kỳ II năm học 2025 - 2026' });
    expect(reportPeriodOf('2025-2026')).toEqual({ kind: 'school-year', key: '2025-2026', from: '2025-09-01', to: '2026-08-31', label: 'năm học 2025 - 2026' });
  });

  it('names no period for anything else', () => {
    for (const key of ['2026-13', '2026-00', '2026-Q5', '2026-Q0', '2025-2027', '2025-2026-HK3', '2026', 'tháng 11', '', '2026-1', '2026-11-01']) {
      expect({ key, period: reportPeriodOf(key) }).toEqual({ key, period: null });
    }
  });

  it('finds the period of a date, and the recent ones newest first', () => {
    expect(reportKeyOf('month', '2026-12-03')).toBe('2026-12');
    expect(reportKeyOf('quarter', '2026-12-03')).toBe('2026-Q4');
    expect(reportKeyOf('semester', '2026-12-03')).toBe('2026-2027-HK1');
    expect(reportKeyOf('semester', '2027-01-31')).toBe('2026-2027-HK1');
    expect(reportKeyOf('semester', '2027-02-01')).toBe('2026-2027-HK2');
    expect(reportKeyOf('school-year', '2026-08-31')).toBe('2025-2026');
    expect(recentReportKeys('month', '2026-02-10', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(recentReportKeys('quarter', '2026-02-10', 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
    expect(recentReportKeys('semester', '2026-12-03', 3)).toEqual(['2026-2027-HK1', '2025-2026-HK2', '2025-2026-HK1']);
    expect(recentReportKeys('school-year', '2026-12-03', 2)).toEqual(['2026-2027', '2025-2026']);
  });
});
