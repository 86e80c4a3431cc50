import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::quota-policy.quota-policy');
