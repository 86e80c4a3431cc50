import {
  CONCERN_CHANNELS,
  CONCERN_KINDS,
  CONCERN_SEVERITIES,
  CONCERN_STATUSES,
  DEFAULT_RESPONSE_HOURS,
  TIMELINE_ENTRY_KINDS,
  TIMELINE_SYSTEM_KINDS,
} from '../../../shared/contracts/concerns';
import { TOPIC, UNIT } from '../../../shared/uids';
import { hidden } from '../content-types/hidden';

/**
 * A concern (vấn đề dư luận). Hidden from the content-manager and the content-type builder, with no
 * content-API route: the public role has no action on it. Its relations to the topic and the units
 * are one-way (no attribute on api::topic or api::unit), so no populate of the public API reaches
 * it. The department, the filing unit and the people are ids, as the workflow's own tables keep them.
 */
export const concernContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_concerns',
    info: { singularName: 'concern', pluralName: 'concerns', displayName: 'Vấn đề dư luận' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      title: { type: 'string', required: true },
      description: { type: 'text', required: true },
      topic: { type: 'relation', relation: 'manyToOne', target: TOPIC },
      /** The units the matter is about (a school, a commune), besides the one that filed it. */
      units: { type: 'relation', relation: 'manyToMany', target: UNIT },
      channel: { type: 'enumeration', enum: [...CONCERN_CHANNELS], required: true },
      /** http(s) addresses where it was seen. */
      sourceLinks: { type: 'json' },
      firstSeenAt: { type: 'datetime', required: true },
      kind: { type: 'enumeration', enum: [...CONCERN_KINDS], required: true },
      severity: { type: 'enumeration', enum: [...CONCERN_SEVERITIES], required: true },
      /** Since when it holds its severity: the response time runs from here. */
      severitySince: { type: 'datetime', required: true },
      status: { type: 'enumeration', enum: [...CONCERN_STATUSES], required: true, default: 'new' },
      /** The responsible department (a unit of kind `department`). */
      departmentId: { type: 'integer' },
      handlerId: { type: 'integer' },
      handlerName: { type: 'string' },
      filingUnitId: { type: 'integer', required: true },
      filerId: { type: 'integer', required: true },
      filerName: { type: 'string', required: true },
    },
  },
};

/**
 * One entry of a concern's timeline: what a person wrote (a note, the department's view, the agreed
 * message, an action taken) or what the desk recorded by itself (a change of severity or status, an
 * escalation). Append-only on every path (guard.ts), keyed by the concern's id like the comments.
 */
export const concernEntryContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_concern_entries',
    info: { singularName: 'concern-entry', pluralName: 'concern-entries', displayName: 'Diễn biến vấn đề dư luận' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      concernId: { type: 'integer', required: true },
      kind: { type: 'enumeration', enum: [...TIMELINE_ENTRY_KINDS, ...TIMELINE_SYSTEM_KINDS], required: true },
      body: { type: 'text', required: true },
      /** Empty for what the desk wrote by itself (the overdue escalation). */
      authorId: { type: 'integer' },
      authorName: { type: 'string' },
    },
  },
};

/**
 * The response time of each severity, in clock hours: data the administrator edits in the
 * content-manager (a single type, visible there, with no content-API route). An empty field falls
 * back to the default (shared/contracts/concerns.ts DEFAULT_RESPONSE_HOURS).
 */
const hours = (value: number) => ({ type: 'integer', min: 1, max: 24 * 30, default: value });
export const concernPolicyContentType = {
  schema: {
    kind: 'singleType',
    collectionName: 'ew_concern_policies',
    info: { singularName: 'concern-policy', pluralName: 'concern-policies', displayName: 'Thời hạn xử lý dư luận & sự cố' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      watchHours: hours(DEFAULT_RESPONSE_HOURS.watch),
      actionHours: hours(DEFAULT_RESPONSE_HOURS.action),
      incidentHours: hours(DEFAULT_RESPONSE_HOURS.incident),
      crisisHours: hours(DEFAULT_RESPONSE_HOURS.crisis),
    },
  },
};
