import { hidden } from '../content-types/hidden';

/**
 * A correction (đính chính) of a published item: the public note the publisher wrote when starting
 * it, and when it became public (the publication that ended its round; empty until then). Keyed by
 * the item's documentId like the workflow's tables, hidden, with no content-API route: the public API
 * reads the note and the date of the published ones itself (src/public-api/article-reader.ts), never
 * who wrote it. Append-only: only `madePublicAt` is stamped, once.
 */
export const correctionContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_corrections',
    info: { singularName: 'correction', pluralName: 'corrections', displayName: 'Đính chính' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      itemDocumentId: { type: 'string', required: true },
      /** Public: printed at the end of the item, with the date of its publication. */
      note: { type: 'text', required: true },
      requestedById: { type: 'integer' },
      requestedByName: { type: 'string' },
      /**
       * The publication that made it public; empty while its round is under way. Not `publishedAt`:
       * Strapi reserves that name (draft and publish) and stamps it on every row it creates.
       */
      madePublicAt: { type: 'datetime' },
    },
  },
};
