import { LINK_PURPOSES, type LinkPurpose } from '../../../shared/contracts/concern-links';
import { hidden } from '../content-types/hidden';

/**
 * An item linked to a concern, as its response or as planned coverage of a forecast. Keyed by ids as
 * the desk's own tables are; `pairKey` (`concernId/itemDocumentId`) is unique, so linking twice at
 * once keeps one row. Reachable only through the plugin's services, never the public API.
 */
export const concernLinkContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_concern_links',
    info: { singularName: 'concern-link', pluralName: 'concern-links', displayName: 'Tin bài gắn vấn đề dư luận' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      concernId: { type: 'integer', required: true },
      itemDocumentId: { type: 'string', required: true },
      purpose: { type: 'enumeration', enum: [...LINK_PURPOSES], required: true },
      pairKey: { type: 'string', required: true, column: { unique: true } },
      linkedById: { type: 'integer' },
      linkedByName: { type: 'string', required: true },
    },
  },
};

/** The row of a link, its unique pair key included (the service and the demo seed write the same). */
export const linkRowOf = (concernId: number, itemDocumentId: string, purpose: LinkPurpose, by: { id: number; name: string }) => ({
  concernId,
  itemDocumentId,
  purpose,
  pairKey: `${concernId}/${itemDocumentId}`,
  linkedById: by.id || null,
  linkedByName: by.name,
});
