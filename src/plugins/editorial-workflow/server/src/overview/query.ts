import { errors, yup } from '@strapi/utils';
import { vnDateOf } from '../../../shared/periods';
import { OVERVIEW_FIRST_MONTH as FIRST_MONTH } from '../../../shared/contracts/overview';
import { UNKNOWN_PARAMETER, assertFlatQuery, parseWith, text } from '../validation/common';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const overviewSchema = yup
  .object({ month: text('month').max(7, 'month là một tháng dạng YYYY-MM, ví dụ 2026-11.') })
  .noUnknown(true, UNKNOWN_PARAMETER);

/**
 * `month` (`YYYY-MM`, Vietnam time), this month when absent. A month not yet begun has nothing to
 * count, and one before the system's first has nothing either: both refused in Vietnamese, as a
 * malformed one is, and nothing runs.
 */
export async function parseOverviewQuery(query: unknown, now = new Date()): Promise<{ month: string }> {
  const parsed = (await parseWith(overviewSchema)(assertFlatQuery(query))) as { month?: string };
  const thisMonth = vnDateOf(now).slice(0, 7);
  const month = parsed.month || thisMonth;
  if (!MONTH.test(month)) throw new errors.ValidationError(`Tháng "${parsed.month}" không hợp lệ: hãy ghi dạng YYYY-MM, ví dụ ${thisMonth}.`);
  if (month > thisMonth) throw new errors.ValidationError(`Tháng ${month} chưa bắt đầu (tháng này là ${thisMonth}): chưa có gì để tổng hợp.`);
  if (month < FIRST_MONTH) throw new errors.ValidationError(`Tháng ${month} không có dữ liệu: hệ thống tổng hợp từ tháng ${FIRST_MONTH}.`);
  return { month };
}
