import { Bell, ChartPie, Feather, Folder } from '@strapi/icons';
import type { WidgetArgs } from '@strapi/strapi/admin';
import { SYSTEM_COUNTS_ACTION } from '../../../shared/contracts/home';
import { PERMISSIONS, PLUGIN_ID } from '../../../shared/permissions';
import { homeMessageId } from './messages';

const QUEUE = `/plugins/${PLUGIN_ID}`;
const STATS = `/plugins/${PLUGIN_ID}-stats`;
const WORKFLOW = [{ action: PERMISSIONS.useWorkflow }];

const title = (id: string, defaultMessage: string) => ({ id: homeMessageId(id), defaultMessage });

/** The newsroom person's blocks of the home page, first in its grid; each hides for whoever lacks the workflow. */
const NEWSROOM_WIDGETS: WidgetArgs[] = [
  {
    id: 'home-waiting',
    pluginId: PLUGIN_ID,
    icon: Feather,
    title: title('waiting.title', 'Việc chờ bạn xử lý'),
    component: async () => (await import('./WaitingWidget')).WaitingWidget,
    link: { label: title('waiting.link', 'Mở trang Tin bài chờ xử lý'), href: QUEUE },
    permissions: WORKFLOW,
  },
  {
    id: 'home-quota',
    pluginId: PLUGIN_ID,
    icon: ChartPie,
    title: title('quota.title', 'Chỉ tiêu kỳ này'),
    component: async () => (await import('./QuotaWidget')).QuotaWidget,
    link: { label: title('quota.link', 'Mở trang Thống kê'), href: STATS },
    permissions: WORKFLOW,
  },
  {
    id: 'home-unit-items',
    pluginId: PLUGIN_ID,
    icon: Folder,
    title: title('unitItems.title', 'Tin bài của đơn vị'),
    component: async () => (await import('./UnitItemsWidget')).UnitItemsWidget,
    link: { label: title('unitItems.link', 'Xem tin bài của đơn vị'), href: `${QUEUE}?view=unit` },
    permissions: WORKFLOW,
  },
  {
    id: 'home-notifications',
    pluginId: PLUGIN_ID,
    icon: Bell,
    title: title('notifications.title', 'Thông báo chưa đọc'),
    component: async () => (await import('./NotificationsWidget')).NotificationsWidget,
    link: { label: title('notifications.link', 'Xem mọi thông báo'), href: QUEUE },
    permissions: WORKFLOW,
  },
];

/**
 * Strapi's widgets that count the whole system: "Project statistics" (admin) and "Entries"
 * (content-manager, every row of every readable type, RBAC conditions ignored). In 5.54 the first
 * declares `roles: ['strapi-super-admin']`, which the home page never reads, and the second asks
 * only for `content-manager.explorer.read`, which every newsroom role holds: both show for
 * everyone. The widget API's `permissions` is what the home page checks (it drops a widget the
 * person lacks them for, before rendering), so theirs are replaced by the administrator's action,
 * the one their endpoints now require too (server/src/home/system-counts.ts). Replaced, not
 * added to: the home page counts matching permission rows, and an author's several
 * `explorer.read` rows (one per content type) would pass a two-permission check on their own.
 */
const SYSTEM_COUNT_WIDGETS = new Set(['admin.key-statistics', 'content-manager.chart-entries']);

const forAdministrator = (widget: WidgetArgs): WidgetArgs =>
  SYSTEM_COUNT_WIDGETS.has(`${widget.pluginId}.${widget.id}`) ? { ...widget, permissions: [{ action: SYSTEM_COUNTS_ACTION }] } : widget;

/**
 * At the admin's register: the core widgets are already in (Strapi's own and the core plugins',
 * registered before any app plugin), so the reducer sees and keeps them.
 */
export function registerHomeWidgets(app: { widgets: { register(reducer: (widgets: WidgetArgs[]) => WidgetArgs[]): void } }): void {
  app.widgets.register((widgets) => [...NEWSROOM_WIDGETS, ...widgets.map(forAdministrator)]);
}
