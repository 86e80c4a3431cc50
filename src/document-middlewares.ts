import type { Core } from '@strapi/strapi';
import {
  editVoidsApproval,
  itemScope,
  publicationGuard,
  reportScope,
  scopeUnitCopy,
  type DocumentMiddleware,
} from './plugins/editorial-workflow/server/src/document-middlewares';
import { articleRules } from './document-rules/article';
import { opinionReportRules } from './document-rules/opinion-report';
import { referenceDataRules } from './document-rules/reference-data';
import { mediaUnitScope } from './media/rules/unit-scope';
import { mediaAssetRules } from './media/rules/asset';
import { mediaConsentRules } from './media/rules/consent';
import { publicApiOf } from './public-api';

/**
 * Every Document Service middleware of the app and its workflow plugin, in the one order they run.
 * Rules are middlewares, not lifecycles: lifecycles fire twice on publish in Strapi 5, and publish
 * itself is a delete and a create of the published row. The first registered runs first (outermost).
 *
 * Why this order:
 * 1. The publication guard refuses publish, unpublish, discard and `status: 'published'` before
 *    anything else reads or writes: a refused call costs nothing and changes nothing.
 * 2. The item scope refuses, for admin requests, a create, clone, edit or delete outside the person's
 *    units and state before any rule does work; its create and delete open the transaction that the
 *    rules after it join.
 * 3. The edit-voids-approval rule wraps the rest of an update: it compares the content after every
 *    rule below has rewritten the data (slug included) with what was approved.
 * 4. The `scopeUnitId` copy runs before the report and media scopes, which read and complete it.
 * 5. The report and media unit scopes: the media one may fill in the author's only unit, which the
 *    asset rules below require.
 * 6. The content rules of each type (slug, unit kept, one report a month, reference shape, consent).
 * 7. The public API's change middleware runs after the rules that may still refuse, so it indexes
 *    and announces only writes that go through; it joins the same transaction.
 * 8. The media asset and consent rules: their refusals happen inside the public API's transaction,
 *    which rolls back with them.
 */
export const DOCUMENT_MIDDLEWARES: ReadonlyArray<{ name: string; create(strapi: Core.Strapi): DocumentMiddleware }> = [
  { name: 'publication-guard', create: publicationGuard },
  { name: 'item-scope', create: itemScope },
  { name: 'edit-voids-approval', create: editVoidsApproval },
  { name: 'scope-unit-copy', create: scopeUnitCopy },
  { name: 'report-scope', create: reportScope },
  { name: 'media-unit-scope', create: mediaUnitScope },
  { name: 'article-rules', create: articleRules },
  { name: 'opinion-report-rules', create: opinionReportRules },
  { name: 'reference-data-rules', create: referenceDataRules },
  { name: 'public-content', create: (strapi) => publicApiOf(strapi).contentMiddleware },
  { name: 'media-asset-rules', create: mediaAssetRules },
  { name: 'media-consent-rules', create: mediaConsentRules },
];

/** In register(), after registerPublicApi(): registers the list above, in order. */
export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  for (const { create } of DOCUMENT_MIDDLEWARES) strapi.documents.use(create(strapi));
}
