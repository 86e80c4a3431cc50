import { hidden } from '../content-types/hidden';

export const GUIDANCE_NOTE = 'plugin::editorial-workflow.guidance-note';
export const GUIDANCE_RECIPIENT = 'plugin::editorial-workflow.guidance-recipient';

/**
 * A guidance note (định hướng tuyên truyền) the Office sends to units. The audience is kept as the
 * Office chose it (all, kinds, units); the units it reached are the recipient rows, fixed at sending,
 * so a unit created later does not appear as "unread".
 */
export const guidanceNoteContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_guidance_notes',
    info: { singularName: 'guidance-note', pluralName: 'guidance-notes', displayName: 'Định hướng tuyên truyền' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      title: { type: 'string', required: true },
      body: { type: 'text', required: true },
      /** GuidanceAudience (shared/contracts/guidance.ts). */
      audience: { type: 'string', required: true },
      /** The unit kinds chosen, with the audience `kinds`. */
      unitKinds: { type: 'json' },
      sentAt: { type: 'datetime', required: true },
      sentById: { type: 'integer' },
      sentByName: { type: 'string' },
      recipientCount: { type: 'integer', required: true, default: 0 },
    },
  },
};

/**
 * One recipient unit of a note. `recipientKey` (`noteId:unitId`) is unique. The unit's first reading
 * (by whichever member opens it first) is set once and never moved; each reminder is recorded.
 */
export const guidanceRecipientContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_guidance_recipients',
    info: { singularName: 'guidance-recipient', pluralName: 'guidance-recipients', displayName: 'Đơn vị nhận định hướng' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      noteId: { type: 'integer', required: true },
      unitId: { type: 'integer', required: true },
      recipientKey: { type: 'string', required: true, column: { unique: true } },
      firstReadAt: { type: 'datetime' },
      firstReadById: { type: 'integer' },
      firstReadByName: { type: 'string' },
      remindedAt: { type: 'datetime' },
      remindCount: { type: 'integer', default: 0 },
    },
  },
};
