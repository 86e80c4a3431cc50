import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::quota-policy.quota-policy');
