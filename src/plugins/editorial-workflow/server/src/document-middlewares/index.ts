/** The workflow plugin's Document Service middlewares; the app registers them, in order, with its own (src/document-middlewares.ts). */
export { publicationGuard } from './publication-guard';
export { itemScope } from './item-scope';
export { editVoidsApproval } from './edit-voids-approval';
export { scopeUnitCopy } from './scope-unit-copy';
export { reportScope } from './report-scope';
export { cloneScope } from './clone-scope';
export { responseKind } from './response-kind';
export { websiteAlwaysOn } from './website-always-on';
export { associationPress } from './association-press';
export type { DocumentMiddleware, DocumentContext, DocumentData } from './context';
export { planLineCounts } from '../plan-coverage/document-middleware';
