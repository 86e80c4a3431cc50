import membership from './membership';
import unitScope from './unit-scope';
import itemContent from './item-content';
import itemState from './item-state';
import itemView from './item-view';
import workflow from './workflow';
import queue from './queue';
import inbox from './inbox';
import mailOutbox from './mail-outbox';
import stats from './stats';
import reminders from './reminders';
import home from '../home/service';
import network from '../network/service';
import peopleImport from '../network/people-import';
import comments from '../comments/service';
import deadlineAlerts from '../deadline-alerts/service';
import emailDigest from '../email-digest/service';
import scheduledUnpublish from '../scheduled-unpublish/service';
import consentTakedown from '../consent-takedown/service';
import reports from '../reports/service';
import snapshots from '../snapshots/service';
import delegation from '../delegation/service';
import concerns from '../concerns/service';
import concernOverdue from '../concerns/overdue';
import concernLinks from '../concern-links/service';
import opinionReports from '../opinion-reports/service';
import reportMonth from '../report-month/service';
import planCoverage from '../plan-coverage/service';
import concernEvidence from '../concern-evidence/service';
import guidance from '../guidance/service';
import calendar from '../calendar/service';
import calendarFeed from '../calendar-feed/service';
import commScripts from '../comm-scripts/service';
import scriptItems from '../script-items/service';
import unitPlans from '../unit-plans/service';
import unitPlanDeadlines from '../unit-plans/deadlines';
import planEvents from '../plan-events/service';
import assignments from '../assignments/service';
import assignmentOverdue from '../assignments/overdue';
import channels from '../channels/service';
import channelRelay from '../channels/relay';
import fanpage from '../channels/fanpage/service';
import infoRequests from '../info-requests/service';
import infoRequestOverdue from '../info-requests/overdue';
import spokespeople from '../press-desk/register';
import pressInquiries from '../press-desk/inquiries';
import resumableUploads from '../uploads/service';
import sendApp from '../send-app/service';
import consultations from '../consultations/service';
import consultationContacts from '../consultations/contact-deletion';
import publicComments from '../public-comments/service';
import feedback from '../feedback/service';

/** The plugin's services by name: `getService` (../get-service.ts) types its lookups from this map. */
export default {
  membership,
  'unit-scope': unitScope,
  'item-content': itemContent,
  'item-state': itemState,
  'item-view': itemView,
  workflow,
  queue,
  inbox,
  'mail-outbox': mailOutbox,
  stats,
  reminders,
  home,
  network,
  'people-import': peopleImport,
  comments,
  'deadline-alerts': deadlineAlerts,
  'email-digest': emailDigest,
  'scheduled-unpublish': scheduledUnpublish,
  'consent-takedown': consentTakedown,
  reports,
  snapshots,
  delegation,
  concerns,
  'concern-overdue': concernOverdue,
  'concern-links': concernLinks,
  'opinion-reports': opinionReports,
  'report-month': reportMonth,
  'concern-evidence': concernEvidence,
  guidance,
  calendar,
  'calendar-feed': calendarFeed,
  'plan-coverage': planCoverage,
  'comm-scripts': commScripts,
  'script-items': scriptItems,
  'unit-plans': unitPlans,
  'unit-plan-deadlines': unitPlanDeadlines,
  'plan-events': planEvents,
  assignments,
  'assignment-overdue': assignmentOverdue,
  channels,
  'channel-relay': channelRelay,
  fanpage,
  'info-requests': infoRequests,
  'info-request-overdue': infoRequestOverdue,
  spokespeople,
  'press-inquiries': pressInquiries,
  'resumable-uploads': resumableUploads,
  'send-app': sendApp,
  consultations,
  'consultation-contacts': consultationContacts,
  'public-comments': publicComments,
  feedback,
};
