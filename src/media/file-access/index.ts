import type { Core } from '@strapi/strapi';
import { watchFileUse } from './change-watch';
import { readFileAccessConfig } from './config';
import { unguessableFileName } from './file-names';
import { publicFileIndex } from './public-files';
import { fileAccessGate } from './serving';
import { signedUrlsForAdmins } from './signed-urls';
import { urlSigner } from './url-signature';

/**
 * Who may fetch an uploaded file (docs/security-file-access.md): the public only what a published
 * item or a public asset shows, admins through signed URLs, nobody by guessing a name. Called from
 * register(): the gate must be ahead of Strapi's static serving, the naming in place before any
 * upload, and the table ready before the seed writes anything.
 */
export function registerFileAccess(strapi: Core.Strapi): void {
  const config = readFileAccessConfig(strapi);
  const signer = urlSigner(config.secret, config.signedUrlTtlSeconds);
  const index = publicFileIndex(strapi);

  strapi.get('services').extend('plugin::upload.image-manipulation', (images: Record<string, unknown>) => ({
    ...images,
    generateFileName: unguessableFileName,
  }));
  strapi.server.use(fileAccessGate({ index, signer, publicMaxAgeSeconds: config.publicMaxAgeSeconds }));
  strapi.server.use(signedUrlsForAdmins(signer));
  watchFileUse(strapi, index);
  strapi.hook('strapi::content-types.afterSync').register(async () => {
    if (await index.ensureTable()) {
      const count = await index.rebuild();
      if (count > 0) strapi.log.info(`file access: ${count} public file paths indexed`);
    }
  });
}
