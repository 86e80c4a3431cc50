import { yup } from '@strapi/utils';
import { COVERAGE_YEAR_MAX, COVERAGE_YEAR_MIN } from '../../../shared/contracts/plan-coverage';
import { UNKNOWN_PARAMETER, assertFlatQuery, parseWith, positiveInteger, text } from '../validation/common';
import { vnDateOf } from '../../../shared/periods';

/** The edge of the coverage grid: a bad query is a 400 in Vietnamese. Whether the department or the line exists is the service's check. */

const MAX_ID = 2_147_483_647;
const YEAR = `Năm phải là số nguyên từ ${COVERAGE_YEAR_MIN} đến ${COVERAGE_YEAR_MAX}.`;

const schema = yup
  .object({
    year: yup.number().typeError(YEAR).integer(YEAR).min(COVERAGE_YEAR_MIN, YEAR).max(COVERAGE_YEAR_MAX, YEAR),
    department: positiveInteger('Phòng phải là mã số (id) của một phòng của Sở.').max(MAX_ID, 'Phòng phải là mã số (id) của một phòng của Sở.'),
    line: text('Tuyến thông tin').matches(/^[IVXLC]+\.[1-9][0-9]*\.[1-9][0-9]*$/, 'Mã tuyến thông tin "${value}" không đúng dạng (ví dụ III.2.3).'),
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

export interface CoverageInput {
  year: number;
  department?: number;
  line?: string;
}

/** The year asked (this Vietnam year by default), the department and the line to narrow to, if any. */
export async function parseCoverageQuery(query: unknown, now = new Date()): Promise<CoverageInput> {
  const parsed = (await parseWith(schema)(assertFlatQuery(query))) as Partial<CoverageInput>;
  return { year: parsed.year ?? Number(vnDateOf(now).slice(0, 4)), department: parsed.department, line: parsed.line };
}
