import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // English is always offered; Vietnamese is the newsroom's working language.
    locales: ['vi'],
  },
  bootstrap(_app: StrapiApp) {},
};
