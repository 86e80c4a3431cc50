import type { Core } from '@strapi/strapi';
import { firstFreeSlug, slugCandidatePrefix, toSlug } from '../utils/vietnamese-text';
import { relationChange } from '../plugins/editorial-workflow/server/src/utils/relation-input';
import { ARTICLE } from '../plugins/editorial-workflow/shared/uids';
import { assertUnitKept, dataOf, documentIdOf, setData, type DocumentMiddleware } from './shared';

/** The slug of a title with no letter or digit in it (only punctuation or emoji). */
const FALLBACK_SLUG = 'tin-bai';

/**
 * The content rules of an item that hold in every state: it belongs to a unit, and its slug is made
 * on the server from the Vietnamese title (the admin UI's own slug generator knows no Vietnamese),
 * unique across items. The workflow's rules live in the editorial-workflow plugin.
 */
export const articleRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE || !['create', 'update', 'clone'].includes(ctx.action)) return next();

    const data = dataOf(ctx) ?? {};
    const documentId = documentIdOf(ctx);
    assertUnitKept(ctx.action, relationChange(data.unit, 'unit'), 'Tin bài');

    const slug = await slugFor(strapi, ctx.action, data, documentId);
    if (slug !== undefined) setData(ctx, { ...data, slug });
    return next();
  };

/** The slug to store, or undefined to leave the stored one alone. */
async function slugFor(
  strapi: Core.Strapi,
  action: string,
  data: Record<string, unknown>,
  documentId: string | undefined
): Promise<string | undefined> {
  const requested = typeof data.slug === 'string' ? toSlug(data.slug) : '';
  // An update that does not touch the slug keeps it: published URLs stay stable when a title changes.
  if (action === 'update' && !('slug' in data)) return undefined;

  let base = requested;
  if (!base) {
    const title = typeof data.title === 'string' ? data.title : await storedTitle(strapi, documentId);
    base = toSlug(title ?? '') || FALLBACK_SLUG;
  }
  // A clone is a new document: its source's slug counts as taken.
  const ownDocument = action === 'update' ? documentId : undefined;
  const taken = await slugsInUse(strapi, slugCandidatePrefix(base), ownDocument);
  return firstFreeSlug(base, taken);
}

async function storedTitle(strapi: Core.Strapi, documentId: string | undefined): Promise<string | undefined> {
  if (!documentId) return undefined;
  const row = await strapi.db.query(ARTICLE).findOne({ select: ['title'], where: { documentId } });
  return row?.title;
}

async function slugsInUse(strapi: Core.Strapi, prefix: string, exceptDocument?: string): Promise<Set<string>> {
  const rows: Array<{ slug: string | null }> = await strapi.db.query(ARTICLE).findMany({
    select: ['slug'],
    where: {
      slug: { $startsWith: prefix },
      ...(exceptDocument ? { documentId: { $ne: exceptDocument } } : {}),
    },
  });
  return new Set(rows.map((row) => row.slug).filter((slug): slug is string => Boolean(slug)));
}
