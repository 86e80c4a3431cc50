import type { Core } from '@strapi/strapi';
import { ITEM_CHANNEL_FIELDS } from '../../../shared/contracts/channels';
import { dataOf, isWrite, setData, type DocumentMiddleware } from './context';
import { ARTICLE } from '../../../shared/uids';

const WEBSITE = ITEM_CHANNEL_FIELDS.website;

/**
 * Every item goes on the Sở's website (issue 18: "Website, which is always on"); the fanpage, the
 * portal and the press are chosen on top of it. Every write of an item (create, clone, update, from
 * any caller) stores `channelWebsite` true, whatever it was sent: a form, an import or the REST API
 * cannot take an item off the website but by the workflow's unpublish.
 *
 * The public API still hides a published row whose `channelWebsite` is false (src/public-api/
 * article-reader.ts): such a row predates this rule (its author kept it off the website then), and
 * it stays off until it is next edited, when this rule puts it on like any other.
 */
export const websiteAlwaysOn =
  (_strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE || !isWrite(ctx)) return next();
    const data = dataOf(ctx) ?? {};
    if (data[WEBSITE] !== true) setData(ctx, { ...data, [WEBSITE]: true });
    return next();
  };
