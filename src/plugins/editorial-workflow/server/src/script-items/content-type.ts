import { hidden } from '../content-types/hidden';

/**
 * An item linked to a communication script (the item written for it). Assignments and events carry
 * their script's id themselves; an item gets this link table instead of a new field on the article,
 * which would reach the content-manager and the public API. `pairKey` (`scriptId/itemDocumentId`) is
 * unique, so linking twice at once keeps one row. Reachable only through the plugin's services.
 */
export const scriptItemContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_script_items',
    info: { singularName: 'script-item', pluralName: 'script-items', displayName: 'Tin bài theo kịch bản truyền thông' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      scriptId: { type: 'integer', required: true },
      itemDocumentId: { type: 'string', required: true },
      pairKey: { type: 'string', required: true, column: { unique: true } },
      linkedById: { type: 'integer' },
      linkedByName: { type: 'string', required: true },
    },
  },
};

/** The row of a link, its unique pair key included (the service and the demo seed write the same). */
export const scriptItemRowOf = (scriptId: number, itemDocumentId: string, by: { id: number; name: string }) => ({
  scriptId,
  itemDocumentId,
  pairKey: `${scriptId}/${itemDocumentId}`,
  linkedById: by.id || null,
  linkedByName: by.name,
});
