import { hidden } from '../content-types/hidden';

/**
 * The spokesperson register (người phát ngôn, Quy chế phát ngôn và cung cấp thông tin cho báo chí):
 * an admin user who may speak for the Sở on every topic or on some, from a date to a date. Kept by
 * the Office through the plugin's routes; an entry is ended (validTo), never deleted, so an old
 * approval still names who was registered then.
 */
export const spokespersonContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_spokespeople',
    info: { singularName: 'spokesperson', pluralName: 'spokespeople', displayName: 'Người phát ngôn' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      userId: { type: 'integer', required: true },
      title: { type: 'string', required: true },
      allTopics: { type: 'boolean', default: false },
      /** Topic ids (the plan's lĩnh vực) when not every topic. */
      topicIds: { type: 'json' },
      validFrom: { type: 'date', required: true },
      validTo: { type: 'date' },
      note: { type: 'string' },
    },
  },
};

/**
 * A press inquiry (câu hỏi của báo chí): logged by the Office, prepared by a department, answered
 * once a registered spokesperson approved the answer, then sent. Internal: no content-API route.
 */
export const pressInquiryContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_press_inquiries',
    info: { singularName: 'press-inquiry', pluralName: 'press-inquiries', displayName: 'Câu hỏi của báo chí' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      outlet: { type: 'string', required: true },
      journalist: { type: 'string', required: true },
      contact: { type: 'string' },
      question: { type: 'text', required: true },
      topicId: { type: 'integer', required: true },
      departmentId: { type: 'integer' },
      receivedAt: { type: 'datetime', required: true },
      dueAt: { type: 'datetime', required: true },
      answer: { type: 'text' },
      /** The approval holds for the answer as approved: a change of the answer clears it. */
      approvedById: { type: 'integer' },
      approvedByName: { type: 'string' },
      approvedAt: { type: 'datetime' },
      sentAt: { type: 'datetime' },
      sentByName: { type: 'string' },
      loggedById: { type: 'integer', required: true },
      loggedByName: { type: 'string', required: true },
      /** The opinion desk's concern and the official response item drafted from this inquiry. */
      concernId: { type: 'integer' },
      responseItemDocumentId: { type: 'string' },
    },
  },
};
