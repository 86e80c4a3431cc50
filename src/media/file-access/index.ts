import type { Core } from '@strapi/strapi';
import { watchFileUse } from './change-watch';
import { readFileAccessConfig } from './config';
import { unguessableFileName } from './file-names';
import { publicFileIndex } from './public-files';
import { fileAccessGate } from './serving';
import { signedUrlsForAdmins } from './signed-urls';
import { urlSigner } from './url-signature';
import { registerObjectStorage } from '../storage';

/**
 * Who may fetch an uploaded file (docs/security-file-access.md): the public only what a published
 * item or a public asset shows, admins through signed URLs, nobody by guessing a name. Called from
 * register(): the gate must be ahead of Strapi's static serving, the naming in place before any
 * upload, and the table ready before the seed writes anything.
 */
export function registerFileAccess(strapi: Core.Strapi): void {
  const config = readFileAccessConfig(strapi);
  const signer = urlSigner(config.secret, config.signedUrlTtlSeconds);
  // With S3_BUCKET the bytes live in a bucket (src/media/storage): the same decision, served by redirects.
  const storage = registerObjectStorage(strapi, () => index, config);
  const index = publicFileIndex(strapi, storage ? { onPathsChanged: storage.pathsChanged } : {});

  strapi.get('services').extend('plugin::upload.image-manipulation', (images: Record<string, unknown>) => ({
    ...images,
    generateFileName: unguessableFileName,
  }));
  strapi.server.use(fileAccessGate({ index, signer, publicMaxAgeSeconds: config.publicMaxAgeSeconds, objects: storage?.serving }));
  strapi.server.use(signedUrlsForAdmins(signer));
  watchFileUse(strapi, index);
  strapi.hook('strapi::content-types.afterSync').register(async () => {
    if (await index.ensureTable()) {
      const count = await index.rebuild();
      if (count > 0) strapi.log.info(`file access: ${count} public file paths indexed`);
    }
  });
}
