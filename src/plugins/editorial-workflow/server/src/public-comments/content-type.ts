import { COMMENTER_GROUPS, COMMENT_STANCES, COMMENT_STATUSES } from '../../../shared/contracts/consultations';
import { hidden } from '../content-types/hidden';

/**
 * A public comment on a consultation (ý kiến góp ý). Hidden, with no content-API route: the public
 * posts through the plugin's guarded public-form route only and reads back its status by tracking
 * code. The consultation is the item's documentId, as the workflow's own tables keep it.
 * Written by the public path (public-comments/), classified, merged and answered by the department.
 */
export const publicCommentContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_public_comments',
    info: { singularName: 'public-comment', pluralName: 'public-comments', displayName: 'Ý kiến góp ý' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      /** The consultation's item (its documentId). */
      itemDocumentId: { type: 'string', required: true },
      /** Given to the commenter; unguessable (≥ 80 random bits); the GET by code shows only this comment's status. */
      trackingCode: { type: 'string', required: true, column: { unique: true } },
      text: { type: 'text', required: true },
      /** The normalised text's hash: the same text twice on one consultation is a duplicate. */
      textHash: { type: 'string', required: true },
      /**
       * `itemDocumentId:textHash`, unique: the same text twice on one consultation is refused (409) by
       * the database too, when two posts of it arrive at once (added by the public comments' work).
       */
      textKey: { type: 'string', required: true, column: { unique: true } },
      group: { type: 'enumeration', enum: [...COMMENTER_GROUPS], required: true },
      /** Commune or ward, as written (counted in the summary). */
      commune: { type: 'string', required: true },
      /** Contact details, all optional, deleted after closing (contactsDeletedAt). Never public. */
      name: { type: 'string' },
      email: { type: 'string' },
      phone: { type: 'string' },
      /** The purpose text the commenter consented to (CONTACT_PURPOSE at the time). */
      consentPurpose: { type: 'text', required: true },
      consentedAt: { type: 'datetime', required: true },
      contactsDeletedAt: { type: 'datetime' },
      status: { type: 'enumeration', enum: [...COMMENT_STATUSES], required: true, default: 'received' },
      /** The department's classification: internal. */
      stance: { type: 'enumeration', enum: [...COMMENT_STANCES] },
      /** Plan-line ids (the topic's lines of information). */
      lineIds: { type: 'json' },
      /** The comment this one duplicates (its id), once merged. */
      mergedIntoId: { type: 'integer' },
      answer: { type: 'text' },
      answeredAt: { type: 'datetime' },
      answeredById: { type: 'integer' },
      /** The answer is shown in the consultation's published summary (and to its tracking code). */
      answerPublic: { type: 'boolean', default: false },
      /** When the answer was e-mailed to the commenter. */
      answerMailedAt: { type: 'datetime' },
      /** A concern of the opinion desk raised from this comment (its id). */
      concernId: { type: 'integer' },
    },
  },
};
