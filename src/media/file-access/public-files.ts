import type { Core } from '@strapi/strapi';
import { PUBLIC_ASSET_FILTERS } from '../consent';
import { ARTICLE, CONSULTATION, MEDIA_ASSET } from '../../plugins/editorial-workflow/shared/uids';
import { storedUploadPath } from './upload-path';

/**
 * Which upload paths the public may fetch: one row per (source, path), where a source is a
 * published item (`article:<documentId>`) or a public media asset (`asset:<documentId>`) and the
 * paths are every URL of the files it shows (the file, its thumbnail and resized formats). A file
 * is public while any source lists it. The table is kept in step by change-watch.ts on every
 * write of an item, an asset or a file, so a request is answered by one index lookup.
 *
 * This is the decision alone ("is this path public?"); serving the bytes is serving.ts's job, so
 * an object-storage provider can reuse the decision and keep its own serving.
 */
export const PUBLIC_PATHS_TABLE = 'file_access_public_paths';
export const FILE = 'plugin::upload.file';

type Knex = Core.Strapi['db']['connection'];
type SourceKind = 'article' | 'asset';

interface FileRow {
  url?: unknown;
  formats?: unknown;
}

export interface PublicFileIndex {
  /** Creates the table if it is missing; true when it was created (and so must be filled). */
  ensureTable(): Promise<boolean>;
  isPublic(path: string): Promise<boolean>;
  /** Recomputes what these items or assets make public, from their rows as they are now. */
  resync(kind: SourceKind, documentIds: string[]): Promise<void>;
  /** A file's bytes, formats or links changed: recomputes every source that uses it. */
  resyncFile(file: { id?: unknown; url?: unknown }): Promise<void>;
  /** A file is gone: its paths are public no more. */
  forgetFile(file: FileRow): Promise<void>;
  /** Fills the table from every published item and public asset; returns how many paths are public. */
  rebuild(): Promise<number>;
}

/** Every URL path of an upload file: the file and each of its formats. */
export function pathsOfFile(file: unknown): string[] {
  if (!file || typeof file !== 'object') return [];
  const row = file as FileRow;
  const paths = new Set<string>();
  const main = storedUploadPath(row.url);
  if (main) paths.add(main);
  let formats = row.formats;
  if (typeof formats === 'string') {
    try {
      formats = JSON.parse(formats);
    } catch {
      formats = null;
    }
  }
  if (formats && typeof formats === 'object') {
    for (const format of Object.values(formats as Record<string, FileRow | null>)) {
      const path = storedUploadPath(format?.url);
      if (path) paths.add(path);
    }
  }
  return [...paths];
}

/** The upload paths of the images inside an item's body (blocks store a copy of the file, with its URL). */
export function bodyImagePaths(body: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, depth: number) => {
    if (depth > 64 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    const node = value as { type?: unknown; image?: FileRow; children?: unknown };
    if (node.type === 'image') {
      const path = storedUploadPath(node.image?.url);
      if (path) found.add(path);
    }
    walk(node.children, depth + 1);
  };
  let blocks = body;
  if (typeof blocks === 'string') {
    try {
      blocks = JSON.parse(blocks);
    } catch {
      return [];
    }
  }
  walk(blocks, 0);
  return [...found];
}

const sourceKey = (kind: SourceKind, documentId: string) => `${kind}:${documentId}`;
const chunks = <T>(list: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};

export interface PublicFileIndexOptions {
  /**
   * Told, inside the write's transaction, every path whose publicity may have changed (object
   * storage keeps the bucket's public copies in step from it: src/media/storage).
   */
  onPathsChanged?: (paths: string[]) => Promise<void>;
}

