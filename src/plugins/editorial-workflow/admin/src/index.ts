import { PERMISSIONS, PLUGIN_ID } from '../../shared/permissions';
import { registerContentManagerExtensions } from './content-manager';
import { PluginIcon, StatsIcon } from './components/PluginIcon';
import { NetworkIcon } from './network/NetworkIcon';
import { OverviewIcon } from './overview/OverviewIcon';
import { DeskIcon } from './concerns/DeskIcon';
import { ReportIcon } from './opinion-reports/ReportIcon';
import { CalendarIcon } from './calendar/CalendarIcon';
import { GuidanceIcon } from './guidance/GuidanceIcon';
import { ChannelsIcon } from './channels/ChannelsIcon';
import { CoverageIcon } from './plan-coverage/CoverageIcon';
import { AssignmentIcon } from './assignments/AssignmentIcon';
import { PressIcon } from './press-contacts/PressIcon';
import { PressDeskIcon } from './press-desk/PressDeskIcon';
import { InfoRequestsIcon } from './info-requests/InfoRequestsIcon';
import { ChannelSettingsIcon } from './channel-settings/ChannelSettingsIcon';
import { FeedbackIcon } from './feedback/FeedbackIcon';
import { loadTranslations } from './translations';
import { registerHomeWidgets } from './home/widgets';
import { getTranslation } from './utils/getTranslation';

