import type { Core } from '@strapi/strapi';
import { corsOptions, readCorsPolicy } from '../src/admin-security/cors-origins';
import { CSP_DIRECTIVES } from '../src/admin-security/content-security-policy';

/**
 * Strapi's stack, with:
 * - CORS limited to the configured origins (CORS_ORIGINS, default PUBLIC_URL) for anything that
 *   carries credentials; the public content API readable from any origin without them;
 * - a CSP without inline scripts;
 * - no `strapi::poweredBy`: the X-Powered-By header would only tell an attacker what runs here.
 */
const config = (): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  { name: 'strapi::security', config: { contentSecurityPolicy: { useDefaults: true, directives: CSP_DIRECTIVES } } },
  {
    name: 'strapi::cors',
    config: corsOptions(readCorsPolicy(), () => (globalThis as { strapi?: Core.Strapi }).strapi?.config.get<string>('api.rest.prefix', '/api') || '/api'),
  },
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
