import { errors, yup } from '@strapi/utils';
import { rangeProblem, schoolYearRange, vnDateOf, type Granularity } from '../../../shared/periods';
import { GRID_MAX_PAGE_SIZE, GRID_PAGE_SIZE, GRID_SORTS, UNIT_KINDS, type GridSort, type UnitKind } from '../../../shared/contracts/stats';
import { UNKNOWN_PARAMETER, assertFlatQuery, parseWith, positiveInteger, text } from './common';

/** The statistics' query strings, parsed at the edge: a bad value is a 400 in Vietnamese, and nothing runs. */

const unknownParameter = UNKNOWN_PARAMETER;
const unitKind = () => yup.mixed<UnitKind>().oneOf([...UNIT_KINDS], `unitKind phải là một trong: ${UNIT_KINDS.join(', ')}.`);
const unitCode = () => text('unit').max(64, 'Mã đơn vị (unit) tối đa 64 ký tự.');
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface ComplianceParams {
  from: string;
  to: string;
  granularity: Granularity;
  unitKind?: UnitKind;
  /** A unit code. */
  unit?: string;
}

/** The grid's page: the export takes the sort but no page (it is the whole table). */
export interface CompliancePageParams extends ComplianceParams {
  sort: GridSort;
  page: number;
  pageSize: number;
}

export interface RankingParams {
  schoolYear: string;
  unitKind?: UnitKind;
  unit?: string;
}

const gridSort = () =>
  yup
    .mixed<GridSort>()
    .oneOf([...GRID_SORTS], `sort phải là một trong: ${GRID_SORTS.join(', ')} (dấu - đứng trước: giảm dần).`)
    .default('kind');

const complianceFields = {
    from: text('from').max(10, 'from là một ngày dạng YYYY-MM-DD.').required('Thiếu from (ngày bắt đầu, dạng YYYY-MM-DD).'),
    to: text('to').max(10, 'to là một ngày dạng YYYY-MM-DD.').required('Thiếu to (ngày kết thúc, dạng YYYY-MM-DD).'),
    granularity: yup.mixed<Granularity>().oneOf(['week', 'month'], 'granularity phải là week (tuần) hoặc month (tháng).').default('month'),
    unitKind: unitKind(),
    unit: unitCode(),
};

const checkRange = (schema: yup.AnyObjectSchema) =>
  schema.noUnknown(true, unknownParameter).test('range', '', function checkRange(value) {
    const problem = value?.from && value?.to ? rangeProblem(value.from, value.to) : null;
    return problem ? this.createError({ path: 'from', message: problem }) : true;
  });

/** The grid over HTTP: one page of units, 50 by default, at most 100. */
const compliancePageSchema = checkRange(
  yup.object({
    ...complianceFields,
    sort: gridSort(),
    page: positiveInteger('page phải là số nguyên ≥ 1.', 'page phải ≥ 1.').default(1),
    pageSize: positiveInteger(`pageSize phải là số nguyên từ 1 đến ${GRID_MAX_PAGE_SIZE}.`)
      .max(GRID_MAX_PAGE_SIZE, `pageSize tối đa ${GRID_MAX_PAGE_SIZE} đơn vị một trang.`)
      .default(GRID_PAGE_SIZE),
  })
);

/** The grid's export: every unit, in the order asked for. */
const complianceExportSchema = checkRange(yup.object({ ...complianceFields, sort: gridSort() }));

const complianceSchema = yup
  .object(complianceFields)
  .noUnknown(true, unknownParameter)
  .test('range', '', function checkRange(value) {
    const problem = value?.from && value?.to ? rangeProblem(value.from, value.to) : null;
    return problem ? this.createError({ path: 'from', message: problem }) : true;
  });

const rankingSchema = yup
  .object({
    schoolYear: text('schoolYear')
      .required('Thiếu schoolYear (năm học, ví dụ 2026-2027).')
      .test('school-year', 'schoolYear phải là năm học dạng YYYY-YYYY, hai năm liền nhau, ví dụ 2026-2027.', (value) => !value || schoolYearRange(value) !== null),
    unitKind: unitKind(),
    unit: unitCode(),
  })
  .noUnknown(true, unknownParameter);

/** The statistics by channel (issue 18): a range of days and the unit filters, no period size. */
export interface ChannelStatsParams {
  from: string;
  to: string;
  unitKind?: UnitKind;
  unit?: string;
}

const channelStatsSchema = checkRange(
  yup.object({ from: complianceFields.from, to: complianceFields.to, unitKind: unitKind(), unit: unitCode() })
);

export async function parseChannelStatsQuery(query: unknown): Promise<ChannelStatsParams> {
  return (await parseWith(channelStatsSchema)(assertFlatQuery(query))) as ChannelStatsParams;
}

const reportStatusSchema = yup
  .object({ month: text('month').matches(MONTH, 'month phải có dạng YYYY-MM, ví dụ 2026-11.') })
  .noUnknown(true, unknownParameter);

export async function parseComplianceQuery(query: unknown): Promise<ComplianceParams> {
  return (await parseWith(complianceSchema)(assertFlatQuery(query))) as ComplianceParams;
}

export async function parseCompliancePageQuery(query: unknown): Promise<CompliancePageParams> {
  return (await parseWith(compliancePageSchema)(assertFlatQuery(query))) as CompliancePageParams;
}

export async function parseRankingQuery(query: unknown): Promise<RankingParams> {
  return (await parseWith(rankingSchema)(assertFlatQuery(query))) as RankingParams;
}

/** The month asked for, or this month in Vietnam. */
export async function parseReportStatusQuery(query: unknown, now = new Date()): Promise<{ month: string }> {
  const parsed = (await parseWith(reportStatusSchema)(assertFlatQuery(query))) as { month?: string };
  return { month: parsed.month ?? vnDateOf(now).slice(0, 7) };
}

export type ExportParams =
  | { table: 'compliance'; format: 'xlsx' | 'csv'; params: ComplianceParams & { sort: GridSort } }
  | { table: 'ranking'; format: 'xlsx' | 'csv'; params: RankingParams }
  | { table: 'channels'; format: 'xlsx' | 'csv'; params: ChannelStatsParams };

/** `table` and `format`, then the parameters of that table, checked as the table's own endpoint does. */
export async function parseExportQuery(query: unknown): Promise<ExportParams> {
  const { table, format, ...rest } = assertFlatQuery(query);
  if (table !== 'compliance' && table !== 'ranking' && table !== 'channels') {
    throw new errors.ValidationError('table phải là compliance (bảng chỉ tiêu), ranking (xếp hạng thi đua) hoặc channels (tin bài theo kênh).');
  }
  if (format !== 'xlsx' && format !== 'csv') throw new errors.ValidationError('format phải là xlsx hoặc csv.');
  if (table === 'channels') return { table, format, params: await parseChannelStatsQuery(rest) };
  return table === 'compliance'
    ? { table, format, params: (await parseWith(complianceExportSchema)(rest)) as ComplianceParams & { sort: GridSort } }
    : { table, format, params: await parseRankingQuery(rest) };
}
