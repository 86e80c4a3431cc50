import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { relationChange } from '../utils/relation-input';
import { dataOf, documentIdOf, setData, type DocumentMiddleware } from './context';
import { UNIT_SCOPED } from './scope-unit-copy';
import { ARTICLE } from '../../../shared/uids';

type AdminRequestState = { user?: { id: number }; userAbility?: unknown; auth?: { strategy?: { name?: string } } };
type ReadChecker = { cannot: { read(entity: Record<string, unknown>): boolean } };
type SourceRow = { id: number; documentId: string; unit?: { id: number } | null };

/** The refusal of a clone whose source the person may not read: the same 404 as a source that does not exist, naming nothing of it. */
const notFound = () => new errors.NotFoundError('Không tìm thấy tài liệu gốc để nhân bản, hoặc tài liệu không thuộc phạm vi của bạn.');

/**
 * A clone reads its source: the content-manager's clone checks only the new document's rights, so
 * an author could copy another unit's draft or private photo under their own unit and read it back.
 * For an admin request, the person must be able to read the source as the content-manager's own
 * read rights see it (the `own-unit` and `item-in-scope` conditions of their role; the publisher and
 * the leadership read everything). Code and seeds are not scoped here.
 *
 * The copy's unit is then named explicitly (the one given, else the source's): every rule after
 * this one treats the clone as a new document of that unit, so the hidden unit copy, the slug, the
 * report's filing key and time and the asset's counted month are recomputed, not copied.
 */
export const cloneScope =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.action !== 'clone' || !UNIT_SCOPED.includes(ctx.uid)) return next();
    const sourceId = documentIdOf(ctx);
    const source: SourceRow | null = sourceId
      ? await strapi.db.query(ctx.uid).findOne({
          where: { documentId: sourceId, ...(ctx.uid === ARTICLE ? { publishedAt: null } : {}) },
          select: ['id', 'documentId'],
          populate: { unit: { select: ['id'] } },
        })
      : null;
    if (!source) throw notFound();

    const state = strapi.requestContext.get()?.state as AdminRequestState | undefined;
    if (state?.user && state.userAbility && state.auth?.strategy?.name === 'admin') {
      const checker: ReadChecker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility: state.userAbility, model: ctx.uid });
      // The source as the conditions see it; its unit read from the relation, not from the copy kept beside it.
      if (checker.cannot.read({ id: source.id, documentId: source.documentId, scopeUnitId: source.unit?.id ?? null })) throw notFound();
    }

    const data = dataOf(ctx) ?? {};
    if (relationChange(data.unit, 'unit').kind === 'unchanged' && source.unit) setData(ctx, { ...data, unit: { connect: [{ id: source.unit.id }] } });
    return next();
  };
