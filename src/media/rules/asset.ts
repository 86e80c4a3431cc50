import type { Core } from '@strapi/strapi';
import { relationChange } from '../../plugins/editorial-workflow/server/src/utils/relation-input';
import { monthKey } from '../../utils/vietnam-time';
import { storedBoolean } from '../../document-rules/boolean-input';
import { assertUnitKept, dataOf, documentIdOf, invalid, setData, type DocumentMiddleware } from '../../document-rules/shared';
import { MEDIA_ASSET } from '../../plugins/editorial-workflow/shared/uids';
import { getService } from '../../plugins/editorial-workflow/server/src/get-service';

type ConsentField = 'public' | 'containsMinors' | 'consentConfirmed';
type StoredAsset = { public: boolean; containsMinors: boolean; consentConfirmed: boolean; sentMonth: string | null; file?: { id: number } | null };

/**
 * The rules of an archive entry on every path: it belongs to a unit (the monthly media quota counts
 * per unit); a photo with children in it is never public before the parents' consent is confirmed;
 * and the month it was sent is stamped by the server, for the monthly counts.
 *
 * A clone is a copy of a file already in the archive, not a new filing: it starts private and
 * without the consent of its source (a consent is given for one use, by the unit that files it),
 * and it is counted in the monthly media figures only once it carries a file of its own (given in
 * the clone or in a later edit), from that month on.
 */
export const mediaAssetRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== MEDIA_ASSET || !['create', 'update', 'clone'].includes(ctx.action)) return next();

    const { sentMonth: _derived, ...data } = dataOf(ctx) ?? {};
    assertUnitKept(ctx.action, relationChange(data.unit, 'unit'), 'Tư liệu');

    const documentId = ctx.action === 'create' ? undefined : documentIdOf(ctx);
    // For an update, the entry itself; for a clone, its source.
    const stored: StoredAsset | undefined = documentId
      ? await strapi.db.query(MEDIA_ASSET).findOne({
          select: ['public', 'containsMinors', 'consentConfirmed', 'sentMonth'],
          where: { documentId },
          populate: { file: { select: ['id'] } },
        })
      : undefined;
    if (ctx.action === 'clone') Object.assign(data, { public: false, consentConfirmed: false });

    // The value Strapi will store (1 and "true" are true), not only what is typed as a boolean.
    const pick = (field: ConsentField, fallback: boolean): boolean => storedBoolean(field, data[field]) ?? stored?.[field] ?? fallback;
    const willBePublic = pick('public', false);
    const containsMinors = pick('containsMinors', true);
    const consentConfirmed = pick('consentConfirmed', false);
    const askedPublic = storedBoolean('public', data.public) === true;
    // Consent withdrawn (or children newly marked without it): the photo may no longer be shown anywhere.
    const withdrawn = ctx.action === 'update' && stored !== undefined && showable(stored.containsMinors, stored.consentConfirmed) && !showable(containsMinors, consentConfirmed);

    if (willBePublic && containsMinors && !consentConfirmed) {
      if (askedPublic || !withdrawn) {
        throw invalid(
          'public',
          'Tư liệu có hình ảnh trẻ em chỉ được công khai khi đã xác nhận sự đồng ý của cha mẹ, người giám hộ: hãy đánh dấu "Đã có sự đồng ý" trước (consent must be confirmed before a photo of children is made public).'
        );
      }
      // Withdrawing consent takes the photo out of the public archive at once.
      data.public = false;
    }

    setData(ctx, { ...data, ...sentMonthChange(ctx.action, data.file, stored) });
    const result = await next();
    if (withdrawn) {
      // And every published item showing it comes down (the workflow's takedown, recorded and told).
      const fileId = fileIdOf(data.file) ?? stored?.file?.id ?? null;
      const title = String(data.title ?? (await strapi.db.query(MEDIA_ASSET).findOne({ where: { documentId }, select: ['title'] }))?.title ?? '');
      if (fileId) await getService(strapi, 'consent-takedown').takeDownShowing(fileId, title);
    }
    return result;
  };

/** A photo may be shown when it shows no children, or their parents' consent is confirmed (consent.ts). */
const showable = (containsMinors: boolean, consentConfirmed: boolean) => !containsMinors || consentConfirmed;

/** The `sentMonth` a write stamps: a new filing is counted in this month; a copy of a file already filed is not. */
function sentMonthChange(action: string, fileInput: unknown, stored: StoredAsset | undefined): { sentMonth?: string | null } {
  const now = monthKey(new Date());
  if (action === 'create') return { sentMonth: now };
  const given = fileIdOf(fileInput);
  const ownFile = given !== undefined && given !== null && given !== (stored?.file?.id ?? null);
  if (action === 'clone') return { sentMonth: ownFile ? now : null };
  // An uncounted clone that gets a file of its own becomes a filing of this month.
  if (stored && stored.sentMonth === null && ownFile) return { sentMonth: now };
  return {};
}

/** The upload-file id a `file` value in Document Service data names: undefined when absent, null when cleared. */
function fileIdOf(value: unknown): number | null | undefined {
  if (value === undefined) return undefined;
  const first = Array.isArray(value) ? value[0] : value;
  if (first === null || first === undefined) return null;
  const id = Number(first && typeof first === 'object' ? (first as { id?: unknown }).id : first);
  return Number.isInteger(id) && id > 0 ? id : null;
}
