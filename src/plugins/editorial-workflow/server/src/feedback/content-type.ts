import { hidden } from '../content-types/hidden';

/**
 * The summary of feedback of one consultation (báo cáo tổng hợp ý kiến), written by the responsible
 * department at closing. Publishing freezes what the public sees: the figures and public answers
 * (`published`, PublicFeedbackSummary without its URL) and the Word document's bytes, so a later
 * change of a comment does not change a published report behind the reader's back.
 */
export const feedbackSummaryContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_feedback_summaries',
    info: { singularName: 'feedback-summary', pluralName: 'feedback-summaries', displayName: 'Báo cáo tổng hợp ý kiến' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      /** The consultation's item (its documentId). */
      itemDocumentId: { type: 'string', required: true, column: { unique: true } },
      mainPoints: { type: 'text' },
      writtenById: { type: 'integer' },
      /** When the department published it (not `publishedAt`: Strapi sets that name on every new row). */
      releasedAt: { type: 'datetime' },
      releasedById: { type: 'integer' },
      /** What the public API shows (no contact details, no classification beyond counts). */
      published: { type: 'json' },
      /** The published Word document, base64 (a few tens of kilobytes): served as it was published. */
      documentBase64: { type: 'text' },
    },
  },
};
