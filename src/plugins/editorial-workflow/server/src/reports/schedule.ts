import type { Core } from '@strapi/strapi';
import { ADMIN_USER, JOB_RUN } from '../../../shared/uids';
import { PERMISSIONS } from '../../../shared/permissions';
import { vnDateOf } from '../../../shared/periods';
import { getService } from '../get-service';
import { countedJob } from '../metrics';
import { monthShift } from '../stats/grid';
import { isUniqueViolation } from '../utils/unique-violation';
import { reportPeriodOf } from './period';
import { loadReportSettings } from './settings';

const JOB = 'periodic-report';
const SUPER_ADMIN_CODE = 'strapi-super-admin';

/** The notification's action: names the month, so its e-mail can attach that month's report (attachments.ts). */
export const reportAction = (month: string) => `${JOB}:${month}`;

export interface ReportRun {
  runKey: string;
  skipped: boolean;
  /** The month reported, `YYYY-MM`. */
  month: string;
  /** Leaders told. */
  notified: number;
}

/** The leadership: active accounts whose admin role (not the super admin's) holds the take-down right, as the deadline alerts' escalation. */
async function leadership(strapi: Core.Strapi): Promise<number[]> {
  const users: Array<{ id: number }> = await strapi.db.query(ADMIN_USER).findMany({
    where: { isActive: true, roles: { code: { $ne: SUPER_ADMIN_CODE }, permissions: { action: PERMISSIONS.takeDown } } },
    select: ['id'],
  });
  return users.map((user) => user.id);
}

/**
 * On the send day of the month (the setting "Cài đặt báo cáo định kỳ", day 3 by default), last
 * month's report goes to the leadership: a notification each (in-admin list and e-mail, with the
 * report attached, attachments.ts). Once per month however many processes run the daily cron, as
 * the reminders: an advisory lock and the run's unique key (`periodic-report:2026-11`) in the
 * transaction that writes the notifications; the mail outbox sends them after the commit. Null on
 * another day, or when the sending is turned off.
 */
export async function sendMonthlyReport(strapi: Core.Strapi, now: Date): Promise<ReportRun | null> {
  const settings = await loadReportSettings(strapi);
  const today = vnDateOf(now);
  if (!settings.sendEnabled || Number(today.slice(8, 10)) !== settings.sendDay) return null;
  const month = monthShift(today.slice(0, 7), -1);
  return countedJob(JOB, () => runOnce(strapi, month, now), (run) => run.skipped);
}

async function runOnce(strapi: Core.Strapi, month: string, now: Date): Promise<ReportRun> {
  const runKey = `${JOB}:${month}`;
  const skipped = { runKey, skipped: true, month, notified: 0 };
  if (await strapi.db.query(JOB_RUN).findOne({ where: { runKey }, select: ['id'] })) return skipped;
  const period = reportPeriodOf(month)!;
  // The figures are read before the lock (a second process reading them too is harmless): the e-mail says the headline.
  const figures = await getService(strapi, 'reports').figures({ all: true }, { ...period, until: period.to }, now);
  const recipients = await leadership(strapi);
  const missing = figures.opinionReports.reduce((sum, row) => sum + row.missing, 0);
  const notice = {
    action: reportAction(month),
    title: `Báo cáo kết quả thông tin, tuyên truyền ${period.label}`,
    lines: [
      `Báo cáo ${period.label} của Tòa soạn điện tử Sở GDĐT (bản Word và PDF đính kèm thư).`,
      `Tin bài đã gửi: ${figures.total.itemsSubmitted}; đã đăng: ${figures.total.itemsPublished}; tư liệu ảnh/video: ${figures.total.mediaAssets}.`,
      `Đơn vị đạt chỉ tiêu: ${figures.quotas.met.length}; chưa đạt: ${figures.quotas.missed.length}.`,
      `Báo cáo dư luận chưa nộp: ${missing}; tin bài bị gỡ: ${figures.takedowns.length}.`,
      'Tải lại báo cáo bất cứ lúc nào trên trang Thống kê (nút "Tải báo cáo").',
    ],
  };
  try {
    return await strapi.db.transaction(async ({ trx, onCommit }) => {
      if (strapi.db.dialect.client === 'postgres') {
        const result = await trx.raw('SELECT pg_try_advisory_xact_lock(hashtext(?)) AS locked', [`editorial-workflow:${JOB}`]);
        if (!result.rows[0]?.locked) return skipped;
      }
      const run = await strapi.db.query(JOB_RUN).create({ data: { runKey, job: JOB, startedAt: now } });
      const queued = recipients.length === 0 ? [] : await getService(strapi, 'inbox').notifyUsers(recipients, notice);
      await strapi.db.query(JOB_RUN).update({ where: { id: run.id }, data: { finishedAt: new Date(), notified: queued.length } });
      onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
      return { runKey, skipped: false, month, notified: queued.length };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return skipped;
    throw error;
  }
}
