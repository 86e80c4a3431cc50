import type { Core } from '@strapi/strapi';
import { articleRules } from './article';
import { opinionReportRules } from './opinion-report';
import { referenceDataRules } from './reference-data';

/** The content rules of the newsroom's own types, as Document Service middlewares (see STRAPI-FACTS: not lifecycles). */
export function registerDocumentRules(strapi: Core.Strapi): void {
  strapi.documents.use(articleRules(strapi));
  strapi.documents.use(opinionReportRules(strapi));
  strapi.documents.use(referenceDataRules(strapi));
}
