import type { Core } from '@strapi/strapi';
import { PERMISSIONS, PLUGIN_ID } from '../../shared/permissions';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import { registerDatabaseGuards } from './guards';
import { registerConditions } from './conditions';
import { requestMemoMiddleware } from './request-memo';
import { forgetScopeOnWrites } from './request-memo/invalidation';
import { ensureIndexes } from './indexes';
import { backfillCounterFacts } from './stats/backfill';
import { ensureCountersTable, rebuildCountersIfEmpty } from './stats/counters';
import { ensureLineCountTables, rebuildLineCountsIfEmpty } from './plan-coverage/line-counts';
import { getService } from './get-service';
import { restrictSystemCounts } from './home/system-counts';
import { MONTHLY_REMINDER_CRON } from './reminders/month-end';
import { EMAIL_DIGEST_HOUR } from '../../shared/contracts/email-digest';
import { REPORT_SEND_TIME } from '../../shared/contracts/reports';
import { registerConcernGuard } from './concerns/guard';
import { migrateFreeTextReports } from './opinion-reports/migrate';
import { reportsReader } from './opinion-reports/routes';
import { planReader } from './routes/plan-reader';
import { inquiriesReader } from './press-desk/reader';
import { relayCronRule } from './channels/settings';
import { ensureSecretsTable } from './channels/fanpage/secret-store';
import { ensureSendDraftsTable } from './send-app/drafts';
import { serveSendApp } from './send-app/static-files';
import { purgeSpentTokens } from './public-forms';

const actionOf = (uid: string, displayName: string) => {
  const [, rest] = uid.split(`plugin::${PLUGIN_ID}.`);
  return { uid: rest, displayName, pluginName: PLUGIN_ID, section: 'plugins', subCategory: 'Quy trình biên tập' };
};

