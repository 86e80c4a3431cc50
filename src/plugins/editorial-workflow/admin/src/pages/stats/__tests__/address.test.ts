import { filtersFromAddress, reportMonthFromAddress } from '../address';

const defaults = { unitKind: '', unit: '', from: '2026-09-01', to: '2026-11-30', granularity: 'week' as const };

describe('the statistics page opened from a link', () => {
  it('takes the filters of the address', () => {
    expect(filtersFromAddress('?from=2026-11-01&to=2026-11-30&granularity=month&unitKind=school&reportMonth=2026-11', defaults)).toEqual({
      unitKind: 'school',
      unit: '',
      from: '2026-11-01',
      to: '2026-11-30',
      granularity: 'month',
    });
    expect(reportMonthFromAddress('?reportMonth=2025-11', '2026-12')).toBe('2025-11');
  });

  it('keeps its defaults for what is missing or not valid', () => {
    expect(filtersFromAddress('', defaults)).toEqual(defaults);
    expect(filtersFromAddress('?from=2026-11-31&to=2026-11-30&granularity=day&unitKind=club', defaults)).toEqual(defaults);
    expect(filtersFromAddress('?from=2026-12-01&to=2026-11-30', defaults)).toEqual(defaults);
    expect(reportMonthFromAddress('?reportMonth=2025-13', '2026-12')).toBe('2026-12');
  });
});
