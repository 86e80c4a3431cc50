import type { Core } from '@strapi/strapi';
import type { ChangeAnnouncer } from './invalidation';
import { ITEM_CHANNEL } from '../plugins/editorial-workflow/shared/uids';

/**
 * The by-slug response lists where a published item went (item-channels-reader.ts): when the relay
 * records or retracts a delivery through the Query Engine, the cached responses are dropped, in this
 * process and (NOTIFY) the others. Code that writes the table with raw SQL calls
 * `announcePublicChange(strapi)` (src/public-api/index.ts) itself.
 */
export function watchItemChannels(strapi: Core.Strapi, announcer: ChangeAnnouncer): void {
  const announce = async () => announcer.announce();
  strapi.db.lifecycles.subscribe({
    models: [ITEM_CHANNEL],
    afterCreate: announce,
    afterCreateMany: announce,
    afterUpdate: announce,
    afterUpdateMany: announce,
    afterDelete: announce,
    afterDeleteMany: announce,
  } as never);
}
