import { ACTING_ROLES, ACTIONS, STATES } from '../../../shared/state-machine';
import { MEMBER_ROLES } from '../../../shared/member-roles';
import { AUDIT_KINDS } from '../audit/kinds';
import { commentContentType } from '../comments/content-type';
import { itemSnapshotContentType } from '../snapshots/content-type';
import { delegationContentType } from '../delegation/content-type';
import { correctionContentType } from '../corrections/content-type';
import { hidden } from './hidden';
import { concernContentType, concernEntryContentType, concernPolicyContentType } from '../concerns/content-type';
import { concernLinkContentType } from '../concern-links/content-type';
import { concernScreenshotContentType } from '../concern-evidence/content-type';
import { commScriptContentType } from '../comm-scripts/content-type';
import { planEventContentType } from '../plan-events/content-type';
import { assignmentContentType, assignmentTargetContentType } from '../assignments/content-type';
import { unitPlanContentType, unitPlanDeadlineContentType } from '../unit-plans/content-type';
import { guidanceNoteContentType, guidanceRecipientContentType } from '../guidance/content-type';
import { calendarFeedTokenContentType } from '../calendar-feed/content-type';
import { scriptItemContentType } from '../script-items/content-type';
import { channelDeliveryContentType, itemChannelContentType } from '../channels/content-type';
import { portalEntryContentType } from '../channels/portal/content-type';
import { pressContactContentType, pressSendingContentType } from '../channels/press/content-type';
import { fanpageSettingContentType } from '../channels/fanpage/content-type';
import { publicCommentContentType } from '../public-comments/content-type';
import { infoRequestContentType, infoRequestPolicyContentType } from '../info-requests/content-type';
import { pressInquiryContentType, spokespersonContentType } from '../press-desk/content-type';
import { consultationContentType } from '../consultations/content-type';
import { spentFormTokenContentType } from '../public-forms/content-type';
import { feedbackSummaryContentType } from '../feedback/content-type';

/**
 * The plugin's own tables. They are hidden from the content-manager and reachable only through the
 * plugin's services: editing an item can never change its workflow state or its history.
 */
const membership = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_memberships',
    info: { singularName: 'membership', pluralName: 'memberships', displayName: 'Thành viên đơn vị' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      userId: { type: 'integer', required: true },
      unitId: { type: 'integer', required: true },
      role: { type: 'enumeration', enum: [...MEMBER_ROLES], required: true },
      /** `user:unit:role`, unique, so a membership exists once even under simultaneous requests. */
      membershipKey: { type: 'string', required: true, column: { unique: true } },
    },
  },
};

/**
 * What the network keeps of a person beyond Strapi's admin user: the phone and position the
 * directory (Danh bạ) shows. Internal: never in the public API, never in an export but the directory.
 */
const person = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_people',
    info: { singularName: 'person', pluralName: 'people', displayName: 'Hồ sơ cán bộ' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      userId: { type: 'integer', required: true, column: { unique: true } },
      phone: { type: 'string' },
      position: { type: 'string' },
      /** One digest e-mail a day instead of one per notification (email-digest/). */
      emailDigest: { type: 'boolean', default: false },
    },
  },
};

const itemState = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_item_states',
    info: { singularName: 'item-state', pluralName: 'item-states', displayName: 'Trạng thái tin bài' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      itemDocumentId: { type: 'string', required: true, column: { unique: true } },
      state: { type: 'enumeration', enum: [...STATES], required: true, default: 'draft' },
      /** Bumped by every transition: the compare-and-set key and the client's `expectedVersion`. */
      version: { type: 'integer', required: true, default: 1 },
      /** The routed department (a unit of kind `department`), once submitted. */
      departmentId: { type: 'integer' },
      /** Hash of the content the head approved; publishing another content is refused. */
      approvedHash: { type: 'string' },
      approvedAt: { type: 'datetime' },
      scheduledAt: { type: 'datetime' },
      scheduledById: { type: 'integer' },
      /** When the published item comes down by itself (set at publish time; scheduled-unpublish/). */
      unpublishAt: { type: 'datetime' },
      /** The last person who submitted it: told when it is returned or unpublished. */
      submittedById: { type: 'integer' },
      /** For the quota counters: the first submission only, and the unit the item had then. */
      firstSubmittedAt: { type: 'datetime' },
      firstSubmittedUnitId: { type: 'integer' },
      /** The item's kind at its first submission (news, article, feature): the feature-series counter. */
      firstSubmittedKind: { type: 'string' },
      lastPublishedAt: { type: 'datetime' },
      /** For the published counter: the first publication only, and the unit the item had then. */
      firstPublishedAt: { type: 'datetime' },
      firstPublishedUnitId: { type: 'integer' },
    },
  },
};

