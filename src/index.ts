import type { Core } from '@strapi/strapi';
import { registerDocumentRules } from './document-rules';
import { grantPublicAccess } from './bootstrap/public-access';
import { seedOnFirstRun } from './bootstrap/first-run';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentRules(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicAccess(strapi);
    await seedOnFirstRun(strapi);
  },
};
