import { complianceParams, exportParams, gridPageParams, rankingParams, reportStatusParams } from '../query';

describe('statistics queries', () => {
  const filters = { unitKind: '', unit: '', from: '2026-09-01', to: '2026-11-30', granularity: 'week' as const };

  it('leaves out "every kind" and "every unit"', () => {
    expect(complianceParams(filters)).toBe('from=2026-09-01&to=2026-11-30&granularity=week');
    expect(rankingParams({ schoolYear: '2026-2027', unitKind: '' })).toBe('schoolYear=2026-2027');
    expect(reportStatusParams('2026-11')).toBe('month=2026-11');
  });

  it('encodes what it sends (the fetch client does not)', () => {
    expect(complianceParams({ ...filters, unitKind: 'commune-culture', unit: 'XA A&B' })).toBe(
      'from=2026-09-01&to=2026-11-30&granularity=week&unitKind=commune-culture&unit=XA+A%26B'
    );
  });

  it('exports a table with that table’s parameters', () => {
    expect(exportParams('compliance', 'xlsx', { ...filters, granularity: 'month', unitKind: 'school' })).toBe(
      'table=compliance&format=xlsx&from=2026-09-01&to=2026-11-30&granularity=month&unitKind=school'
    );
    expect(exportParams('compliance', 'csv', { ...filters, sort: '-itemsSubmitted' })).toBe(
      'table=compliance&format=csv&from=2026-09-01&to=2026-11-30&granularity=week&sort=-itemsSubmitted'
    );
    expect(exportParams('ranking', 'csv', { schoolYear: '2025-2026', unitKind: '' })).toBe(
      'table=ranking&format=csv&schoolYear=2025-2026'
    );
  });

  it('asks for one page of the grid, 50 units, in the order chosen', () => {
    expect(gridPageParams(filters)).toBe('from=2026-09-01&to=2026-11-30&granularity=week&page=1&pageSize=50&sort=kind');
    expect(gridPageParams({ ...filters, page: 3, sort: '-name' })).toBe('from=2026-09-01&to=2026-11-30&granularity=week&page=3&pageSize=50&sort=-name');
  });
});
