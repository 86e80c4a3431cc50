import { errors } from '@strapi/utils';
import { vnDateOf } from '../../../shared/periods';
import type { ReportPeriod } from '../../../shared/contracts/reports';
import { FIRST_REPORT_YEAR as FIRST_YEAR, PERIOD_EXAMPLES, reportPeriodOf } from '../../../shared/report-periods';

export { PERIOD_EXAMPLES, reportKeyOf, reportPeriodOf } from '../../../shared/report-periods';

/**
 * The period asked for, as of `now`: a key that names no period, one before the newsroom's time or
 * one not begun yet is a 400 in Vietnamese. A period under way is counted up to today.
 */
export function parseReportPeriod(key: unknown, now = new Date()): ReportPeriod {
  if (typeof key !== 'string' || key.trim() === '') throw new errors.ValidationError(`Thiếu kỳ báo cáo (period). Ví dụ: ${PERIOD_EXAMPLES}.`);
  const period = reportPeriodOf(key.trim());
  if (!period) throw new errors.ValidationError(`Kỳ báo cáo "${key.slice(0, 40)}" không hợp lệ. Hãy ghi một trong các dạng: ${PERIOD_EXAMPLES}.`);
  if (Number(period.from.slice(0, 4)) < FIRST_YEAR) throw new errors.ValidationError(`Kỳ báo cáo ${period.label} trước năm ${FIRST_YEAR}: hệ thống chưa có số liệu.`);
  const today = vnDateOf(now);
  if (period.from > today) throw new errors.ValidationError(`Kỳ báo cáo ${period.label} chưa bắt đầu (hôm nay là ${today}): chỉ lập được báo cáo của kỳ đã qua hoặc đang diễn ra.`);
  return { ...period, until: period.to < today ? period.to : today };
}
