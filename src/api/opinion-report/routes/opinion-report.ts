import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::opinion-report.opinion-report');