const transition = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_transitions',
    info: { singularName: 'transition', pluralName: 'transitions', displayName: 'Lịch sử quy trình' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      itemDocumentId: { type: 'string', required: true },
      actorId: { type: 'integer' },
      actorName: { type: 'string' },
      /** The delegator, when the actor acted in a role delegated to them (delegation/): both are shown. */
      onBehalfOfId: { type: 'integer' },
      onBehalfOfName: { type: 'string' },
      /** The workflow role the actor acted in, or `system` (scheduled publish, edit side effects). */
      role: { type: 'enumeration', enum: [...ACTING_ROLES, 'system'], required: true },
      /** A workflow action, or `edit` when an edit moved the state (after approval, new round). */
      action: { type: 'enumeration', enum: [...ACTIONS, 'edit', 'schedule'], required: true },
      fromState: { type: 'enumeration', enum: [...STATES], required: true },
      toState: { type: 'enumeration', enum: [...STATES], required: true },
      comment: { type: 'text' },
      /** The category of a return's or an unpublish's reason (api::reason-category `code`). */
      reasonCategory: { type: 'string' },
      version: { type: 'integer', required: true },
      contentHash: { type: 'string' },
      departmentId: { type: 'integer' },
      unitId: { type: 'integer' },
    },
  },
};

const notification = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_notifications',
    info: { singularName: 'notification', pluralName: 'notifications', displayName: 'Thông báo' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      userId: { type: 'integer', required: true },
      itemDocumentId: { type: 'string' },
      action: { type: 'string' },
      title: { type: 'string', required: true },
      message: { type: 'text', required: true },
      readAt: { type: 'datetime' },
      emailTo: { type: 'string' },
      /** `digest`: kept for the person's daily digest (email-digest/), then `digested` once it lists it. */
      emailStatus: { type: 'enumeration', enum: ['none', 'pending', 'sent', 'failed', 'digest', 'digested'], default: 'none', required: true },
      emailAttempts: { type: 'integer', default: 0 },
      emailNextAttemptAt: { type: 'datetime' },
      emailError: { type: 'text' },
    },
  },
};

/**
 * One row per run of a scheduled job (`weekly-reminder:2026-W48`): the unique key makes a run
 * happen once even when another process takes the job's lock right after this one released it.
 */
const jobRun = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_job_runs',
    info: { singularName: 'job-run', pluralName: 'job-runs', displayName: 'Lần chạy tác vụ định kỳ' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      runKey: { type: 'string', required: true, column: { unique: true } },
      job: { type: 'string', required: true },
      startedAt: { type: 'datetime' },
      finishedAt: { type: 'datetime' },
      /** How many people were told. */
      notified: { type: 'integer', default: 0 },
    },
  },
};

/**
 * The audit log: who granted or revoked a membership, changed an admin role, its rights or a
 * person's roles, or changed a setting (a unit's single-handed rounds, a quota). Append-only, like
 * the workflow's history (guards.ts); read through `GET /audit` with its own permission.
 */
const auditEntry = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_audit_entries',
    info: { singularName: 'audit-entry', pluralName: 'audit-entries', displayName: 'Nhật ký kiểm soát' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      kind: { type: 'enumeration', enum: [...AUDIT_KINDS], required: true },
      /** The admin user who made the change; empty for code and seeds (the system). */
      actorId: { type: 'integer' },
      actorName: { type: 'string' },
      /** What changed, as `type:key` (`unit:XA-A`, `admin-role:newsroom-editor`, `membership:12`). */
      subject: { type: 'string', required: true },
      /** The change in one Vietnamese sentence, as the log shows it. */
      summary: { type: 'text', required: true },
      /** The values before and after, for whoever needs the detail. */
      details: { type: 'json' },
    },
  },
};

export default {
  'audit-entry': auditEntry,
  membership,
  person,
  'job-run': jobRun,
  'item-state': itemState,
  transition,
  notification,
  comment: commentContentType,
  'item-snapshot': itemSnapshotContentType,
  delegation: delegationContentType,
  correction: correctionContentType,
  concern: concernContentType,
  'concern-entry': concernEntryContentType,
  'concern-policy': concernPolicyContentType,
  'concern-link': concernLinkContentType,
  'concern-screenshot': concernScreenshotContentType,
  'comm-script': commScriptContentType,
  'plan-event': planEventContentType,
  assignment: assignmentContentType,
  'assignment-target': assignmentTargetContentType,
  'unit-plan': unitPlanContentType,
  'unit-plan-deadline': unitPlanDeadlineContentType,
  'guidance-note': guidanceNoteContentType,
  'guidance-recipient': guidanceRecipientContentType,
  'calendar-feed-token': calendarFeedTokenContentType,
  'script-item': scriptItemContentType,
  'channel-delivery': channelDeliveryContentType,
  'item-channel': itemChannelContentType,
  'portal-entry': portalEntryContentType,
  'press-contact': pressContactContentType,
  'press-sending': pressSendingContentType,
  'fanpage-setting': fanpageSettingContentType,
  'public-comment': publicCommentContentType,
  'info-request': infoRequestContentType,
  'info-request-policy': infoRequestPolicyContentType,
  spokesperson: spokespersonContentType,
  'press-inquiry': pressInquiryContentType,
  consultation: consultationContentType,
  'spent-form-token': spentFormTokenContentType,
  'feedback-summary': feedbackSummaryContentType,
};
