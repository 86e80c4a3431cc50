import { factories } from '@strapi/strapi';

// GET /api/topics is the public tree (public-topic.ts).
export default factories.createCoreRouter('api::topic.topic', { except: ['find'] });