export default {
  contentTypes,
  controllers,
  routes,
  services,
  // Route policies of the plugin's own (opinion-reports/routes.ts: either of two rights).
  policies: { 'reports-reader': reportsReader, 'plan-reader': planReader, 'inquiries-reader': inquiriesReader },

  // The plugin's Document Service middlewares (./document-middlewares) are registered by the app,
  // in one ordered list with its own (src/document-middlewares.ts).
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDatabaseGuards(strapi);
    // A concern's timeline is append-only on every path (concerns/guard.ts).
    registerConcernGuard(strapi);
    // Each request's scope lookups, made once (request-memo/): before Strapi's own middlewares, so
    // the admin's authentication, which builds the person's rights, runs inside it.
    strapi.server.use(requestMemoMiddleware());
    forgetScopeOnWrites(strapi);
    // Before Strapi builds its router (bootstrap): Strapi's own system-wide counts, for the administrator only.
    restrictSystemCounts(strapi);
    // The authors' phone app at /gui-tin/, outside the admin panel (send-app/).
    serveSendApp(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await getService(strapi, 'mail-outbox').drain();
    await getService(strapi, 'channel-relay').drain();
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany([
      actionOf(PERMISSIONS.useWorkflow, 'Dùng quy trình biên tập (use the workflow)'),
      actionOf(PERMISSIONS.readMemberships, 'Xem thành viên đơn vị (read memberships)'),
      actionOf(PERMISSIONS.manageMemberships, 'Quản lý thành viên đơn vị (manage memberships)'),
      actionOf(PERMISSIONS.readStats, 'Xem thống kê của đơn vị mình (read statistics of own units)'),
      actionOf(PERMISSIONS.readAllStats, 'Xem thống kê mọi đơn vị (read statistics of every unit)'),
      actionOf(PERMISSIONS.takeDown, 'Xem mọi tin bài và gỡ bài đang đăng ở mọi trạng thái (take live items down)'),
      actionOf(PERMISSIONS.readAudit, 'Xem nhật ký kiểm soát (read the audit log)'),
      actionOf(PERMISSIONS.readNetwork, 'Xem mạng lưới đơn vị (read the unit network)'),
      actionOf(PERMISSIONS.manageNetwork, 'Nhập danh sách cán bộ, sửa đầu mối liên hệ (import people, edit contacts)'),
      actionOf(PERMISSIONS.readDirectory, 'Xem và xuất danh bạ (read and export the directory)'),
      actionOf(PERMISSIONS.readOverview, 'Xem trang Tổng quan (read the leadership overview)'),
      actionOf(PERMISSIONS.receiveReports, 'Tiếp nhận báo cáo dư luận hằng tháng, xem tổng hợp tháng (receive monthly opinion reports)'),
      actionOf(PERMISSIONS.managePlan, 'Điều phối kế hoạch truyền thông: kịch bản, định hướng, kế hoạch đơn vị (run the plan at work)'),
      actionOf(PERMISSIONS.manageChannels, 'Theo dõi kênh đăng tải: gửi lại, huỷ, danh sách báo chí (follow the channels)'),
      actionOf(PERMISSIONS.channelSettings, 'Cấu hình kênh đăng tải: fanpage, mã truy cập (channel settings)'),
      actionOf(PERMISSIONS.manageInquiries, 'Yêu cầu cung cấp thông tin, người phát ngôn, câu hỏi báo chí (the Office’s inquiries desk)'),
      actionOf(PERMISSIONS.readInquiries, 'Xem yêu cầu cung cấp thông tin và câu hỏi báo chí đang mở, quá hạn (read inquiries)'),
    ]);
    await registerConditions(strapi);
    await ensureIndexes(strapi);
    await backfillCounterFacts(strapi);
    // The monthly opinion reports of the old free-text shape take the structured one (issue 15 item 4), once.
    await migrateFreeTextReports(strapi);
    await ensureCountersTable(strapi);
    await rebuildCountersIfEmpty(strapi);
    await ensureLineCountTables(strapi);
    // The fanpage's encrypted token, where no Strapi API reaches (channels/fanpage/secret-store.ts).
    await ensureSecretsTable(strapi);
    // The phone app's client keys: one item per offline draft (send-app/drafts.ts).
    await ensureSendDraftsTable(strapi);
    await rebuildLineCountsIfEmpty(strapi);

    // Strapi starts its cron whatever `server.cron.enabled` says (that switch only gates the tasks of
    // config/server.ts): a test app, a restore drill or a one-off script that turned cron off still ran
    // every job below on its minute, so a long suite met the overdue alerts' or the relay's runs by
    // chance. The plugin's jobs follow the switch.
    if (!strapi.config.get('server.cron.enabled', true)) return;
    strapi.cron.add({
      [`${PLUGIN_ID}-scheduled-publish`]: {
        task: () => getService(strapi, 'workflow').publishDue(),
        options: { rule: '*/1 * * * *' },
      },
      // Published items whose end has come, once each (scheduled-unpublish/).
      [`${PLUGIN_ID}-scheduled-unpublish`]: {
        task: () => getService(strapi, 'scheduled-unpublish').unpublishDue(),
        options: { rule: '*/1 * * * *' },
      },
      // Quota reminders, in Vietnam time; each run happens once across processes (services/reminders.ts).
      [`${PLUGIN_ID}-weekly-quota-reminder`]: {
        task: () => getService(strapi, 'reminders').weeklyQuota(),
        options: { rule: '0 8 * * 5', tz: 'Asia/Ho_Chi_Minh' },
      },
      // Near the month's end: fires on the days a reminder may fall on; the service picks the two (reminders/month-end.ts).
      [`${PLUGIN_ID}-monthly-quota-reminder`]: {
        task: () => getService(strapi, 'reminders').monthlyQuota(),
        options: { rule: MONTHLY_REMINDER_CRON, tz: 'Asia/Ho_Chi_Minh' },
      },
      [`${PLUGIN_ID}-report-reminder`]: {
        task: () => getService(strapi, 'reminders').monthlyReport(),
        options: { rule: '0 8 15,19 * *', tz: 'Asia/Ho_Chi_Minh' },
      },
      // Overdue items: whoever must act is reminded once, and a working day later the level above (deadline-alerts/).
      [`${PLUGIN_ID}-deadline-alerts`]: {
        task: () => getService(strapi, 'deadline-alerts').run(),
        options: { rule: '*/10 * * * *' },
      },
      // The daily digest of those who chose one e-mail a day (email-digest/), once across processes.
      [`${PLUGIN_ID}-email-digest`]: {
        task: () => getService(strapi, 'email-digest').sendDigests(),
        options: { rule: `0 ${EMAIL_DIGEST_HOUR} * * *`, tz: 'Asia/Ho_Chi_Minh' },
      },
      // Last month's report to the leadership on the send day held as data (reports/schedule.ts), once across processes.
      [`${PLUGIN_ID}-periodic-report`]: {
        task: () => getService(strapi, 'reports').sendMonthly(),
        options: { rule: `${REPORT_SEND_TIME.minute} ${REPORT_SEND_TIME.hour} * * *`, tz: 'Asia/Ho_Chi_Minh' },
      },
      // Concerns past their severity's response time go to the leadership, once, across processes (concerns/overdue.ts).
      [`${PLUGIN_ID}-concern-overdue`]: {
        task: () => getService(strapi, 'concern-overdue').run(),
        options: { rule: '*/10 * * * *' },
      },
      // Overdue parts of assignments: the unit is reminded once, a working day later the commissioner, once each across processes (assignments/overdue.ts).
      [`${PLUGIN_ID}-assignment-overdue`]: {
        task: () => getService(strapi, 'assignment-overdue').run(),
        options: { rule: '*/10 * * * *' },
      },
      // The fanpage's token (channels/fanpage/): checked once a day across processes; the publishers are
      // warned 7 days before it expires and when it is invalid, each once per token.
      [`${PLUGIN_ID}-fanpage-token-check`]: {
        task: () => getService(strapi, 'fanpage').dailyCheck(),
        options: { rule: '0 7 * * *', tz: 'Asia/Ho_Chi_Minh' },
      },
      // Information requests past their legal deadline go to the leadership and the department, once each across processes (info-requests/overdue.ts).
      [`${PLUGIN_ID}-info-request-overdue`]: {
        task: () => getService(strapi, 'info-request-overdue').run(),
        options: { rule: '*/10 * * * *' },
      },
      // Resumable uploads no byte reached for a day are removed, once an hour across processes (uploads/service.ts).
      [`${PLUGIN_ID}-resumable-uploads-sweep`]: {
        task: () => getService(strapi, 'resumable-uploads').sweepAbandoned(),
        options: { rule: '23 * * * *' },
      },
      // Commenters' contact details deleted the configured days after their consultation closed, once per consultation across processes (consultations/contact-deletion.ts).
      [`${PLUGIN_ID}-consultation-contacts`]: {
        task: () => getService(strapi, 'consultation-contacts').run(),
        options: { rule: '20 * * * *' },
      },
      // Spent form tokens past their lifetime (refused by their date anyway): forgotten (public-forms/).
      [`${PLUGIN_ID}-spent-form-tokens`]: {
        task: () => purgeSpentTokens(strapi),
        options: { rule: '40 * * * *' },
      },
      [`${PLUGIN_ID}-email-retry`]: {
        task: () => getService(strapi, 'mail-outbox').deliverDue(),
        options: { rule: '*/1 * * * *' },
      },
      // The channels' outbox: rows a kick after the commit missed (a crash) and retries whose time has come (channels/relay.ts).
      [`${PLUGIN_ID}-channel-relay`]: {
        task: () => getService(strapi, 'channel-relay').runScheduled(),
        options: { rule: relayCronRule() },
      },
    });
  },
};
