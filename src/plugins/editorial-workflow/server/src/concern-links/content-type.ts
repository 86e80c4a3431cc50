import { LINK_PURPOSES } from '../../../shared/contracts/concern-links';
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
