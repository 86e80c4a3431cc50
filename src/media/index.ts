import type { Core } from '@strapi/strapi';
import { installUploadRules } from './upload-hooks';
import { mediaUnitScope } from '../document-rules/media-unit-scope';
import { mediaAssetRules } from '../document-rules/media-asset';
import { mediaConsentRules } from '../document-rules/media-consent';

/**
 * The media archive (issue 7): upload rules and sharp processing on every upload path, and the
 * archive's document rules. Called from register(): Document Service middlewares and service
 * extensions must be in place before anything runs.
 */
export function registerMediaArchive(strapi: Core.Strapi): void {
  installUploadRules(strapi);
  // The unit scope runs first: it may fill in the author's unit, which the asset rules require.
  strapi.documents.use(mediaUnitScope(strapi));
  strapi.documents.use(mediaAssetRules(strapi));
  strapi.documents.use(mediaConsentRules(strapi));
}
