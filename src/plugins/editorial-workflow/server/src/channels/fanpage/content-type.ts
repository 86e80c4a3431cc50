import { hidden } from '../../content-types/hidden';

/** The one row's key: a second row cannot be made, even by two first saves at once. */
export const FANPAGE_SETTING_KEY = 'fanpage';

/**
 * The fanpage's settings (issue 18 item 3): one row, written by the administrator's settings screen
 * and by the token's health checks. The page access token is not here: it is kept encrypted
 * (fanpage/secret.ts, key CHANNEL_SECRET_KEY) in a table no Strapi API reaches (fanpage/secret-store.ts),
 * under this row's `tokenKey`.
 */
export const fanpageSettingContentType = {
  schema: {
    kind: 'collectionType',
    collectionName: 'ew_fanpage_settings',
    info: { singularName: 'fanpage-setting', pluralName: 'fanpage-settings', displayName: 'Cấu hình fanpage' },
    options: { draftAndPublish: false },
    pluginOptions: hidden,
    attributes: {
      settingKey: { type: 'string', required: true, column: { unique: true } },
      pageId: { type: 'string' },
      tokenLast4: { type: 'string' },
      tokenSavedAt: { type: 'datetime' },
      /** Random, new with each token saved: names its cipher text, and keys its warnings (each once per token and expiry). */
      tokenKey: { type: 'string' },
      tokenExpiresAt: { type: 'datetime' },
      tokenValid: { type: 'boolean' },
      tokenCheckedAt: { type: 'datetime' },
      tokenProblem: { type: 'text' },
      graphBaseUrl: { type: 'string' },
      graphVersion: { type: 'string' },
      timeoutMs: { type: 'integer' },
      /** Deliveries wait until then: a Graph usage header was near its limit. */
      pausedUntil: { type: 'datetime' },
    },
  },
};
