import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { assetsLackingConsent } from '../consent';
import { getService } from '../../plugins/editorial-workflow/server/src/get-service';
import { ARTICLE } from '../../plugins/editorial-workflow/shared/uids';
import { dataOf, documentIdOf, type DocumentMiddleware } from '../../document-rules/shared';

const MEDIA_FIELDS = ['cover', 'gallery'] as const;

/**
 * An item is not published with a photo of children whose parents' consent is not confirmed. It
 * holds on every way an item gets published (the `publish` action, and create or update with
 * status `published`), so it also runs inside the editorial workflow's publish transition. The
 * check reads the version about to go online, before anything is written.
 */
export const mediaConsentRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE) return next();
    const status = (ctx.params as { status?: string } | undefined)?.status;
    const publishing = ctx.action === 'publish' || (['create', 'update'].includes(ctx.action) && status === 'published');
    if (!publishing) return next();

    const fileIds = await filesGoingOnline(strapi, ctx.action, dataOf(ctx) ?? {}, documentIdOf(ctx));
    const lacking = await assetsLackingConsent(strapi, fileIds);
    if (lacking.length > 0) {
      const names = lacking.map((asset) => `"${asset.title}"`).join(', ');
      const message =
        `Chưa thể đăng tin bài: ảnh/video ${names} có hình ảnh trẻ em nhưng chưa xác nhận sự đồng ý của cha mẹ, người giám hộ. ` +
        'Hãy xác nhận sự đồng ý trong kho tư liệu, hoặc bỏ ảnh/video đó khỏi tin bài (consent is not confirmed for photos of children).';
      throw new errors.ValidationError(message, {
        errors: [{ path: ['cover'], message, name: 'ValidationError' }],
        assets: lacking.map((asset) => asset.documentId),
      });
    }
    return next();
  };

/** The upload-file ids in the cover and gallery of the version being published. */
async function filesGoingOnline(
  strapi: Core.Strapi,
  action: string,
  data: Record<string, unknown>,
  documentId: string | undefined
): Promise<number[]> {
  const given = Object.fromEntries(MEDIA_FIELDS.map((field) => [field, mediaIdsOf(data[field])]));
  const needStored = action !== 'create' && MEDIA_FIELDS.some((field) => given[field] === undefined);
  // The workflow's own read of the draft: inside its publish transition, the draft it just checked (no query).
  const stored = needStored && documentId ? await getService(strapi, 'item-content').loadDraft(documentId) : null;
  const storedIds = (field: (typeof MEDIA_FIELDS)[number]): number[] => (stored ? stored.files[field] : []);
  return [...new Set(MEDIA_FIELDS.flatMap((field) => given[field] ?? storedIds(field)))];
}

/** File ids from a media value in Document Service data (an id, `{ id }`, or a list of them); undefined when absent. */
function mediaIdsOf(value: unknown): number[] | undefined {
  if (value === undefined) return undefined;
  const list = value === null ? [] : Array.isArray(value) ? value : [value];
  return list
    .map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : item))
    .map((id) => Number(id))
    .filter((id) => Number.isInteger(id) && id > 0);
}
