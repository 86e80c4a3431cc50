import type { Core } from '@strapi/strapi';
import { readVideoLinks } from '../media/video-links';
import { ARTICLE } from '../plugins/editorial-workflow/shared/uids';
import { dataOf, invalid, setData, type DocumentMiddleware } from './shared';

/**
 * An item's video links are YouTube or Facebook videos, on every path that writes an item (admin,
 * content API, the workflow, code): any other host, a malformed address, `javascript:` and the
 * like are a 400 before anything is written. What is stored is each video's canonical address
 * (src/media/video-links.ts), so the public reads back only what was checked.
 */
export const videoLinksRule =
  (_strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE || !['create', 'update', 'clone'].includes(ctx.action)) return next();
    const data = dataOf(ctx);
    if (!data || !('videoLinks' in data)) return next();
    const reading = readVideoLinks(data.videoLinks);
    if ('refused' in reading) throw invalid('videoLinks', reading.refused);
    setData(ctx, { ...data, videoLinks: reading.embeds.length > 0 ? reading.embeds.map((embed) => embed.url) : null });
    return next();
  };
