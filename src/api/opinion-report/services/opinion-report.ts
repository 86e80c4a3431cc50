import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::opinion-report.opinion-report');
