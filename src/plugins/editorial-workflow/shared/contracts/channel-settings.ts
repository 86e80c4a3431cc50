/**
 * The channels' settings screen (issue 18 item 3): the fanpage's page, its access token and the
 * Graph API's address. The token goes in and never comes out: the view tells only whether one is
 * saved, its last four characters, and what the last check found.
 */

/** The Graph API's defaults when neither the settings nor the environment name one. */
export const DEFAULT_GRAPH_BASE_URL = 'https://graph.facebook.com';
export const DEFAULT_GRAPH_VERSION = 'v21.0';
export const DEFAULT_GRAPH_TIMEOUT_MS = 10_000;
export const GRAPH_TIMEOUT_RANGE_MS = { min: 500, max: 120_000 } as const;
/** Days before the token's expiry when the publishers are warned. */
export const TOKEN_WARNING_DAYS = 7;

/** What the screen shows of the saved token: never the token itself. */
export interface FanpageTokenView {
  /** The last four characters, so the administrator can tell which token is saved. */
  last4: string;
  savedAt: string;
  /** When the last check (`/debug_token`) found it expires; null: never expires, or not checked yet. */
  expiresAt: string | null;
  /** What the last check found: true valid, false invalid, null not checked yet. */
  valid: boolean | null;
  checkedAt: string | null;
  /** The last check's finding in Vietnamese, when not valid. */
  problem: string | null;
}

/** `GET /editorial-workflow/channel-settings/fanpage`. */
export interface FanpageSettingsView {
  pageId: string | null;
  /** As saved (null: the default below applies). */
  graphBaseUrl: string | null;
  graphVersion: string | null;
  timeoutMs: number | null;
  token: FanpageTokenView | null;
  /** What applies when a field is empty (the environment's GRAPH_API_BASE_URL / GRAPH_API_VERSION, else Facebook's). */
  defaults: { graphBaseUrl: string; graphVersion: string; timeoutMs: number };
  /** Whether CHANNEL_SECRET_KEY is set: without it no token can be saved. */
  secretKeyConfigured: boolean;
  /** Deliveries wait until then: a usage header of the Graph API was near its limit. */
  pausedUntil: string | null;
}

/**
 * `PUT /editorial-workflow/channel-settings/fanpage`: a field absent is kept, null clears it (the
 * default applies again), a value replaces it. `accessToken` null removes the saved token.
 */
export interface FanpageSettingsBody {
  pageId?: string | null;
  accessToken?: string | null;
  graphBaseUrl?: string | null;
  graphVersion?: string | null;
  timeoutMs?: number | null;
}

/** `POST /editorial-workflow/channel-settings/fanpage/check`: the channel's health, as the adapter reports it. */
export interface FanpageCheckResult {
  ok: boolean;
  message?: string;
  expiresAt?: string | null;
}
