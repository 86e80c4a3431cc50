import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ScriptItemView } from '../../../shared/contracts/comm-scripts';
import { ARTICLE, ITEM_STATE, SCRIPT_ITEM } from '../../../shared/uids';
import { canSee } from '../services/membership';
import type { Actor } from '../services/item-state';
import { getService } from '../get-service';
import { scriptItemRowOf } from './content-type';

interface LinkRow {
  itemDocumentId: string;
  linkedByName: string;
  createdAt: Date | string;
}

interface ArticleRow {
  documentId: string;
  title: string;
  kind: string;
  unit?: { id: number; name: string } | null;
}

/** PostgreSQL's unique_violation, or SQLite's UNIQUE constraint failure. */
function isUniqueViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || (typeof message === 'string' && /unique/i.test(message));
}

const ALREADY = 'Tin bài này đã được gắn với kịch bản rồi.';

/**
 * Items linked to a communication script. The script's scope is the scripts service's own (404
 * outside); whoever sees the script links an item they see (the item's own scope, 404 outside); each
 * linked item is listed only to those who may see it, except once online, when everyone may.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const links = () => strapi.db.query(SCRIPT_ITEM);
  const scripts = () => getService(strapi, 'comm-scripts');

  return {
    async itemsOf(userId: number, manages: boolean, scriptId: number): Promise<ScriptItemView[]> {
      await scripts().get(userId, manages, scriptId);
      const rows = (await links().findMany({ where: { scriptId }, orderBy: [{ id: 'asc' }] })) as LinkRow[];
      if (rows.length === 0) return [];
      const documentIds = rows.map((row) => row.itemDocumentId);
      const [articles, records, standing] = await Promise.all([
        strapi.db.query(ARTICLE).findMany({
          where: { documentId: { $in: documentIds }, publishedAt: null },
          select: ['documentId', 'title', 'kind'],
          populate: { unit: { select: ['id', 'name'] } },
        }) as Promise<ArticleRow[]>,
        strapi.db.query(ITEM_STATE).findMany({
          where: { itemDocumentId: { $in: documentIds } },
          select: ['itemDocumentId', 'departmentId', 'firstSubmittedAt', 'firstPublishedAt'],
        }) as Promise<Array<{ itemDocumentId: string; departmentId: number | null; firstSubmittedAt: unknown; firstPublishedAt: unknown }>>,
        getService(strapi, 'membership').standingOf(userId),
      ]);
      const articleById = new Map(articles.map((row) => [row.documentId, row]));
      const recordById = new Map(records.map((row) => [row.itemDocumentId, row]));
      const views: ScriptItemView[] = [];
      for (const row of rows) {
        const article = articleById.get(row.itemDocumentId);
        // An item deleted since leaves its link behind, unseen.
        if (!article) continue;
        const record = recordById.get(row.itemDocumentId);
        const visible =
          Boolean(record?.firstPublishedAt) ||
          canSee(standing, { unitId: article.unit?.id ?? null, departmentId: record?.departmentId ?? null, submitted: Boolean(record?.firstSubmittedAt) });
        if (!visible) continue;
        views.push({
          itemDocumentId: row.itemDocumentId,
          title: article.title,
          kind: article.kind,
          unitName: article.unit?.name ?? null,
          linkedBy: row.linkedByName,
          linkedAt: new Date(row.createdAt).toISOString(),
        });
      }
      return views;
    },

    /** Links an item the person sees to a script they see; linking the same item twice is a 400. */
    async link(actor: Actor, manages: boolean, scriptId: number, itemDocumentId: string): Promise<ScriptItemView[]> {
      await scripts().get(actor.id, manages, scriptId);
      await getService(strapi, 'item-view').loadInScope(itemDocumentId, actor.id);
      const data = scriptItemRowOf(scriptId, itemDocumentId, actor);
      if (await links().findOne({ where: { pairKey: data.pairKey }, select: ['id'] })) throw new errors.ValidationError(ALREADY);
      await links()
        .create({ data })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? new errors.ValidationError(ALREADY) : error;
        });
      return this.itemsOf(actor.id, manages, scriptId);
    },
  };
};
