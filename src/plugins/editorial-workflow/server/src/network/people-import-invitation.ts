import type { Core } from '@strapi/strapi';
import { ADMIN_USER } from '../../../shared/uids';

/**
 * A new admin account as Strapi's own `admin::user` service `create` makes an invited one
 * (createUserInDatabase in @strapi/admin 5.54): no password, a registration token from Strapi's
 * token service, inactive until the person registers, the `user.create` event. Only the service's
 * telemetry is left out: two counts of all users and roles per account (a sixth of an import's
 * queries) for a message this app never sends (STRAPI_TELEMETRY_DISABLED). The interface is in
 * Vietnamese from the first login. Runs in the caller's transaction.
 */
export async function createInvitedAccount(
  strapi: Core.Strapi,
  account: { email: string; firstname: string; lastname: string | null; roles: number[] }
): Promise<{ id: number; registrationToken: string }> {
  const registrationToken: string = strapi.service('admin::token').createToken();
  const user = await strapi.db.query(ADMIN_USER).create({
    data: { ...account, username: null, isActive: false, preferedLanguage: 'vi', registrationToken },
  });
  strapi.eventHub.emit('user.create', { user: strapi.service('admin::user').sanitizeUser(user) });
  return { id: user.id, registrationToken };
}

/**
 * Strapi's own registration screen for an invited account, at the admin panel's public address
 * (PUBLIC_URL, or ADMIN_URL when the panel is served elsewhere; Strapi resolves both into
 * `admin.absoluteUrl`). The token is the account's `registrationToken`: whoever holds the link
 * sets the password, so it goes only into the invitation e-mail, never into a log or a report.
 */
export function registrationLink(strapi: Core.Strapi, registrationToken: string): string {
  const admin = strapi.config.get<string>('admin.absoluteUrl', '') || 'http://localhost:1337/admin';
  return `${admin.replace(/\/+$/, '')}/auth/register?registrationToken=${encodeURIComponent(registrationToken)}`;
}

/**
 * The invitation, as the inbox's notice: a title and plain lines. The outbox's e-mail escapes them
 * for HTML and adds the time it was written, in Vietnam time.
 */
export function invitationNotice(input: { fullName: string; email: string; grants: string[]; link: string }) {
  const lines = [
    `Kính gửi ${input.fullName},`,
    'Văn phòng Sở đã tạo cho anh/chị một tài khoản trên Tòa soạn điện tử của Sở Giáo dục và Đào tạo.',
    ...(input.grants.length > 0 ? ['Vai trò được giao:', ...input.grants.map((grant) => `- ${grant}`)] : []),
    `Để kích hoạt tài khoản ${input.email}, mở liên kết sau và tự đặt mật khẩu:`,
    input.link,
    'Liên kết chỉ dùng được một lần; xin đừng chuyển tiếp thư này. Nếu anh/chị không chờ thư này, hãy báo cho Văn phòng Sở.',
  ];
  return { action: 'invitation', title: 'Mời tham gia Tòa soạn điện tử Sở GDĐT', lines };
}
