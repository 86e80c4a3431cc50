import { PLUGIN_ID } from './permissions';
import { ARTICLE } from './uids';
import { GUIDANCE_PAGE_PATH } from './guidance-links';

/**
 * Where a notification leads, as a path of the admin panel (after `/admin`): the in-admin list links
 * there, and the e-mail to the same place through the server's public address (PUBLIC_URL).
 */

/** The content-manager's edit view of an item. */
export const itemEditPath = (documentId: string) => `/content-manager/collection-types/${ARTICLE}/${documentId}`;

/** The queue page ("Tin bài chờ xử lý"), where the notifications are listed too. */
export const QUEUE_PAGE_PATH = `/plugins/${PLUGIN_ID}`;

/** The statistics page ("Thống kê"): quotas and reports, what the reminders are about. */
export const STATS_PAGE_PATH = `/plugins/${PLUGIN_ID}-stats`;

/** The desk page "Dư luận & sự cố" (concerns/): the register of concerns and incidents. */
export const CONCERNS_PAGE_PATH = `/plugins/${PLUGIN_ID}-concerns`;

/** Strapi's list of admin accounts: where a locked account is looked into. */
export const USERS_PAGE_PATH = '/settings/users';

export interface NoticeLink {
  path: string;
  /** What the link opens, in Vietnamese (the e-mail's words before the address). */
  label: string;
}

/**
 * The page a notification concerns: its item, or the page of what it is about (by its action).
 * None for an invitation: its own lines carry the registration link, the only way in for an account
 * not registered yet.
 */
export function noticeLinkOf(notice: { itemDocumentId?: string | null; action?: string | null }): NoticeLink | null {
  if (notice.itemDocumentId) return { path: itemEditPath(notice.itemDocumentId), label: 'Mở tin bài' };
  const action = notice.action ?? '';
  if (action === 'invitation') return null;
  // A guidance note and its reminder (guidance/): read on the guidance page (before the reminders' rule below).
  if (action.startsWith('guidance')) return { path: GUIDANCE_PAGE_PATH, label: 'Mở trang Định hướng tuyên truyền' };
  // The quota and report reminders (weekly, monthly, the report's): their figures are on the statistics page.
  if (action.endsWith('-reminder')) return { path: STATS_PAGE_PATH, label: 'Xem trang Thống kê' };
  // The monthly report to the leadership (reports/schedule.ts): downloaded again from the statistics page.
  if (action.startsWith('periodic-report')) return { path: STATS_PAGE_PATH, label: 'Tải báo cáo trên trang Thống kê' };
  // A concern's alarm and its overdue escalation (concerns/notices.ts): handled on the desk page.
  if (action.startsWith('concern-')) return { path: CONCERNS_PAGE_PATH, label: 'Mở trang Dư luận & sự cố' };
  // The super admins' notice of an account locked after failed logins (src/admin-security/lockout-notice.ts).
  if (action === 'account-locked') return { path: USERS_PAGE_PATH, label: 'Xem danh sách tài khoản' };
  return { path: QUEUE_PAGE_PATH, label: 'Mở Tòa soạn' };
}
