import type { Core } from '@strapi/strapi';
import { installUploadRules } from './upload-hooks';

/**
 * The media archive's upload rules and sharp processing on every upload path. Called from
 * register(): service extensions must be in place before anything runs. The archive's document
 * rules (./rules/) are registered with every other Document Service middleware, in one ordered
 * list (src/document-middlewares.ts).
 */
export function registerMediaArchive(strapi: Core.Strapi): void {
  installUploadRules(strapi);
}
