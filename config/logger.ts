import type { Core } from '@strapi/strapi';

// Tests and scripts set LOG_LEVEL=warn to keep their output readable.
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  level: env('LOG_LEVEL', 'http'),
});
