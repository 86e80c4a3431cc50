/**
 * The one list of content-type UIDs, for the app, the plugin, the tests and the benchmarks: the
 * newsroom's own types (api::) and the workflow plugin's (plugin::). A rename happens here only.
 */
export const ARTICLE = 'api::article.article';
export const UNIT = 'api::unit.unit';
export const TOPIC = 'api::topic.topic';
export const PLAN_LINE = 'api::plan-line.plan-line';
export const QUOTA_POLICY = 'api::quota-policy.quota-policy';
export const DEADLINE_POLICY = 'api::deadline-policy.deadline-policy';
export const REASON_CATEGORY = 'api::reason-category.reason-category';
export const REPORT_SETTING = 'api::report-setting.report-setting';
export const WORKING_CALENDAR_DAY = 'api::working-calendar-day.working-calendar-day';
export const OPINION_REPORT = 'api::opinion-report.opinion-report';
export const MEDIA_ASSET = 'api::media-asset.media-asset';

export const MEMBERSHIP = 'plugin::editorial-workflow.membership';
export const PERSON = 'plugin::editorial-workflow.person';
export const ITEM_STATE = 'plugin::editorial-workflow.item-state';
export const TRANSITION = 'plugin::editorial-workflow.transition';
export const NOTIFICATION = 'plugin::editorial-workflow.notification';
export const JOB_RUN = 'plugin::editorial-workflow.job-run';
export const AUDIT_ENTRY = 'plugin::editorial-workflow.audit-entry';
export const COMMENT = 'plugin::editorial-workflow.comment';
export const ITEM_SNAPSHOT = 'plugin::editorial-workflow.item-snapshot';
export const DELEGATION = 'plugin::editorial-workflow.delegation';
export const CORRECTION = 'plugin::editorial-workflow.correction';
export const CONCERN = 'plugin::editorial-workflow.concern';
export const CONCERN_ENTRY = 'plugin::editorial-workflow.concern-entry';
export const CONCERN_POLICY = 'plugin::editorial-workflow.concern-policy';
export const CONCERN_LINK = 'plugin::editorial-workflow.concern-link';
export const CONCERN_SCREENSHOT = 'plugin::editorial-workflow.concern-screenshot';

/** Admin users (Strapi's own type). */
export const ADMIN_USER = 'admin::user';
/** Files of the media library (Strapi's upload plugin). */
export const UPLOAD_FILE = 'plugin::upload.file';

/** The plan at work (issue 17): communication scripts, the items linked to them, the units' plans and their due dates. */
export const COMM_SCRIPT = 'plugin::editorial-workflow.comm-script';
export const SCRIPT_ITEM = 'plugin::editorial-workflow.script-item';
export const UNIT_PLAN = 'plugin::editorial-workflow.unit-plan';
export const UNIT_PLAN_DEADLINE = 'plugin::editorial-workflow.unit-plan-deadline';
export const PLAN_EVENT = 'plugin::editorial-workflow.plan-event';
export const ASSIGNMENT = 'plugin::editorial-workflow.assignment';
export const ASSIGNMENT_TARGET = 'plugin::editorial-workflow.assignment-target';
/** Channels beyond the website (issue 18): the outbox, and where each item went. */
export const CHANNEL_DELIVERY = 'plugin::editorial-workflow.channel-delivery';
export const ITEM_CHANNEL = 'plugin::editorial-workflow.item-channel';
/** The provincial portal's feed (issue 18 item 4): one entry per delivery to the portal. */
export const PORTAL_ENTRY = 'plugin::editorial-workflow.portal-entry';
/** The press (issue 18 item 5): the contacts (internal) and the record of each e-mail sent to them. */
export const PRESS_CONTACT = 'plugin::editorial-workflow.press-contact';
export const PRESS_SENDING = 'plugin::editorial-workflow.press-sending';
/** The fanpage's settings: one row (channels/fanpage/). */
export const FANPAGE_SETTING = 'plugin::editorial-workflow.fanpage-setting';
/** The public's comments on consultations (issue 22). */
export const PUBLIC_COMMENT = 'plugin::editorial-workflow.public-comment';
/** Information requests (issue 22 item 4) and their deadline policy (working days, data). */
export const INFO_REQUEST = 'plugin::editorial-workflow.info-request';
export const INFO_REQUEST_POLICY = 'plugin::editorial-workflow.info-request-policy';
/** The press desk (issue 22 item 5): the spokesperson register and the press inquiries' log. */
export const SPOKESPERSON = 'plugin::editorial-workflow.spokesperson';
export const PRESS_INQUIRY = 'plugin::editorial-workflow.press-inquiry';
/** A consultation's dates, draft and department, beside its item (issue 22). */
export const CONSULTATION = 'plugin::editorial-workflow.consultation';
/** The public forms' spent tokens (single use across processes). */
export const SPENT_FORM_TOKEN = 'plugin::editorial-workflow.spent-form-token';
/** The department's summary of feedback on a consultation (issue 22 item 3). */
export const FEEDBACK_SUMMARY = 'plugin::editorial-workflow.feedback-summary';
