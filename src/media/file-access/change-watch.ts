import type { Core } from '@strapi/strapi';
import { ARTICLE, CONSULTATION, MEDIA_ASSET } from '../../plugins/editorial-workflow/shared/uids';
import { FILE, type PublicFileIndex } from './public-files';
import { withoutSignatures } from './signed-urls';

type Event = {
  model: { uid: string };
  params: { where?: unknown; data?: unknown };
  result?: unknown;
  state: Record<string, unknown>;
};

/**
 * Keeps the public paths in step with every write, at the database layer: publish, unpublish,
 * discard and delete of an item (the Document Service writes the published row through the Query
 * Engine), an asset's flags or file, and a file replaced or deleted in the media library. Code
 * that writes straight through `strapi.db.query` is seen too. The paths change in the write's own
 * transaction, so what is online and what is reachable commit together.
 */
export function watchFileUse(strapi: Core.Strapi, index: PublicFileIndex): void {
  const kindOf = (uid: string) => (uid === ARTICLE ? 'article' : 'asset') as 'article' | 'asset';
  const documentIdsWhere = async (uid: string, where: unknown): Promise<string[]> => {
    if (!where) return [];
    const rows: Array<{ documentId: string }> = await strapi.db.query(uid as never).findMany({ select: ['documentId'], where: where as never });
    return rows.map((row) => row.documentId);
  };
  const documentIdOf = async (uid: string, result: unknown): Promise<string[]> => {
    const row = result as { id?: number; documentId?: string } | null | undefined;
    if (row?.documentId) return [row.documentId];
    if (typeof row?.id === 'number') return documentIdsWhere(uid, { id: row.id });
    return [];
  };
  const isSource = (uid: string) => uid === ARTICLE || uid === MEDIA_ASSET;
  const stripBody = (data: unknown) => {
    if (data && typeof data === 'object' && 'body' in data) {
      const record = data as { body: unknown };
      record.body = withoutSignatures(record.body);
    }
  };

  strapi.db.lifecycles.subscribe({
    models: [ARTICLE, MEDIA_ASSET, FILE],

    async beforeCreate(event: Event) {
      if (event.model.uid === ARTICLE) stripBody(event.params.data);
    },
    async beforeCreateMany(event: Event) {
      if (event.model.uid === ARTICLE) (Array.isArray(event.params.data) ? event.params.data : [event.params.data]).forEach(stripBody);
    },
    async beforeUpdate(event: Event) {
      if (event.model.uid === ARTICLE) stripBody(event.params.data);
    },
    async beforeUpdateMany(event: Event) {
      if (event.model.uid === ARTICLE) stripBody(event.params.data);
      if (isSource(event.model.uid)) event.state.documentIds = await documentIdsWhere(event.model.uid, event.params.where);
    },
    async beforeDeleteMany(event: Event) {
      const uid = event.model.uid;
      if (isSource(uid)) event.state.documentIds = await documentIdsWhere(uid, event.params.where);
      else event.state.files = await strapi.db.query(FILE).findMany({ select: ['url', 'formats'], where: event.params.where as never });
    },

    async afterCreate(event: Event) {
      await changed(event);
    },
    async afterUpdate(event: Event) {
      await changed(event);
    },
    async afterDelete(event: Event) {
      const uid = event.model.uid;
      if (isSource(uid)) await index.resync(kindOf(uid), await documentIdOf(uid, event.result));
      else if (event.result) await index.forgetFile(event.result as object);
    },
    async afterCreateMany(event: Event) {
      const uid = event.model.uid;
      const ids = (event.result as { ids?: number[] } | undefined)?.ids ?? [];
      if (isSource(uid)) await index.resync(kindOf(uid), await documentIdsWhere(uid, { id: { $in: ids } }));
    },
    async afterUpdateMany(event: Event) {
      const uid = event.model.uid;
      if (isSource(uid)) await index.resync(kindOf(uid), (event.state.documentIds as string[]) ?? []);
    },
    async afterDeleteMany(event: Event) {
      const uid = event.model.uid;
      if (isSource(uid)) await index.resync(kindOf(uid), (event.state.documentIds as string[]) ?? []);
      else for (const file of (event.state.files as object[]) ?? []) await index.forgetFile(file);
    },
  } as never);

  // A consultation's draft (issue 22) is public with its published item (public-files.ts): a draft
  // set or changed recomputes the item's public files. The settings are written one row at a time.
  const draftChanged = async (event: Event) => {
    const itemDocumentId = (event.result as { itemDocumentId?: unknown } | undefined)?.itemDocumentId;
    if (typeof itemDocumentId === 'string') await index.resync('article', [itemDocumentId]);
  };
  strapi.db.lifecycles.subscribe({ models: [CONSULTATION], afterCreate: draftChanged, afterUpdate: draftChanged } as never);

  async function changed(event: Event): Promise<void> {
    const uid = event.model.uid;
    if (isSource(uid)) await index.resync(kindOf(uid), await documentIdOf(uid, event.result));
    else if (event.result) await index.resyncFile(event.result as { id?: unknown; url?: unknown });
  }
}
