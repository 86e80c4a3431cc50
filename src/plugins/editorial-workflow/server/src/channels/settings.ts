/**
 * The relay's numbers, from the environment (documented in .env.example), read at each use so a
 * test or an operator changing them needs no restart of the code that reads them.
 */
export interface RelaySettings {
  /** The first retry's delay; each next one doubles, up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Attempts before a row is dead (visible on the channels page, retried by hand). */
  maxAttempts: number;
  /**
   * How long a claimed row keeps other processes off it: longer than a channel call can take, short
   * enough that a delivery cut by a crash is taken again soon.
   */
  leaseMs: number;
}

const positive = (name: string, fallback: number, min = 0): number => {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  return Number.isFinite(value) && value >= min ? Math.floor(value) : fallback;
};

export function relaySettings(): RelaySettings {
  const retryBaseMs = positive('CHANNEL_RETRY_BASE_MS', 30_000);
  return {
    retryBaseMs,
    retryMaxMs: Math.max(retryBaseMs, positive('CHANNEL_RETRY_MAX_MS', 60 * 60_000)),
    maxAttempts: positive('CHANNEL_MAX_ATTEMPTS', 8, 1),
    leaseMs: positive('CHANNEL_LEASE_MS', 2 * 60_000, 1_000),
  };
}

/** The relay's cron rule: every minute; a test may run it every few seconds (six fields). */
export const relayCronRule = (): string => process.env.CHANNEL_RELAY_CRON || '*/1 * * * *';

/**
 * The delay before attempt `attempts + 1`, after `attempts` failed ones: base × 2^(attempts−1),
 * capped; never sooner than the channel asked (`retryAfterMs`, a rate limit).
 */
export function backoffMs(settings: RelaySettings, attempts: number, retryAfterMs?: number): number {
  const exponential = Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.max(0, Math.min(30, attempts - 1)));
  return Math.max(exponential, retryAfterMs && retryAfterMs > 0 ? retryAfterMs : 0);
}
