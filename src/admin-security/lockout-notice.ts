import type { Core } from '@strapi/strapi';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { ADMIN_USER } from '../plugins/editorial-workflow/shared/uids';

export const LOCKOUT_NOTICE_ACTION = 'account-locked';

/**
 * Tells every active super admin, in the admin inbox and by e-mail (the workflow's inbox and mail
 * outbox), that an account was locked after repeated failed logins: a guess at its password may be
 * under way. Only for an e-mail that belongs to an account; the lock itself applies either way.
 */
export async function noticeAccountLocked(strapi: Core.Strapi, email: string, address: string, minutes: number): Promise<void> {
  const account = await strapi.db.query(ADMIN_USER).findOne({ where: { email }, select: ['id'] });
  if (!account) return;
  const superAdmins: Array<{ id: number }> = await strapi.db
    .query(ADMIN_USER)
    .findMany({ where: { isActive: true, roles: { code: 'strapi-super-admin' } }, select: ['id'] });
  if (superAdmins.length === 0) return;
  const ids = await getService(strapi, 'inbox').notifyUsers(
    superAdmins.map((user) => user.id),
    {
      action: LOCKOUT_NOTICE_ACTION,
      title: `Tài khoản ${email} tạm khoá do đăng nhập sai nhiều lần`,
      lines: [
        `Tài khoản ${email} đã bị khoá ${minutes} phút sau nhiều lần đăng nhập sai mật khẩu liên tiếp.`,
        `Địa chỉ truy cập cuối cùng: ${address}.`,
        'Nếu không phải chính người dùng này, có thể ai đó đang dò mật khẩu: hãy kiểm tra và đổi mật khẩu nếu cần.',
      ],
    }
  );
  getService(strapi, 'mail-outbox').deliverLater(ids);
}
