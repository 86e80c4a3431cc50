import type { Core } from '@strapi/strapi';
import { NOTIFICATION } from '../../plugins/editorial-workflow/shared/uids';
import { LISTED_VIOLATIONS, type IntegrityCheck } from './types';

const vietnamTime = (value: string | Date) =>
  new Date(value).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false });

/**
 * How long an e-mail may wait past its time before it counts as stuck: the retry job runs every
 * minute and a claimed attempt holds the row for 2 minutes (services/mail-outbox.ts), so 15 minutes
 * means no process is taking it (cron off everywhere, or a bug).
 */
export const STUCK_AFTER_MS = 15 * 60_000;
/** A notification kept for the daily digest is listed by the next one, a day later at most (plus an hour of slack). */
export const DIGEST_STUCK_AFTER_MS = 25 * 60 * 60_000;

/**
 * No e-mail is pending forever. Sent twice is prevented where it can be (each attempt is claimed
 * on the row with a lease; reminders run once per key under a unique run key); what the database
 * cannot see is a mail server that took a message while the process died before recording it, so
 * that attempt is sent again: the one duplicate that at-least-once delivery allows. E-mails given
 * up after their retries are listed as notes: the mail server refused them, nothing is inconsistent.
 */
export async function checkMail(strapi: Core.Strapi, now = new Date()): Promise<IntegrityCheck> {
  const rows = strapi.db.query(NOTIFICATION);
  const before = new Date(now.getTime() - STUCK_AFTER_MS);
  const stuckWhere = {
    $or: [
      { emailStatus: 'pending', $or: [{ emailNextAttemptAt: { $lt: before } }, { emailNextAttemptAt: null, createdAt: { $lt: before } }] },
      // Kept for a person's daily digest, which lists it within a day.
      { emailStatus: 'digest', createdAt: { $lt: new Date(now.getTime() - DIGEST_STUCK_AFTER_MS) } },
    ],
  };
  const [checked, stuckCount, failed] = await Promise.all([
    rows.count({ where: { emailStatus: { $ne: 'none' } } }),
    rows.count({ where: stuckWhere }),
    rows.count({ where: { emailStatus: 'failed' } }),
  ]);
  const stuck: Array<{ id: number; emailTo: string; emailAttempts: number; createdAt: string }> =
    stuckCount > 0 ? await rows.findMany({ where: stuckWhere, select: ['id', 'emailTo', 'emailAttempts', 'createdAt'], limit: LISTED_VIOLATIONS }) : [];
  return {
    name: 'mail',
    label: 'Thư điện tử: không thư nào chờ gửi mãi',
    checked: Number(checked),
    violations: Number(stuckCount),
    listed: stuck.map((row) => `thông báo #${row.id} gửi ${row.emailTo}: vẫn chờ gửi sau ${row.emailAttempts} lần thử (tạo lúc ${vietnamTime(row.createdAt)} giờ Việt Nam)`),
    notes: failed > 0 ? [`${failed} thư đã bỏ sau các lần thử lại (máy chủ thư từ chối; xem nhật ký)`] : [],
  };
}
