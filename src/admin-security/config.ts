import { envInt, envList } from '../utils/env-values';
/** The limits on the admin panel's sign-in routes, from the environment (documented in .env.example). */
export interface AdminSecurityConfig {
  /** Failed attempts one client address may make on the sign-in routes per window, whatever the e-mails; 0 turns the limit off. */
  maxFailuresPerAddress: number;
  /** Failed logins to one account per window before it is locked; 0 turns the lock off. */
  maxFailuresPerAccount: number;
  windowSeconds: number;
  /** How long an address is refused, or an account locked, once past its limit. */
  blockSeconds: number;
  /** Reverse proxies whose X-Forwarded-For is believed, the same list as the public API's. */
  trustedProxies: string[];
  /** When set, the counts live in Redis and every process shares them; else in this process. */
  redisUrl?: string;
}


export function readAdminSecurityConfig(env: NodeJS.ProcessEnv = process.env): AdminSecurityConfig {
  const int = (name: string, fallback: number) => envInt(env, name, fallback);
  return {
    maxFailuresPerAddress: int('ADMIN_AUTH_MAX_FAILURES_PER_ADDRESS', 10),
    maxFailuresPerAccount: int('ADMIN_LOGIN_MAX_FAILURES_PER_ACCOUNT', 10),
    windowSeconds: Math.max(1, int('ADMIN_AUTH_WINDOW_MINUTES', 15) * 60),
    blockSeconds: Math.max(1, int('ADMIN_AUTH_BLOCK_MINUTES', 15) * 60),
    trustedProxies: envList(env.PUBLIC_API_TRUSTED_PROXIES),
    redisUrl: env.REDIS_URL?.trim() || undefined,
  };
}
