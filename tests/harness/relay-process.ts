import type { ChildProcess } from 'child_process';
import { freePort } from './free-port';
import { SERVE, startReadyProcess } from './app-process';

/**
 * A compiled app process on the test's database whose cron is on and whose channels' relay runs every
 * second, with a short lease and short retries: the suites that prove each outbox row is delivered
 * once whatever several processes do (tests/channels-relay-once.test.ts, the fanpage's reliability).
 * `env` adds the channel's own settings and overrides these.
 */
export async function startRelayProcess({ leaseMs, env = {} }: { leaseMs: number; env?: Record<string, string> }): Promise<ChildProcess> {
  const port = await freePort();
  return startReadyProcess(SERVE, [], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_API_RATE_LIMIT: '0',
      STRAPI_DISABLE_CRON: 'false',
      CRON_ENABLED: 'true',
      CHANNEL_RELAY_CRON: '*/1 * * * * *',
      CHANNEL_LEASE_MS: String(leaseMs),
      CHANNEL_RETRY_BASE_MS: '200',
      CHANNEL_RETRY_MAX_MS: '1000',
      ...env,
    },
    timeoutMs: 150_000,
    label: `relay on port ${port}`,
  });
}
