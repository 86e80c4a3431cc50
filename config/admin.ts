import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET', ''),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT', ''),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT', ''),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY', ''),
  },
  // Strapi's own limit on the log-in route: ADMIN_LOGIN_RATE_LIMIT_MAX requests per e-mail and address
  // in five minutes (Strapi's default, 5). The browser suite logs the same demo people in more often.
  rateLimit: {
    max: env.int('ADMIN_LOGIN_RATE_LIMIT_MAX', 5),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
  // `strapi develop` must not restart when tests, benchmarks or scripts write files.
  watchIgnoreFiles: ['**/tests/**', '**/bench/**', '**/scripts/**', '**/docs/**', '**/.tmp/**'],
});

export default config;
