import type { Core } from '@strapi/strapi';
import { registerDocumentMiddlewares } from './document-middlewares';
import { grantPublicAccess } from './public-access';
import { seedOnFirstRun } from './seed/first-run';
import { ensurePlanLines } from './seed/plan-lines';
import { applyFieldLabels } from './field-labels/apply';
import { bootstrapPublicApi, destroyPublicApi, registerPublicApi } from './public-api';
import { registerMediaArchive } from './media';
import { registerFileAccess } from './media/file-access';
import { registerAdminSecurity } from './admin-security';
import { destroyObservability, registerObservability } from './observability';
import { registerPreviewPage } from './plugins/editorial-workflow/server/src/preview/public-page';
import { registerPublicForms } from './plugins/editorial-workflow/server/src/public-forms';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // First: every request gets its id and its latency measured, whoever answers it.
    registerObservability(strapi);
    registerAdminSecurity(strapi);
    registerPublicApi(strapi);
    // After the public API's front door (which counts every request against the address's limit): the public forms' posts read raw.
    registerPublicForms(strapi);
    // After the public API: its front door rate-limits /preview/ first. Ahead of Strapi's logger: no token is logged.
    registerPreviewPage(strapi);
    registerMediaArchive(strapi);
    registerFileAccess(strapi);
    // After registerPublicApi(): the list includes the public API's change middleware.
    registerDocumentMiddlewares(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await bootstrapPublicApi(strapi);
    await grantPublicAccess(strapi);
    await applyFieldLabels(strapi);
    await seedOnFirstRun(strapi);
    // The plan's lines on every start, like a migration: a database seeded before they existed gets them.
    await ensurePlanLines(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await destroyPublicApi(strapi);
    destroyObservability(strapi);
  },
};