/** The admin part of the workflow: the item side panel, the review queue and the statistics. */
export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: getTranslation('menu.queue'), defaultMessage: 'Tin bài chờ xử lý' },
      Component: () => import('./pages/QueueApp'),
      permissions: [{ action: PERMISSIONS.useWorkflow, subject: null }],
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-stats`,
      icon: StatsIcon,
      intlLabel: { id: getTranslation('menu.stats'), defaultMessage: 'Thống kê' },
      Component: () => import('./pages/StatsApp'),
      permissions: [{ action: PERMISSIONS.readStats, subject: null }],
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-network`,
      icon: NetworkIcon,
      intlLabel: { id: getTranslation('menu.network'), defaultMessage: 'Mạng lưới đơn vị' },
      Component: () => import('./network/NetworkApp'),
      permissions: [{ action: PERMISSIONS.readNetwork, subject: null }],
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-overview`,
      icon: OverviewIcon,
      intlLabel: { id: getTranslation('menu.overview'), defaultMessage: 'Tổng quan' },
      Component: () => import('./overview/OverviewApp'),
      permissions: [{ action: PERMISSIONS.readOverview, subject: null }],
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-concerns`,
      icon: DeskIcon,
      intlLabel: { id: getTranslation('menu.concerns'), defaultMessage: 'Dư luận & sự cố' },
      Component: () => import('./concerns/ConcernsApp'),
      permissions: [{ action: PERMISSIONS.useWorkflow, subject: null }],
    });
    // Units file their monthly opinion report here; the Office (reports.receive) receives them and reads the month.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-opinion-reports`,
      icon: ReportIcon,
      intlLabel: { id: getTranslation('menu.opinionReports'), defaultMessage: 'Báo cáo dư luận' },
      Component: () => import('./opinion-reports/OpinionReportsApp'),
      permissions: [
        { action: PERMISSIONS.useWorkflow, subject: null },
        { action: PERMISSIONS.receiveReports, subject: null },
      ],
    });
    // The plan at work (issue 17): the calendar of everyone's dates, and the Office's guidance to units.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-calendar`,
      icon: CalendarIcon,
      intlLabel: { id: getTranslation('menu.calendar'), defaultMessage: 'Lịch truyền thông' },
      Component: () => import('./calendar/CalendarApp'),
      permissions: [{ action: PERMISSIONS.useWorkflow, subject: null }],
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-guidance`,
      icon: GuidanceIcon,
      intlLabel: { id: getTranslation('menu.guidance'), defaultMessage: 'Định hướng tuyên truyền' },
      Component: () => import('./guidance/GuidanceApp'),
      permissions: [{ action: PERMISSIONS.useWorkflow, subject: null }],
    });
    // The plan's lines against the months: who reads the statistics reads the coverage (plan-coverage/).
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-plan-coverage`,
      icon: CoverageIcon,
      intlLabel: { id: getTranslation('menu.planCoverage'), defaultMessage: 'Độ phủ kế hoạch' },
      Component: () => import('./plan-coverage/PlanCoverageApp'),
      permissions: [{ action: PERMISSIONS.readStats, subject: null }],
    });
    // The plan at work (issue 17): the Office writes the communication scripts, departments read theirs.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-comm-scripts`,
      icon: ReportIcon,
      intlLabel: { id: getTranslation('menu.commScripts'), defaultMessage: 'Kịch bản truyền thông' },
      Component: () => import('./comm-scripts/CommScriptsApp'),
      permissions: [
        { action: PERMISSIONS.useWorkflow, subject: null },
        { action: PERMISSIONS.managePlan, subject: null },
      ],
    });
    // Units file their plan for the year; the Office sees who has filed.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-unit-plans`,
      icon: ReportIcon,
      intlLabel: { id: getTranslation('menu.unitPlans'), defaultMessage: 'Kế hoạch của đơn vị' },
      Component: () => import('./unit-plans/UnitPlansApp'),
      permissions: [
        { action: PERMISSIONS.useWorkflow, subject: null },
        { action: PERMISSIONS.managePlan, subject: null },
      ],
    });
    // Events to cover and assignments (giao viết bài): who sees which is the server's scope.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-assignments`,
      icon: AssignmentIcon,
      intlLabel: { id: getTranslation('menu.assignments'), defaultMessage: 'Giao viết bài' },
      Component: () => import('./assignments/AssignmentsApp'),
      permissions: [{ action: PERMISSIONS.useWorkflow, subject: null }],
    });
    // The press contacts an item marked for the press is e-mailed to (issue 18): the publisher's list.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-press-contacts`,
      icon: PressIcon,
      intlLabel: { id: getTranslation('menu.pressContacts'), defaultMessage: 'Danh sách báo chí' },
      Component: () => import('./press-contacts/PressContactsApp'),
      permissions: [{ action: PERMISSIONS.manageChannels, subject: null }],
    });
    // Where items go beyond the website (issue 18): the outbox's rows, retried or cancelled by the publisher (channels/).
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-channels`,
      icon: ChannelsIcon,
      intlLabel: { id: getTranslation('menu.channels'), defaultMessage: 'Kênh đăng tải' },
      Component: () => import('./channels/ChannelsApp'),
      permissions: [{ action: PERMISSIONS.manageChannels, subject: null }],
    });
    // The public's information requests (issue 22 item 4): the Office acts, the leadership reads.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-info-requests`,
      icon: InfoRequestsIcon,
      intlLabel: { id: getTranslation('menu.infoRequests'), defaultMessage: 'Yêu cầu cung cấp thông tin' },
      Component: () => import('./info-requests/InfoRequestsApp'),
      permissions: [
        { action: PERMISSIONS.manageInquiries, subject: null },
        { action: PERMISSIONS.readInquiries, subject: null },
      ],
    });
    // The press's questions and the spokesperson register (issue 22 item 5): the Office logs, the spokesperson approves, the leadership watches.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-press-desk`,
      icon: PressDeskIcon,
      intlLabel: { id: getTranslation('menu.pressDesk'), defaultMessage: 'Báo chí & người phát ngôn' },
      Component: () => import('./press-desk/PressDeskApp'),
      permissions: [
        { action: PERMISSIONS.manageInquiries, subject: null },
        { action: PERMISSIONS.readInquiries, subject: null },
      ],
    });
    // The channels' settings (issue 18): the fanpage's page and token, the administrator's alone.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-channel-settings`,
      icon: ChannelSettingsIcon,
      intlLabel: { id: getTranslation('menu.channelSettings'), defaultMessage: 'Cấu hình kênh đăng tải' },
      Component: () => import('./channel-settings/ChannelSettingsApp'),
      permissions: [{ action: PERMISSIONS.channelSettings, subject: null }],
    });
    // The public's comments on consultations (issue 22): the responsible department handles them; who sees which is the server's scope.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-feedback`,
      icon: FeedbackIcon,
      intlLabel: { id: getTranslation('menu.feedback'), defaultMessage: 'Ý kiến góp ý dự thảo' },
      Component: () => import('./feedback/FeedbackApp'),
      permissions: [{ action: PERMISSIONS.useWorkflow, subject: null }],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Quy trình biên tập' });
    registerHomeWidgets(app);
  },

  bootstrap(app: any) {
    registerContentManagerExtensions(app);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return loadTranslations(locales);
  },
};
