import { factories } from '@strapi/strapi';

// Items are written only through the admin panel and its workflow: the REST API has no write route.
export default factories.createCoreRouter('api::article.article', {
  only: ['find', 'findOne'],
});
