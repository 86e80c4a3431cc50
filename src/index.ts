import type { Core } from '@strapi/strapi';
import { registerDocumentRules } from './document-rules';
import { grantPublicAccess } from './bootstrap/public-access';
import { seedOnFirstRun } from './bootstrap/first-run';
import { applyFieldLabels } from './bootstrap/admin-labels';
import { registerMediaArchive } from './media';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentRules(strapi);
    registerMediaArchive(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicAccess(strapi);
    await applyFieldLabels(strapi);
    await seedOnFirstRun(strapi);
  },
};
