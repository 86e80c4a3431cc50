import { DELIVERY_ACTIONS } from '../../../../shared/contracts/channels';
import { hidden } from '../../content-types/hidden';

/**
 * The provincial portal's feed (issue 18 item 4): one row per delivery the relay made to the portal
 * (a publish, a correction, a removal), with what the item was then, public fields only. The public
 * feeds (/api/portal/feed.rss, /api/portal/feed.json) read this table and nothing else, so the
 * portal can follow corrections and removals in order.
 */
export const portalEntryContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_portal_entries',
    info: { singularName: 'portal-entry', pluralName: 'portal-entries', displayName: 'Nguồn tin Cổng thông tin tỉnh' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      itemDocumentId: { type: 'string', required: true },
      action: { type: 'enumeration', enum: [...DELIVERY_ACTIONS], required: true },
      /** The item's public fields at delivery (contracts/channel-portal.ts PortalPayload). */
      payload: { type: 'json', required: true },
      at: { type: 'datetime', required: true },
      /**
       * The outbox row delivered, unique: a row delivered again (a retry after the confirmation was
       * lost) finds its entry instead of adding a second one. Empty for demo entries.
       */
      deliveryId: { type: 'integer', column: { unique: true } },
    },
  },
};
