import { errors, yup } from '@strapi/utils';
import { rangeProblem, schoolYearRange, vnDateOf, type Granularity } from '../../../shared/periods';
import { UNIT_KINDS, type UnitKind } from '../../../shared/contracts/stats';
import { UNKNOWN_PARAMETER, assertFlatQuery, parseWith, text } from './common';

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

export interface RankingParams {
  schoolYear: string;
  unitKind?: UnitKind;
  unit?: string;
}

const complianceSchema = yup
  .object({
    from: text('from').max(10, 'from là một ngày dạng YYYY-MM-DD.').required('Thiếu from (ngày bắt đầu, dạng YYYY-MM-DD).'),
    to: text('to').max(10, 'to là một ngày dạng YYYY-MM-DD.').required('Thiếu to (ngày kết thúc, dạng YYYY-MM-DD).'),
    granularity: yup.mixed<Granularity>().oneOf(['week', 'month'], 'granularity phải là week (tuần) hoặc month (tháng).').default('month'),
    unitKind: unitKind(),
    unit: unitCode(),
  })
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

const reportStatusSchema = yup
  .object({ month: text('month').matches(MONTH, 'month phải có dạng YYYY-MM, ví dụ 2026-11.') })
  .noUnknown(true, unknownParameter);

export async function parseComplianceQuery(query: unknown): Promise<ComplianceParams> {
  return (await parseWith(complianceSchema)(assertFlatQuery(query))) as ComplianceParams;
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
  | { table: 'compliance'; format: 'xlsx' | 'csv'; params: ComplianceParams }
  | { table: 'ranking'; format: 'xlsx' | 'csv'; params: RankingParams };

/** `table` and `format`, then the parameters of that table, checked as the table's own endpoint does. */
export async function parseExportQuery(query: unknown): Promise<ExportParams> {
  const { table, format, ...rest } = assertFlatQuery(query);
  if (table !== 'compliance' && table !== 'ranking') throw new errors.ValidationError('table phải là compliance (bảng chỉ tiêu) hoặc ranking (xếp hạng thi đua).');
  if (format !== 'xlsx' && format !== 'csv') throw new errors.ValidationError('format phải là xlsx hoặc csv.');
  return table === 'compliance'
    ? { table, format, params: await parseComplianceQuery(rest) }
    : { table, format, params: await parseRankingQuery(rest) };
}
