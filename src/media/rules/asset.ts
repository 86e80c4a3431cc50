import type { Core } from '@strapi/strapi';
import { relationChange } from '../../plugins/editorial-workflow/server/src/utils/relation-input';
import { monthKey } from '../../utils/vietnam-time';
import { assertUnitKept, dataOf, documentIdOf, invalid, setData, type DocumentMiddleware } from '../../document-rules/shared';
import { MEDIA_ASSET } from '../../plugins/editorial-workflow/shared/uids';

/**
 * The rules of an archive entry on every path: it belongs to a unit (the monthly media quota counts
 * per unit); a photo with children in it is never public before the parents' consent is confirmed;
 * and the month it was sent is stamped by the server, for the monthly counts.
 */
export const mediaAssetRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== MEDIA_ASSET || !['create', 'update', 'clone'].includes(ctx.action)) return next();

    const { sentMonth: _derived, ...data } = dataOf(ctx) ?? {};
    assertUnitKept(ctx.action, relationChange(data.unit), 'Tư liệu');

    const documentId = ctx.action === 'create' ? undefined : documentIdOf(ctx);
    const stored = documentId
      ? await strapi.db.query(MEDIA_ASSET).findOne({ select: ['public', 'containsMinors', 'consentConfirmed'], where: { documentId } })
      : undefined;
    const pick = (field: 'public' | 'containsMinors' | 'consentConfirmed', fallback: boolean): boolean =>
      typeof data[field] === 'boolean' ? (data[field] as boolean) : (stored?.[field] ?? fallback);
    const willBePublic = pick('public', false);
    const containsMinors = pick('containsMinors', true);
    const consentConfirmed = pick('consentConfirmed', false);

    if (willBePublic && containsMinors && !consentConfirmed) {
      throw invalid(
        data.public === true ? 'public' : 'consentConfirmed',
        data.public === true
          ? 'Tư liệu có hình ảnh trẻ em chỉ được công khai khi đã xác nhận sự đồng ý của cha mẹ, người giám hộ: hãy đánh dấu "Đã có sự đồng ý" trước (consent must be confirmed before a photo of children is made public).'
          : 'Tư liệu này đang công khai và có hình ảnh trẻ em: hãy bỏ công khai trước khi bỏ xác nhận sự đồng ý (make it private first).'
      );
    }

    setData(ctx, ctx.action === 'create' || ctx.action === 'clone' ? { ...data, sentMonth: monthKey(new Date()) } : data);
    return next();
  };
