import { factories } from '@strapi/strapi';

// GET /api/units is the public list (public-unit.ts).
export default factories.createCoreRouter('api::unit.unit', { except: ['find'] });
