import type { Core } from '@strapi/strapi';
import {
  cloneScope,
  editVoidsApproval,
  itemScope,
  planLineCounts,
  publicationGuard,
  reportScope,
  responseKind,
  websiteAlwaysOn,
  associationPress,
  scopeUnitCopy,
  type DocumentMiddleware,
} from './plugins/editorial-workflow/server/src/document-middlewares';
import { articleRules } from './document-rules/article';
import { videoLinksRule } from './document-rules/video-links';
import { itemDocumentsRule } from './document-rules/item-documents';
import { toOneRelations } from './document-rules/to-one-relations';
import { booleanInput } from './document-rules/boolean-input';
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
 * 2. The input shape: a to-one relation given several targets is refused, and booleans are made
 *    the booleans Strapi will store, so every rule below reads one unit and a real true or false.
 * 3. The clone scope refuses a clone of a source the person may not read, before the item scope
 *    checks the copy, and names the copy's unit for every rule below.
 * 4. The item scope refuses, for admin requests, a create, clone, edit or delete outside the person's
 *    units and state before any rule does work; its create and delete open the transaction that the
 *    rules after it join.
 * 4b. The response-kind rule: only the Office's items are official responses, and a submitted item's
 *    kind keeps its lane (shared/state-machine.ts laneOf); after the scope, so the refused learn nothing.
 * 4c. The item's channels: the website always on, the associations' works marked for the press at
 *    creation; before the edit-voids-approval rule, so a channel changed after approval voids it.
 * 5. The edit-voids-approval rule wraps the rest of an update: it compares the content after every
 *    rule below has rewritten the data (slug included) with what was approved.
 * 6. The `scopeUnitId` copy runs before the report and media scopes, which read and complete it.
 * 7. The report and media unit scopes: the media one may fill in the author's only unit, which the
 *    asset rules below require.
 * 8. The content rules of each type (slug, unit kept, an item's video links and documents, one report
 *    a month, reference shape, consent).
 * 9. The public API's change middleware runs after the rules that may still refuse, so it indexes
 *    and announces only writes that go through; it joins the same transaction.
 * 10. The media asset and consent rules: their refusals happen inside the public API's transaction,
 *    which rolls back with them.
 * 11. The plan line counts follow an item's tags once every rule has let its write through.
 */
export const DOCUMENT_MIDDLEWARES: ReadonlyArray<{ name: string; create(strapi: Core.Strapi): DocumentMiddleware }> = [
  { name: 'publication-guard', create: publicationGuard },
  { name: 'to-one-relations', create: toOneRelations },
  { name: 'boolean-input', create: booleanInput },
  { name: 'clone-scope', create: cloneScope },
  { name: 'item-scope', create: itemScope },
  { name: 'response-kind', create: responseKind },
  { name: 'website-always-on', create: websiteAlwaysOn },
  { name: 'association-press', create: associationPress },
  { name: 'edit-voids-approval', create: editVoidsApproval },
  { name: 'scope-unit-copy', create: scopeUnitCopy },
  { name: 'report-scope', create: reportScope },
  { name: 'media-unit-scope', create: mediaUnitScope },
  { name: 'article-rules', create: articleRules },
  { name: 'video-links', create: videoLinksRule },
  { name: 'item-documents', create: itemDocumentsRule },
  { name: 'opinion-report-rules', create: opinionReportRules },
  { name: 'reference-data-rules', create: referenceDataRules },
  { name: 'public-content', create: (strapi) => publicApiOf(strapi).contentMiddleware },
  { name: 'media-asset-rules', create: mediaAssetRules },
  { name: 'media-consent-rules', create: mediaConsentRules },
  { name: 'plan-line-counts', create: planLineCounts },
];

/** In register(), after registerPublicApi(): registers the list above, in order. */
export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  for (const { create } of DOCUMENT_MIDDLEWARES) strapi.documents.use(create(strapi));
}
