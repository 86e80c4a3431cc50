import { hidden } from '../content-types/hidden';

/**
 * An editorial comment (ý kiến biên tập), keyed by the item's documentId like the workflow's own
 * tables: no relation to the item, so no populate of the public API or the content-manager can reach
 * it. Hidden from the content-manager and the content-type builder; the plugin declares no
 * content-API route, so the public role has no action on it at all. The content is append-only
 * (guard.ts): only the thread's resolved / reopened marks change.
 */
export const commentContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_comments',
    info: { singularName: 'comment', pluralName: 'comments', displayName: 'Ý kiến biên tập' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      itemDocumentId: { type: 'string', required: true },
      /** The thread's opening comment (one level of replies); empty for the opening comment. */
      parentId: { type: 'integer' },
      authorId: { type: 'integer', required: true },
      /** The name at the time of writing, as the workflow's history keeps it. */
      authorName: { type: 'string', required: true },
      /** The item's field the thread is about; only on opening comments. */
      field: { type: 'string' },
      body: { type: 'text', required: true },
      /** The people told: `[{ id, name }]`, each able to read the item when mentioned. */
      mentions: { type: 'json' },
      resolvedAt: { type: 'datetime' },
      resolvedById: { type: 'integer' },
      resolvedByName: { type: 'string' },
      reopenedAt: { type: 'datetime' },
      reopenedById: { type: 'integer' },
      reopenedByName: { type: 'string' },
    },
  },
};
