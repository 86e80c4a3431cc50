import { factories } from '@strapi/strapi';
import { mediaCounts, type MediaCountQuery } from '../../../media/media-counts';
import { MEDIA_ASSET } from '../../../plugins/editorial-workflow/shared/uids';
import { PUBLIC_ASSET_FILTERS } from '../../../media/consent';

export default factories.createCoreService(MEDIA_ASSET, ({ strapi }) => ({
  /** Assets per unit and month (Vietnam time), for the media quota of the counters. */
  monthlyCounts(query: MediaCountQuery) {
    return mediaCounts(strapi, query);
  },

  /** Filters that keep a listing to assets the public may see (for the public API). */
  publicFilters() {
    return PUBLIC_ASSET_FILTERS;
  },
}));
