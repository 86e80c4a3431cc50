import type { Core } from '@strapi/strapi';
import { assertProductionSecrets } from '../src/production-secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  // A production server with a missing or placeholder secret stops here, naming the variables.
  assertProductionSecrets();
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    // The address the public reaches this server at (used in links, e-mails, the sitemap).
    url: env('PUBLIC_URL', ''),
    // Behind a load balancer: trust X-Forwarded-* headers.
    proxy: env.bool('PROXY_ENABLED', false),
    app: {
      keys: env.array('APP_KEYS', []),
    },
    // The public folder, where the local upload provider writes `uploads/` (a suite or a restore drill gets its own).
    dirs: { public: env('PUBLIC_DIR', './public') },
    cron: {
      // Tests and one-off scripts turn scheduled jobs off (strapi.destroy() does not stop them).
      enabled: env.bool('CRON_ENABLED', true) && !env.bool('STRAPI_DISABLE_CRON', false),
    },
  };
};

export default config;
