import type { Core } from '@strapi/strapi';
import { ITEM_CHANNEL_FIELDS } from '../../../shared/contracts/channels';
import { getService } from '../get-service';
import { dataOf, setData, type DocumentMiddleware } from './context';
import { ARTICLE, UNIT } from '../../../shared/uids';

const PRESS = ITEM_CHANNEL_FIELDS.press;

/** The unit kind whose items are the associations' monthly works (Chi hội Mỹ thuật, Lịch sử, Văn học). */
export const ASSOCIATION_KIND = 'association';

/**
 * The associations' monthly works go to the press by default (plan III.4: "đăng tải trên Website
 * ngành và trên các báo, đài địa phương"): an item created for a unit of kind `association` is
 * marked for the press. Only at creation: the content-manager's form sends every field of a new
 * item (the press box unticked by default), so the first save marks it, and the author unticks it
 * afterwards when a work is not for the press; later edits keep what they choose. A clone keeps
 * its source's channels.
 */
export const associationPress =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE || ctx.action !== 'create') return next();
    const data = dataOf(ctx) ?? {};
    if (data[PRESS] === true) return next();
    const unitId = await getService(strapi, 'unit-scope').unitIdOf(data.unit);
    if (typeof unitId !== 'number') return next();
    const unit: { kind?: string } | null = await strapi.db.query(UNIT).findOne({ where: { id: unitId }, select: ['kind'] });
    if (unit?.kind === ASSOCIATION_KIND) setData(ctx, { ...data, [PRESS]: true });
    return next();
  };