export function publicFileIndex(strapi: Core.Strapi, { onPathsChanged }: PublicFileIndexOptions = {}): PublicFileIndex {
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  const schema = () => (isPostgres() ? strapi.db.getSchemaName() || undefined : undefined);
  const inSchema = (sql: Knex, name: string) => {
    const query = sql(name);
    const owner = schema();
    return owner ? query.withSchema(owner) : query;
  };
  const table = (sql: Knex) => inSchema(sql, PUBLIC_PATHS_TABLE);
  const qualified = () => (schema() ? `"${schema()}"."${PUBLIC_PATHS_TABLE}"` : `"${PUBLIC_PATHS_TABLE}"`);
  /** Joins the caller's transaction (a publish, an asset update) so the paths change with the content. */
  const write = async <T>(work: (sql: Knex) => Promise<T>): Promise<T> =>
    (await strapi.db.transaction(async ({ trx }) => work(trx as unknown as Knex))) as T;

  const morphLinks = () => {
    const related = (strapi.db.metadata.get(FILE as never) as unknown as {
      attributes: Record<string, { joinTable?: { name: string; joinColumn: { name: string }; morphColumn: { idColumn: { name: string }; typeColumn: { name: string } } } }>;
    }).attributes.related?.joinTable;
    return {
      name: related?.name ?? 'files_related_mph',
      file: related?.joinColumn.name ?? 'file_id',
      id: related?.morphColumn.idColumn.name ?? 'related_id',
      type: related?.morphColumn.typeColumn.name ?? 'related_type',
    };
  };

  /** The paths each source of `kind` makes public now, by documentId (absent: none). */
  async function currentPaths(kind: SourceKind, documentIds: string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    const add = (documentId: string, paths: string[]) => {
      const set = out.get(documentId) ?? new Set<string>();
      paths.forEach((path) => set.add(path));
      out.set(documentId, set);
    };
    if (kind === 'asset') {
      const rows: Array<{ documentId: string; file?: unknown }> = await strapi.db.query(MEDIA_ASSET).findMany({
        select: ['documentId'],
        where: { $and: [{ documentId: { $in: documentIds } }, PUBLIC_ASSET_FILTERS] },
        populate: { file: { select: ['url', 'formats'] } },
      });
      for (const row of rows) add(row.documentId, pathsOfFile(row.file));
      return out;
    }
    // Only the published version counts: a draft's new cover stays private until it is published.
    // Its documents too (issue 20): a directive's PDF is a public download once the item is published.
    const rows: Array<{ documentId: string; body?: unknown; cover?: unknown; gallery?: unknown[]; documents?: unknown[] }> = await strapi.db
      .query(ARTICLE)
      .findMany({
        select: ['documentId', 'body'],
        where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
        populate: { cover: { select: ['url', 'formats'] }, gallery: { select: ['url', 'formats'] }, documents: { select: ['url', 'formats'] } },
      });
    const inBody = new Map<string, string[]>();
    for (const row of rows) {
      add(row.documentId, [...pathsOfFile(row.cover), ...[...(row.gallery ?? []), ...(row.documents ?? [])].flatMap(pathsOfFile)]);
      inBody.set(row.documentId, bodyImagePaths(row.body));
    }
    // A published consultation's draft (issue 22) is a public download like its documents: the
    // draft is kept beside the item (ew_consultations), as a file id.
    const published = rows.map((row) => row.documentId);
    const drafts: Array<{ itemDocumentId: string; draftFileId: number | null }> = published.length
      ? await strapi.db.query(CONSULTATION).findMany({ select: ['itemDocumentId', 'draftFileId'], where: { itemDocumentId: { $in: published }, draftFileId: { $notNull: true } } })
      : [];
    for (const draft of drafts) {
      const file = await strapi.db.query(FILE).findOne({ select: ['url', 'formats'], where: { id: draft.draftFileId } });
      add(draft.itemDocumentId, pathsOfFile(file));
    }
    // An image in the body is made public only as the stored file it names: its formats are read
    // from the file's row, never from the copy in the body.
    const named = [...new Set([...inBody.values()].flat())];
    const files = new Map<string, string[]>();
    for (const batch of chunks(named, 200)) {
      const rows: FileRow[] = await strapi.db.query(FILE).findMany({ select: ['url', 'formats'], where: { url: { $in: batch } } });
      for (const file of rows) files.set(file.url as string, pathsOfFile(file));
    }
    for (const [documentId, paths] of inBody) add(documentId, paths.flatMap((path) => files.get(path) ?? []));
    return out;
  }

  async function resync(kind: SourceKind, documentIds: string[]): Promise<void> {
    const ids = [...new Set(documentIds.filter((id): id is string => typeof id === 'string' && id.length > 0))];
    if (ids.length === 0) return;
    const paths = await currentPaths(kind, ids);
    await write(async (sql) => {
      const before: string[] = [];
      for (const batch of chunks(ids, 200)) {
        const sources = batch.map((id) => sourceKey(kind, id));
        if (onPathsChanged) before.push(...(await table(sql).select('path').whereIn('source', sources)).map((row: { path: string }) => row.path));
        await table(sql).whereIn('source', sources).delete();
      }
      const rows = [...paths].flatMap(([documentId, set]) => [...set].map((path) => ({ source: sourceKey(kind, documentId), path })));
      // Two writers of one source at once (PostgreSQL) may both insert a path: the second one waits, then does nothing.
      for (const batch of chunks(rows, 200)) await table(sql).insert(batch).onConflict(['source', 'path']).ignore();
      if (onPathsChanged) await onPathsChanged([...before, ...rows.map((row) => row.path)]);
    });
  }

  async function sourcesOfFile(file: { id?: unknown; url?: unknown }): Promise<Record<SourceKind, string[]>> {
    const found: Record<SourceKind, string[]> = { article: [], asset: [] };
    const path = storedUploadPath(file.url);
    await write(async (trx) => {
      if (typeof file.id === 'number') {
        const links = morphLinks();
        const rows: Array<{ id: number; type: string }> = await inSchema(trx, links.name)
          .select({ id: links.id, type: links.type })
          .where(links.file, file.id);
        for (const [kind, uid] of [['article', ARTICLE], ['asset', MEDIA_ASSET]] as const) {
          const ids = rows.filter((row) => row.type === uid).map((row) => row.id);
          if (ids.length === 0) continue;
          const docs: Array<{ documentId: string }> = await strapi.db.query(uid).findMany({ select: ['documentId'], where: { id: { $in: ids } } });
          found[kind].push(...docs.map((doc) => doc.documentId));
        }
      }
      if (path) {
        // Items that show it in their body (no link row says so).
        const rows: Array<{ source: string }> = await table(trx).distinct('source').where('path', path);
        for (const { source } of rows) {
          const [kind, documentId] = source.split(/:(.*)/s) as [SourceKind, string];
          if (kind === 'article' || kind === 'asset') found[kind].push(documentId);
        }
      }
    });
    return found;
  }

  return {
    async ensureTable() {
      const sql = strapi.db.connection;
      const create = async (trx: Knex) => {
        const owner = schema();
        const exists = await (owner ? trx.schema.withSchema(owner) : trx.schema).hasTable(PUBLIC_PATHS_TABLE);
        if (exists) return false;
        await trx.raw(
          `CREATE TABLE IF NOT EXISTS ${qualified()} (source varchar(300) NOT NULL, path varchar(1024) NOT NULL, PRIMARY KEY (source, path))`
        );
        await trx.raw(`CREATE INDEX IF NOT EXISTS ${PUBLIC_PATHS_TABLE}_path ON ${qualified()} (path)`);
        return true;
      };
      if (!isPostgres()) return create(sql);
      // Several processes may start at once: one creates the table, the others wait and find it.
      return sql.transaction(async (trx) => {
        await trx.raw('SELECT pg_advisory_xact_lock(?)', [0x5ddf11e5]);
        return create(trx as unknown as Knex);
      });
    },

    async isPublic(path) {
      const row = await table(strapi.db.connection).select('path').where('path', path).first();
      return Boolean(row);
    },

    resync,

    async resyncFile(file) {
      const sources = await sourcesOfFile(file);
      await resync('article', sources.article);
      await resync('asset', sources.asset);
    },

    async forgetFile(file) {
      const paths = pathsOfFile(file);
      if (paths.length === 0) return;
      await write(async (sql) => {
        for (const batch of chunks(paths, 200)) await table(sql).whereIn('path', batch).delete();
        if (onPathsChanged) await onPathsChanged(paths);
      });
    },

    async rebuild() {
      await write(async (sql) => {
        if (onPathsChanged) await onPathsChanged((await table(sql).distinct('path')).map((row: { path: string }) => row.path));
        await table(sql).delete();
      });
      const published: Array<{ documentId: string }> = await strapi.db.query(ARTICLE).findMany({
        select: ['documentId'],
        where: { publishedAt: { $notNull: true } },
      });
      const assets: Array<{ documentId: string }> = await strapi.db.query(MEDIA_ASSET).findMany({
        select: ['documentId'],
        where: PUBLIC_ASSET_FILTERS,
      });
      for (const batch of chunks([...new Set(published.map((row) => row.documentId))], 100)) await resync('article', batch);
      for (const batch of chunks(assets.map((row) => row.documentId), 100)) await resync('asset', batch);
      const counted = (await table(strapi.db.connection).count({ total: '*' }).first()) as { total: number | string } | undefined;
      return Number(counted?.total ?? 0);
    },
  };
}
