import { errors, yup } from '@strapi/utils';
import { dayNumber, isCalendarDate, rangeProblem, vnDateOf } from '../../../shared/periods';
import { UNKNOWN_PARAMETER, assertFlatQuery, parseWith, text } from './common';

/** The turnaround's period, parsed at the edge: a bad or unfinished period is a 400 in Vietnamese, and nothing runs. */

export interface TurnaroundParams {
  /** First Vietnam date of the period. */
  from: string;
  /** Last Vietnam date of the period (included), today at the latest. */
  to: string;
}

const turnaroundSchema = yup
  .object({
    from: text('from').max(10, 'from là một ngày dạng YYYY-MM-DD, ví dụ 2026-11-01.'),
    to: text('to').max(10, 'to là một ngày dạng YYYY-MM-DD, ví dụ 2026-11-30.'),
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

/**
 * `from` and `to` (Vietnam dates, both included). Without them: this month up to today; with `to`
 * alone, the month of `to` up to it. A period that ends after today has not happened yet: refused,
 * as the statistics refuse a period in the future.
 */
export async function parseTurnaroundQuery(query: unknown, now = new Date()): Promise<TurnaroundParams> {
  const parsed = (await parseWith(turnaroundSchema)(assertFlatQuery(query))) as { from?: string; to?: string };
  const today = vnDateOf(now);
  const to = parsed.to || today;
  if (!isCalendarDate(to)) throw new errors.ValidationError(`Ngày kết thúc "${parsed.to}" không hợp lệ: hãy ghi dạng YYYY-MM-DD, ví dụ 2026-11-30.`);
  const from = parsed.from || `${to.slice(0, 7)}-01`;
  const problem = rangeProblem(from, to);
  if (problem) throw new errors.ValidationError(problem);
  if (dayNumber(to) > dayNumber(today)) {
    throw new errors.ValidationError(`Kỳ thống kê kết thúc ngày ${to}, sau hôm nay (${today}): chỉ tính được thời gian xử lý của những ngày đã qua.`);
  }
  return { from, to };
}
