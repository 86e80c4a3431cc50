import type { Core } from '@strapi/strapi';

import { MEDIA_ASSET } from '../plugins/editorial-workflow/shared/uids';

/**
 * The archive's privacy rule in one place: an asset may be shown to the public when it is marked
 * public and either shows no children or the parents' consent is confirmed. The document rules
 * keep `public` false otherwise; the filter repeats the rule so a row written around them still
 * stays private. The public API (src/public-api/media-reader.ts) lists media assets with these filters.
 */
export const PUBLIC_ASSET_FILTERS = {
  public: true,
  $or: [{ containsMinors: false }, { consentConfirmed: true }],
} as const;

export interface AssetLackingConsent {
  documentId: string;
  title: string;
}

/** The archive entries wrapping any of these upload files that show children without confirmed consent. */
export async function assetsLackingConsent(strapi: Core.Strapi, fileIds: number[]): Promise<AssetLackingConsent[]> {
  if (fileIds.length === 0) return [];
  return strapi.db.query(MEDIA_ASSET).findMany({
    select: ['documentId', 'title'],
    where: { file: { id: { $in: fileIds } }, containsMinors: true, consentConfirmed: false },
    orderBy: { title: 'asc' },
  });
}
