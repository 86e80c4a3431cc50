import type { Core } from '@strapi/strapi';
import { logFormat } from '../src/observability/log-format';

// Tests and scripts set LOG_LEVEL=warn to keep their output readable. LOG_FORMAT=json: one JSON
// object per line with the request id (src/observability/log-format.ts); else Strapi's own format.
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const format = logFormat(env('LOG_FORMAT', ''));
  return { level: env('LOG_LEVEL', 'http'), ...(format ? { format } : {}) };
};
