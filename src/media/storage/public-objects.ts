import type { Core } from '@strapi/strapi';
import type { PublicFileIndex } from '../file-access/public-files';
import { objectNameOf } from './object-keys';
import type { ObjectStore } from './object-store';

/**
 * Keeps the bucket's `public/` copies in step with the public-path table: a path that became
 * public is copied there from `private/`, one that stopped being public is removed. It runs once
 * the write that changed the table commits (never for a rolled-back one), and re-reads the table
 * then, so the copy follows what was committed, whatever the order of two writes.
 */
export function publicObjects(
  strapi: Core.Strapi,
  store: ObjectStore,
  index: () => Pick<PublicFileIndex, 'isPublic'>,
  publicMaxAgeSeconds: number
) {
  const cacheControl = `public, max-age=${publicMaxAgeSeconds}`;
  let queue: Promise<void> = Promise.resolve();

  const reconcile = async (path: string) => {
    const name = objectNameOf(path);
    if (!name) return;
    if (await index().isPublic(path)) {
      await store.publish(name, cacheControl);
      // Taken down by a write that committed while this copied: the copy must not stay.
      if (!(await index().isPublic(path))) await store.unpublish(name);
    } else {
      await store.unpublish(name);
    }
  };

  const run = (paths: string[]) => {
    queue = queue.then(async () => {
      const results = await Promise.allSettled(paths.map(reconcile));
      results.forEach((result, i) => {
        if (result.status === 'rejected') strapi.log.error(`object storage: public copy of ${paths[i]} not updated: ${(result.reason as Error)?.message ?? result.reason}`);
      });
    });
  };

  return {
    /** Called inside the write's transaction (public-files.ts). */
    async pathsChanged(paths: string[]): Promise<void> {
      const unique = [...new Set(paths)];
      if (unique.length === 0) return;
      await strapi.db.transaction(async ({ onCommit }) => {
        onCommit(() => run(unique));
      });
    },
    /** Resolves once every copy asked for so far is done. */
    idle(): Promise<void> {
      return queue;
    },
  };
}
