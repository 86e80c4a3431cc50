import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::quota-policy.quota-policy');
