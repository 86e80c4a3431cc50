import { factories } from '@strapi/strapi';

// GET /api/media-assets is the public archive (public-media-asset.ts).
export default factories.createCoreRouter('api::media-asset.media-asset', { except: ['find'] });
