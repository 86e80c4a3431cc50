import { errors, yup } from '@strapi/utils';
import type { FileUnitPlanBody, SetDeadlineBody } from '../../../shared/contracts/unit-plans';
import { UNIT_KINDS, type UnitKind } from '../../../shared/contracts/stats';
import { FIRST_REPORT_YEAR } from '../../../shared/report-periods';
import { isCalendarDate, vnDateOf } from '../../../shared/periods';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, parseWith, positiveInteger, text } from '../validation/common';

/** The edge of `/unit-plans` and `/unit-plan-deadlines`: a bad input is a 400 in Vietnamese, and nothing is stored. */

const MAX_ID = 2_147_483_647;
const id = (message: string) => positiveInteger(message).max(MAX_ID, message);

/** The Vietnam year now. */
export const vnYearOf = (now: Date): number => Number(vnDateOf(now).slice(0, 4));

/** A plan year: from the newsroom's first year to next year (a plan is filed ahead of its year). */
const year = (now: Date) => {
  const last = vnYearOf(now) + 1;
  const message = `Năm kế hoạch phải là một năm từ ${FIRST_REPORT_YEAR} đến ${last}.`;
  return positiveInteger(message).min(FIRST_REPORT_YEAR, message).max(last, message);
};

const fileSchema = (now: Date) =>
  yup
    .object({
      unitId: id('unitId phải là id của một đơn vị.').optional(),
      year: year(now).required('Hãy chọn năm của kế hoạch (year).'),
      fileId: id('fileId phải là id của một tệp đã tải lên.').required('Hãy tải lên tệp kế hoạch (PDF, DOCX hoặc ODT) trước khi nộp.'),
    })
    .noUnknown(true, UNKNOWN_FIELD);

/** The body of `POST /unit-plans`. */
export async function parseFiling(body: unknown, now = new Date()): Promise<FileUnitPlanBody> {
  return (await parseWith(fileSchema(now))(assertObjectBody(body))) as FileUnitPlanBody;
}

const querySchema = (now: Date) =>
  yup
    .object({
      year: year(now).optional(),
      kind: text('Loại đơn vị')
        .oneOf([...UNIT_KINDS, undefined] as UnitKind[], `Loại đơn vị (kind) phải là một trong: ${UNIT_KINDS.join(', ')}.`)
        .optional(),
    })
    .noUnknown(true, UNKNOWN_PARAMETER);

/** The query of `GET /unit-plans` and of its workbook: the year (this year in Vietnam by default), a unit kind. */
export async function parsePlansQuery(query: unknown, now = new Date()): Promise<{ year: number; kind?: UnitKind }> {
  const parsed = (await parseWith(querySchema(now))(assertFlatQuery(query))) as { year?: number; kind?: UnitKind };
  return { year: parsed.year ?? vnYearOf(now), kind: parsed.kind };
}

const deadlineSchema = yup
  .object({
    dueOn: text('Hạn nộp')
      .required('Hãy nhập hạn nộp kế hoạch (dueOn, dạng YYYY-MM-DD).')
      .test('calendar-date', 'Hạn nộp phải là một ngày có thật, dạng YYYY-MM-DD (ví dụ 2026-01-31).', (value) => value === undefined || isCalendarDate(value)),
  })
  .noUnknown(true, UNKNOWN_FIELD);

/**
 * The year of `PUT /unit-plan-deadlines/:year` and its body: the due day falls in the plan's year or
 * the year before it (a plan may be due in December for the next year), no further.
 */
export async function parseDeadline(yearParam: unknown, body: unknown, now = new Date()): Promise<{ year: number; dueOn: string }> {
  const { dueOn } = (await parseWith(deadlineSchema)(assertObjectBody(body))) as SetDeadlineBody;
  let planYear: number;
  try {
    planYear = (await year(now).validate(yearParam)) as number;
  } catch (error) {
    throw new errors.ValidationError((error as Error).message);
  }
  const dueYear = Number(dueOn.slice(0, 4));
  if (dueYear !== planYear && dueYear !== planYear - 1) {
    throw new errors.ValidationError(`Hạn nộp kế hoạch năm ${planYear} phải là một ngày trong năm ${planYear - 1} hoặc ${planYear}.`);
  }
  return { year: planYear, dueOn };
}
