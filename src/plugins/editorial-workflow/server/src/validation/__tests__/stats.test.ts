import { parseCompliancePageQuery, parseComplianceQuery, parseChannelStatsQuery, parseExportQuery, parseRankingQuery, parseReportStatusQuery } from '../stats';
import { itFuzzes, itRefuses } from './fakes';

const october = { from: '2026-10-01', to: '2026-10-31' };

describe('parseComplianceQuery', () => {
  it('reads the range, by month unless asked by week, and the filters', async () => {
    await expect(parseComplianceQuery(october)).resolves.toEqual({ ...october, granularity: 'month' });
    await expect(parseComplianceQuery({ from: ' 2026-10-01 ', to: '2026-10-31', granularity: 'week', unitKind: 'school', unit: ' TH-A ' })).resolves.toEqual({
      ...october,
      granularity: 'week',
      unitKind: 'school',
      unit: 'TH-A',
    });
  });

  itRefuses(parseComplianceQuery, [
    [{ to: '2026-10-31' }, 'Thiếu from (ngày bắt đầu, dạng YYYY-MM-DD).'],
    [{ from: '2026-10-01' }, 'Thiếu to (ngày kết thúc, dạng YYYY-MM-DD).'],
    [{ from: '2026-02-30', to: '2026-03-31' }, /^Ngày bắt đầu "2026-02-30" không hợp lệ/],
    [{ from: '2026-10-01', to: '31/10/2026' }, /^Ngày kết thúc "31\/10\/2026" không hợp lệ/],
    [{ from: '2026-11-30', to: '2026-10-01' }, 'Ngày bắt đầu 2026-11-30 đứng sau ngày kết thúc 2026-10-01.'],
    [{ from: '2026-01-01', to: '2029-01-01' }, /^Khoảng thời gian tối đa 3 năm/],
    [{ ...october, granularity: 'day' }, 'granularity phải là week (tuần) hoặc month (tháng).'],
    [{ ...october, unitKind: 'province' }, /^unitKind phải là một trong: department, /],
    [{ ...october, unit: 'U'.repeat(65) }, 'Mã đơn vị (unit) tối đa 64 ký tự.'],
    [{ ...october, limit: '5' }, 'Tham số không được hỗ trợ: limit.'],
    [{ ...october, unit: { $ne: 'x' } }, 'Tham số unit phải là một giá trị đơn (a single value).'],
  ]);

  itFuzzes(parseComplianceQuery, { ...october, granularity: 'week', unitKind: 'school', unit: 'TH-A' });
});

describe('parseCompliancePageQuery', () => {
  it('reads the filters and a page of 50 units in the plan’s order unless told', async () => {
    await expect(parseCompliancePageQuery(october)).resolves.toEqual({ ...october, granularity: 'month', page: 1, pageSize: 50, sort: 'kind' });
    await expect(parseCompliancePageQuery({ ...october, page: '3', pageSize: '100', sort: '-name' })).resolves.toMatchObject({ page: 3, pageSize: 100, sort: '-name' });
  });

  itRefuses(parseCompliancePageQuery, [
    [{ ...october, page: '0' }, 'page phải ≥ 1.'],
    [{ ...october, page: 'x' }, 'page phải là số nguyên ≥ 1.'],
    [{ ...october, pageSize: '1000' }, 'pageSize tối đa 100 đơn vị một trang.'],
    [{ ...october, pageSize: '0' }, 'pageSize phải là số nguyên từ 1 đến 100.'],
    [{ ...october, sort: 'shareMet' }, /^sort phải là một trong: kind, -kind, name, /],
    [{ ...october, offset: '5' }, 'Tham số không được hỗ trợ: offset.'],
  ]);

  itFuzzes(parseCompliancePageQuery, { ...october, page: '2', pageSize: '20', sort: 'code' });
});

describe('parseRankingQuery', () => {
  it('reads a school year and the filters', async () => {
    await expect(parseRankingQuery({ schoolYear: '2026-2027', unitKind: 'affiliated' })).resolves.toEqual({ schoolYear: '2026-2027', unitKind: 'affiliated' });
  });

  itRefuses(parseRankingQuery, [
    [{}, 'Thiếu schoolYear (năm học, ví dụ 2026-2027).'],
    [{ schoolYear: '2026-2028' }, 'schoolYear phải là năm học dạng YYYY-YYYY, hai năm liền nhau, ví dụ 2026-2027.'],
    [{ schoolYear: '2026' }, /^schoolYear phải là năm học/],
    [{ schoolYear: '2026-2027', from: '2026-09-01' }, 'Tham số không được hỗ trợ: from.'],
  ]);

  itFuzzes(parseRankingQuery, { schoolYear: '2026-2027', unitKind: 'school', unit: 'TH-A' });
});

