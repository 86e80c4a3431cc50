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

/**
 * Uploads to an S3-compatible bucket when config/plugins.ts gives `upload.objectStorage`
 * (S3_BUCKET and the other S3_* variables); null, and the local disk as before, otherwise.
 * Called from registerFileAccess, after the upload plugin made its provider.
 */
export function registerObjectStorage(strapi: Core.Strapi, index: () => Pick<PublicFileIndex, 'isPublic'>): ObjectStorage | null {
  const config = strapi.config.get<ObjectStorageConfig | null>('plugin::upload.objectStorage', null);
  if (!config) return null;
  const store = objectStore(config);
  (strapi.plugin('upload') as unknown as { provider: { extend(methods: object): void } }).provider.extend(objectStorageProvider(store));
  const copies = publicObjects(strapi, store, index);
  strapi.log.info(`object storage: uploads go to bucket "${config.bucket}"${config.endpoint ? ` at ${config.endpoint}` : ''}`);
  return {
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
}
