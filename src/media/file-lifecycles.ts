import type { Core } from '@strapi/strapi';
import { assertFilesChangeable } from './file-integrity';
import { recordContentDigest } from './file-digest';

const FILE = 'plugin::upload.file';

/** The columns of a file whose change changes what an item shows (moving it to a folder does not). */
const SHOWN = ['name', 'alternativeText', 'caption', 'url', 'hash', 'ext', 'mime', 'size', 'width', 'height', 'formats', 'provider', 'provider_metadata'] as const;

type Where = Record<string, unknown>;
type Event = { params: { where?: Where; data?: Record<string, unknown> } };

/**
 * Database lifecycles of upload files, under every path that writes them (the upload service, the
 * Document Service, `strapi.db.query` in code):
 * - a created or replaced file gets the digest of its bytes;
 * - the integrity rule of file-integrity.ts again, as a backstop: the upload service's wrappers
 *   (upload-hooks.ts) refuse before Strapi touches the stored bytes; this refuses the row's change
 *   on the paths that do not go through them.
 */
export function subscribeFileLifecycles(strapi: Core.Strapi): void {
  const files = () => strapi.db.query(FILE);

  const changedIds = async (where: Where | undefined, data: Record<string, unknown> | undefined): Promise<number[]> => {
    const touched = SHOWN.filter((key) => data && key in data && key !== 'provider_metadata');
    if (!where || touched.length === 0) return [];
    const rows: Array<Record<string, unknown>> = await files().findMany({ where, select: ['id', ...touched] });
    return rows
      .filter((row) => touched.some((key) => JSON.stringify(row[key] ?? null) !== JSON.stringify(data![key] ?? null)))
      .map((row) => Number(row.id));
  };
  const idsOf = async (where: Where | undefined): Promise<number[]> =>
    where ? (await files().findMany({ where, select: ['id'] })).map((row: { id: number }) => row.id) : [];

  strapi.db.lifecycles.subscribe({
    models: [FILE],
    async beforeCreate(event: Event) {
      await recordContentDigest(event.params.data, { replace: false });
    },
    async beforeUpdate(event: Event) {
      const ids = await changedIds(event.params.where, event.params.data);
      await assertFilesChangeable(strapi, ids, 'edit');
      // Only a replace carries new bytes (a stream); an edit of the alt text keeps the digest.
      if (typeof event.params.data?.getStream === 'function') await recordContentDigest(event.params.data, { replace: true });
    },
    async beforeUpdateMany(event: Event) {
      await assertFilesChangeable(strapi, await changedIds(event.params.where, event.params.data), 'edit');
    },
    async beforeDelete(event: Event) {
      await assertFilesChangeable(strapi, await idsOf(event.params.where), 'delete');
    },
    async beforeDeleteMany(event: Event) {
      await assertFilesChangeable(strapi, await idsOf(event.params.where), 'delete');
    },
  } as never);
}
