import { DEFAULT_INFO_REQUEST_POLICY, INFO_REQUEST_CHANNELS, INFO_REQUEST_STATUSES, REQUESTER_KINDS } from '../../../shared/contracts/info-requests';
import { MAX_DEADLINE_WORKING_DAYS } from '../../../shared/deadlines';
import { hidden } from '../content-types/hidden';

/**
 * An information request (yêu cầu cung cấp thông tin). Hidden, with no content-API route: the public
 * posts through the guarded public form and reads back only its status by tracking code; the
 * Office works on it in the admin. The requester's contact details and the request's contents are
 * internal.
 */
export const infoRequestContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_info_requests',
    info: { singularName: 'info-request', pluralName: 'info-requests', displayName: 'Yêu cầu cung cấp thông tin' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      /** Given to the requester; unguessable (96 random bits); the GET by code shows only the status. */
      trackingCode: { type: 'string', required: true, column: { unique: true } },
      channel: { type: 'enumeration', enum: [...INFO_REQUEST_CHANNELS], required: true },
      requesterKind: { type: 'enumeration', enum: [...REQUESTER_KINDS], required: true },
      name: { type: 'string', required: true },
      organisation: { type: 'string' },
      email: { type: 'string' },
      phone: { type: 'string' },
      address: { type: 'string' },
      subject: { type: 'string', required: true },
      content: { type: 'text', required: true },
      receivedAt: { type: 'datetime', required: true },
      /** The legal deadline: the policy's working days from receipt (plus the extension's, once extended). */
      dueAt: { type: 'datetime', required: true },
      status: { type: 'enumeration', enum: [...INFO_REQUEST_STATUSES], required: true, default: 'received' },
      departmentId: { type: 'integer' },
      routedAt: { type: 'datetime' },
      extensionReason: { type: 'text' },
      answer: { type: 'text' },
      refusalReason: { type: 'text' },
      answeredAt: { type: 'datetime' },
      /** The Office's person who entered a letter (null for the website). */
      enteredById: { type: 'integer' },
      enteredByName: { type: 'string' },
      /** Set once by the overdue job's compare-and-set (info-requests/overdue.ts). */
      escalatedAt: { type: 'datetime' },
    },
  },
};

/**
 * The legal deadline in working days: data the administrator edits in the content-manager (a
 * single type, visible there, with no content-API route). No row or an empty field: the law's 15.
 */
const days = (value: number) => ({ type: 'integer', min: 1, max: MAX_DEADLINE_WORKING_DAYS, default: value });
export const infoRequestPolicyContentType = {
  schema: {
    kind: 'singleType',
    collectionName: 'ew_info_request_policies',
    info: { singularName: 'info-request-policy', pluralName: 'info-request-policies', displayName: 'Thời hạn giải quyết yêu cầu cung cấp thông tin' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      workingDays: days(DEFAULT_INFO_REQUEST_POLICY.workingDays),
      extensionWorkingDays: days(DEFAULT_INFO_REQUEST_POLICY.extensionWorkingDays),
    },
  },
};
