import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RESPONSE_KIND, laneOf } from '../../../shared/state-machine';
import { ITEM_KIND_LABELS } from '../../../shared/item-field-labels';
import { getService } from '../get-service';
import { officeUnitIdOf } from '../concerns/office';
import { itemBeforeEdit } from './item-before-edit';
import { dataOf, documentIdOf, type DocumentMiddleware } from './context';
import { ARTICLE } from '../../../shared/uids';

const RESPONSE_LABEL = ITEM_KIND_LABELS[RESPONSE_KIND];

const invalidKind = (message: string) => new errors.ValidationError(message, { errors: [{ path: ['kind'], message, name: 'ValidationError' }] });

/**
 * The official response (kind `response`) travels its own lane, without the department round
 * (shared/state-machine.ts), so the kind is guarded on every write path, for every caller:
 * - only the Office's items are of that kind (a unit setting it would skip its department);
 * - once an item has been submitted, its kind neither becomes nor stops being `response`: the lane
 *   is fixed by the first submission (laneOf), and the form must not say otherwise.
 * The submission checks the Office again (concern-links/response-ready.ts): this rule gives the
 * early message in the form.
 */
export const responseKind =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE || !['create', 'update', 'clone'].includes(ctx.action)) return next();
    const data = dataOf(ctx) ?? {};
    const givenKind = typeof data.kind === 'string' ? data.kind : undefined;
    const givenUnit = await getService(strapi, 'unit-scope').unitIdOf(data.unit);

    let kind = givenKind ?? 'news';
    let unitId = givenUnit ?? null;
    if (ctx.action === 'update') {
      const loaded = await itemBeforeEdit(strapi, ctx);
      if (!loaded) return next();
      const { before, record } = loaded;
      kind = givenKind ?? before.kind;
      unitId = givenUnit === undefined ? before.unitId : givenUnit;
      if (record.firstSubmittedAt && laneOf(kind, null) !== laneOf(before.kind, record.firstSubmittedKind)) {
        throw invalidKind(`Tin bài đã gửi duyệt không đổi được sang hoặc từ loại "${RESPONSE_LABEL}": quy trình duyệt của nó đã định từ lần gửi đầu.`);
      }
    } else if (ctx.action === 'clone') {
      const source = documentIdOf(ctx);
      const draft = source ? await getService(strapi, 'item-content').loadDraft(source) : null;
      kind = givenKind ?? draft?.kind ?? kind;
      unitId = givenUnit === undefined ? (draft?.unitId ?? null) : givenUnit;
    }
    if (kind !== RESPONSE_KIND) return next();
    const office = await officeUnitIdOf(strapi);
    if (office === null || unitId !== office) {
      throw invalidKind(`Loại "${RESPONSE_LABEL}" chỉ dành cho tin bài của Văn phòng Sở: hãy chọn loại tin khác.`);
    }
    return next();
  };
