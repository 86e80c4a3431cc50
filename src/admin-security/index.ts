import type { Core } from '@strapi/strapi';
import { clientAddressResolver } from '../public-api/client-address';
import { readAdminSecurityConfig } from './config';
import { failureCounters } from './failure-counters';
import { sharedRedis } from '../shared-state/redis';
import { noticeAccountLocked } from './lockout-notice';
import { accountLock, addressGuard } from './middleware';

/**
 * In register(): limits on the admin panel's sign-in routes, on top of Strapi's own (five tries per
 * e-mail and address): failed attempts per client address, whatever the e-mails, and a lock on an
 * account after repeated failed logins, with a notice to the super admins. The client address is
 * read as the public API reads it: X-Forwarded-For only from the configured proxies.
 */
export function registerAdminSecurity(strapi: Core.Strapi): void {
  const config = readAdminSecurityConfig();
  const counters = failureCounters(config, config.redisUrl ? sharedRedis(strapi) : undefined);
  const clientAddress = clientAddressResolver(config.trustedProxies);
  const adminPath = () => strapi.config.get<string>('admin.path', '/admin') || '/admin';

  if (counters.perAddress) strapi.server.use(addressGuard({ perAddress: counters.perAddress, clientAddress, adminPath }));
  if (counters.perAccount) {
    const minutes = Math.ceil(config.blockSeconds / 60);
    strapi.server.router.use(
      accountLock({
        perAccount: counters.perAccount,
        clientAddress,
        adminPath,
        onLocked: async (email, address) => {
          try {
            await noticeAccountLocked(strapi, email, address, minutes);
          } catch (error) {
            // The lock holds whether or not the notice could be written.
            strapi.log.error(`admin security: the notice of the lock of ${email} failed: ${(error as Error).message}`);
          }
        },
      })
    );
  }
}
