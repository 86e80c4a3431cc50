import { errors, yup } from '@strapi/utils';
import type { CalendarQuery } from '../../../shared/contracts/plan';
import { dayNumber, isCalendarDate } from '../../../shared/periods';
import { UNKNOWN_PARAMETER, assertFlatQuery, parseWith, positiveInteger, text } from '../validation/common';

/** The edge of the calendar: bad dates or filters are a 400 in Vietnamese. */

export const MAX_CALENDAR_DAYS = 42;
const MAX_ID = 2_147_483_647;
const id = (message: string) => positiveInteger(message).max(MAX_ID, message);

const schema = yup
  .object({
    from: text('Ngày bắt đầu').required('Hãy cho ngày bắt đầu (from), dạng YYYY-MM-DD.'),
    to: text('Ngày kết thúc').required('Hãy cho ngày kết thúc (to), dạng YYYY-MM-DD.'),
    unit: id('unit phải là id của một đơn vị.').optional(),
    department: id('department phải là id của một phòng chuyên môn.').optional(),
    topic: id('topic phải là id của một chủ đề.').optional(),
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

export async function parseCalendarQuery(query: unknown): Promise<CalendarQuery> {
  const input = (await parseWith(schema)(assertFlatQuery(query))) as CalendarQuery;
  const { from, to } = input as { from: string; to: string };
  if (!isCalendarDate(from)) throw new errors.ValidationError(`Ngày bắt đầu "${input.from}" không hợp lệ: hãy ghi dạng YYYY-MM-DD, ví dụ 2026-12-01.`);
  if (!isCalendarDate(to)) throw new errors.ValidationError(`Ngày kết thúc "${input.to}" không hợp lệ: hãy ghi dạng YYYY-MM-DD, ví dụ 2026-12-31.`);
  if (input.from > input.to) throw new errors.ValidationError(`Ngày bắt đầu ${input.from} đứng sau ngày kết thúc ${input.to}.`);
  if (dayNumber(input.to) - dayNumber(input.from) + 1 > MAX_CALENDAR_DAYS) {
    throw new errors.ValidationError(`Lịch xem tối đa ${MAX_CALENDAR_DAYS} ngày một lần (từ ${input.from}).`);
  }
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as unknown as CalendarQuery;
}
