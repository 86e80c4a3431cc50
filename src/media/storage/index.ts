import type { Core } from '@strapi/strapi';
import type { PublicFileIndex } from '../file-access/public-files';
import type { ObjectServing } from '../file-access/serving';
import type { ObjectStorageConfig } from './config';
import { objectNameOf } from './object-keys';
import { objectStore, type ObjectStore } from './object-store';
import { objectStorageProvider } from './provider';
import { publicObjects } from './public-objects';

export { objectStorageConfigFromEnv, type ObjectStorageConfig } from './config';
export { objectStore, type ObjectStore } from './object-store';
export { PRIVATE_PREFIX, PUBLIC_PREFIX } from './object-keys';

/** The longest a presigned URL handed out by the file gate lives (seconds). */
export const PRESIGNED_URL_SECONDS = 300;

export interface ObjectStorage {
  store: ObjectStore;
  serving: ObjectServing;
  pathsChanged(paths: string[]): Promise<void>;
  idle(): Promise<void>;
}

// A registry symbol rather than a module-level map: the app runs from dist/ while scripts and tests
// may load this module from src/, and both must find the one the app registered.
const REGISTERED = Symbol.for('sgddt-newsroom.object-storage');

/** The bucket this app stores uploads in, or null on the local disk (for a readiness check, a backup). */
export function objectStorageOf(strapi: Core.Strapi): ObjectStorage | null {
  return (strapi as unknown as { [REGISTERED]?: ObjectStorage })[REGISTERED] ?? null;
}

/**
 * Uploads to an S3-compatible bucket when config/plugins.ts gives `upload.objectStorage`
 * (S3_BUCKET and the other S3_* variables); null, and the local disk as before, otherwise.
 * Called from registerFileAccess, after the upload plugin made its provider.
 */
export function registerObjectStorage(
  strapi: Core.Strapi,
  index: () => Pick<PublicFileIndex, 'isPublic'>,
  { publicMaxAgeSeconds }: { publicMaxAgeSeconds: number }
): ObjectStorage | null {
  const config = strapi.config.get<ObjectStorageConfig | null>('plugin::upload.objectStorage', null);
  if (!config) return null;
  const store = objectStore(config);
  (strapi.plugin('upload') as unknown as { provider: { extend(methods: object): void } }).provider.extend(objectStorageProvider(store));
  const copies = publicObjects(strapi, store, index, publicMaxAgeSeconds);
  strapi.log.info(`object storage: uploads go to bucket "${config.bucket}"${config.endpoint ? ` at ${config.endpoint}` : ''}`);
  const storage: ObjectStorage = {
    store,
    serving: {
      publicLocation(path) {
        const name = objectNameOf(path);
        return name ? store.publicUrl(name) : null;
      },
      async privateLocation(path, seconds) {
        const name = objectNameOf(path);
        return name ? store.presignedGet(name, Math.min(seconds, PRESIGNED_URL_SECONDS)) : null;
      },
    },
    pathsChanged: copies.pathsChanged,
    idle: copies.idle,
  };
  (strapi as unknown as { [REGISTERED]?: ObjectStorage })[REGISTERED] = storage;
  return storage;
}
