import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../document-rules/shared';
import { CHANGE_CHANNEL } from './change-listener';
import type { ResponseCache } from './response-cache';
import { syncSearchEntry, type Sql } from './search-index';
import { ARTICLE, MEDIA_ASSET, TOPIC, UNIT, type PublicTables } from './tables';

/** Writes to an item that change what the public sees; a draft-only create, update or clone does not. */
const ARTICLE_PUBLIC_ACTIONS = ['publish', 'unpublish', 'discardDraft', 'delete'];
const READ_ACTIONS = ['findMany', 'findFirst', 'findOne', 'count'];
/** Types whose rows show in public responses (a unit's name, a topic's title, the media archive). */
const SHOWN_TYPES = [UNIT, TOPIC, MEDIA_ASSET];

export interface ChangeAnnouncer {
  /**
   * Public content changed in the current transaction (if any): drop this process's cache now and
   * again once the transaction commits, and tell the other processes (NOTIFY, delivered at commit).
   */
  announce(): Promise<void>;
}

export function changeAnnouncer(strapi: Core.Strapi, cache: ResponseCache, usesPostgres: boolean): ChangeAnnouncer {
  const notify = (sql: Sql) => (usesPostgres ? sql.raw('SELECT pg_notify(?, ?)', [CHANGE_CHANNEL, String(process.pid)]) : undefined);
  return {
    async announce() {
      cache.invalidate();
      if (strapi.db.inTransaction()) {
        // Joins the open transaction: the callback runs when the outermost one commits. Until then
        // a concurrent request may re-cache the old content; the second invalidation drops it.
        await strapi.db.transaction(async ({ trx, onCommit }) => {
          onCommit(() => cache.invalidate());
          await notify(trx as unknown as Sql);
        });
      } else {
        await notify(strapi.db.connection);
      }
    },
  };
}

/**
 * The Document Service middleware that keeps the public side in step with every path that writes:
 * the admin panel, the content-manager API, the workflow's transitions and code. For items it
 * wraps the write in a transaction (or joins the caller's, e.g. the workflow's) so that the search
 * index entry changes with the content, and announces the change.
 */
export function publicContentMiddleware(
  strapi: Core.Strapi,
  announcer: ChangeAnnouncer,
  tables: () => PublicTables | undefined
): DocumentMiddleware {
  return async (ctx, next) => {
    const params = (ctx.params ?? {}) as { documentId?: string; status?: string };
    const isArticleChange =
      ctx.uid === ARTICLE &&
      (ARTICLE_PUBLIC_ACTIONS.includes(ctx.action) ||
        (['create', 'update'].includes(ctx.action) && params.status === 'published'));
    const isShownChange = SHOWN_TYPES.includes(ctx.uid) && !READ_ACTIONS.includes(ctx.action);
    if (!isArticleChange && !isShownChange) return next();

    return strapi.db.transaction(async ({ trx }) => {
      const result = await next();
      const ready = tables();
      if (isArticleChange && ready) {
        const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
        if (documentId) await syncSearchEntry(trx as unknown as Sql, ready, documentId);
      }
      await announcer.announce();
      return result;
    });
  };
}

/** Upload files are written by the upload plugin with the Query Engine, not the Document Service. */
export function watchUploadFiles(strapi: Core.Strapi, announcer: ChangeAnnouncer): void {
  const announce = () => announcer.announce();
  strapi.db.lifecycles.subscribe({
    models: ['plugin::upload.file'],
    afterUpdate: announce,
    afterUpdateMany: announce,
    afterDelete: announce,
    afterDeleteMany: announce,
  });
}