describe('parseReportStatusQuery', () => {
  it('reads the month asked for, else this month in Vietnam', async () => {
    await expect(parseReportStatusQuery({ month: '2026-11' })).resolves.toEqual({ month: '2026-11' });
    // 18:00 UTC on 30 November is 1 December in Vietnam.
    await expect(parseReportStatusQuery({}, new Date('2026-11-30T18:00:00Z'))).resolves.toEqual({ month: '2026-12' });
  });

  itRefuses(parseReportStatusQuery, [
    [{ month: '2026-13' }, 'month phải có dạng YYYY-MM, ví dụ 2026-11.'],
    [{ month: '11/2026' }, 'month phải có dạng YYYY-MM, ví dụ 2026-11.'],
    [{ month: '2026-11', unit: 'XA-A' }, 'Tham số không được hỗ trợ: unit.'],
  ]);

  itFuzzes(parseReportStatusQuery, { month: '2026-11' });
});

describe('parseChannelStatsQuery', () => {
  it('reads the days and the unit filters, no period size', async () => {
    await expect(parseChannelStatsQuery({ ...october, unit: 'XA-A' })).resolves.toEqual({ ...october, unit: 'XA-A' });
  });

  itRefuses(parseChannelStatsQuery, [
    [{}, /Thiếu from/],
    [{ from: '2026-11-30', to: '2026-10-01' }, /đứng sau ngày kết thúc/],
    [{ ...october, unitKind: 'club' }, /unitKind phải là một trong/],
    [{ ...october, page: '2' }, 'Tham số không được hỗ trợ: page.'],
  ]);

  itFuzzes(parseChannelStatsQuery, { ...october });
});

describe('parseExportQuery', () => {
  it("reads the table and format, then the table's own parameters", async () => {
    await expect(parseExportQuery({ table: 'compliance', format: 'xlsx', ...october })).resolves.toEqual({
      table: 'compliance',
      format: 'xlsx',
      params: { ...october, granularity: 'month', sort: 'kind' },
    });
    await expect(parseExportQuery({ table: 'compliance', format: 'csv', ...october, sort: '-itemsSubmitted' })).resolves.toMatchObject({
      params: { sort: '-itemsSubmitted' },
    });
    await expect(parseExportQuery({ table: 'ranking', format: 'csv', schoolYear: '2026-2027' })).resolves.toEqual({
      table: 'ranking',
      format: 'csv',
      params: { schoolYear: '2026-2027' },
    });
    await expect(parseExportQuery({ table: 'channels', format: 'csv', ...october, unitKind: 'association' })).resolves.toEqual({
      table: 'channels',
      format: 'csv',
      params: { ...october, unitKind: 'association' },
    });
  });

  itRefuses(parseExportQuery, [
    [{ table: 'users', format: 'csv' }, 'table phải là compliance (bảng chỉ tiêu), ranking (xếp hạng thi đua) hoặc channels (tin bài theo kênh).'],
    [{ table: 'channels', format: 'csv', ...october, granularity: 'week' }, 'Tham số không được hỗ trợ: granularity.'],
    [{ table: 'channels', format: 'csv', from: '2026-10-01' }, /Thiếu to/],
    [{ table: 'ranking', format: 'pdf', schoolYear: '2026-2027' }, 'format phải là xlsx hoặc csv.'],
    [{ table: 'compliance', format: 'csv', from: '2026-11-30', to: '2026-10-01' }, /đứng sau ngày kết thúc/],
    [{ table: 'ranking', format: 'csv', ...october }, 'Tham số không được hỗ trợ: from, to.'],
    [{ table: ['ranking'], format: 'csv' }, 'Tham số table phải là một giá trị đơn (a single value).'],
  ]);

  itFuzzes(parseExportQuery, { table: 'compliance', format: 'csv', ...october }, { table: 'ranking', format: 'xlsx', schoolYear: '2026-2027' });
});
