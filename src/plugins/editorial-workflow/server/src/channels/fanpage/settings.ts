import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { FANPAGE_SETTING } from '../../../../shared/uids';
import {
  DEFAULT_GRAPH_BASE_URL,
  DEFAULT_GRAPH_TIMEOUT_MS,
  DEFAULT_GRAPH_VERSION,
  type FanpageSettingsBody,
  type FanpageSettingsView,
} from '../../../../shared/contracts/channel-settings';
import { FANPAGE_SETTING_KEY } from './content-type';
import { decryptToken, encryptToken, secretKeyConfigured } from './secret';
import { readSecret, secretName } from './secret-store';

/** The row as stored. */
export interface FanpageSettingRow {
  id: number;
  pageId: string | null;
  tokenLast4: string | null;
  tokenSavedAt: string | Date | null;
  tokenKey: string | null;
  tokenExpiresAt: string | Date | null;
  tokenValid: boolean | null;
  tokenCheckedAt: string | Date | null;
  tokenProblem: string | null;
  graphBaseUrl: string | null;
  graphVersion: string | null;
  timeoutMs: number | null;
  pausedUntil: string | Date | null;
}

/** What a call to the Graph API needs: the settings with their defaults applied and the token decrypted. */
export interface GraphConfig {
  pageId: string;
  token: string;
  /** Which token this is (its warnings are keyed on it). */
  tokenKey: string;
  baseUrl: string;
  version: string;
  timeoutMs: number;
  pausedUntil: Date | null;
}

const iso = (value: string | Date | null | undefined): string | null => (value ? new Date(value).toISOString() : null);
const trimSlash = (url: string) => url.replace(/\/+$/, '');

/** The Graph API's address and version when the settings name none: the environment's, else Facebook's. */
export function graphDefaults(env: NodeJS.ProcessEnv = process.env) {
  return {
    graphBaseUrl: trimSlash((env.GRAPH_API_BASE_URL ?? '').trim() || DEFAULT_GRAPH_BASE_URL),
    graphVersion: (env.GRAPH_API_VERSION ?? '').trim() || DEFAULT_GRAPH_VERSION,
    timeoutMs: DEFAULT_GRAPH_TIMEOUT_MS,
  };
}

export const loadSettingRow = (strapi: Core.Strapi): Promise<FanpageSettingRow | null> =>
  strapi.db.query(FANPAGE_SETTING).findOne({ where: { settingKey: FANPAGE_SETTING_KEY } });

/** The screen's view: never the token, only its last four characters and what the last check found. */
export function viewOf(row: FanpageSettingRow | null): FanpageSettingsView {
  return {
    pageId: row?.pageId ?? null,
    graphBaseUrl: row?.graphBaseUrl ?? null,
    graphVersion: row?.graphVersion ?? null,
    timeoutMs: row?.timeoutMs ?? null,
    token:
      row?.tokenKey && row.tokenSavedAt
        ? {
            last4: row.tokenLast4 ?? '',
            savedAt: iso(row.tokenSavedAt)!,
            expiresAt: iso(row.tokenExpiresAt),
            valid: row.tokenValid ?? null,
            checkedAt: iso(row.tokenCheckedAt),
            problem: row.tokenProblem ?? null,
          }
        : null,
    defaults: graphDefaults(),
    secretKeyConfigured: secretKeyConfigured(),
    pausedUntil: row?.pausedUntil && new Date(row.pausedUntil).getTime() > Date.now() ? iso(row.pausedUntil) : null,
  };
}

const NO_TOKEN = 'Chưa có mã truy cập trang (page access token): quản trị viên cần nhập trong Cấu hình kênh đăng tải.';

/** The settings a Graph call needs, or why there are none (in Vietnamese). Throws SecretKeyError when the token cannot be read. */
export async function loadGraphConfig(strapi: Core.Strapi): Promise<GraphConfig | { missing: string }> {
  const row = await loadSettingRow(strapi);
  if (!row?.pageId) return { missing: 'Chưa cấu hình fanpage: quản trị viên cần nhập mã trang (page id) trong Cấu hình kênh đăng tải.' };
  if (!row.tokenKey) return { missing: NO_TOKEN };
  const cipher = await readSecret(strapi, secretName(row.tokenKey));
  if (!cipher) return { missing: NO_TOKEN };
  const defaults = graphDefaults();
  return {
    pageId: row.pageId,
    token: decryptToken(cipher),
    tokenKey: row.tokenKey,
    baseUrl: trimSlash(row.graphBaseUrl || defaults.graphBaseUrl),
    version: row.graphVersion || defaults.graphVersion,
    timeoutMs: row.timeoutMs || defaults.timeoutMs,
    pausedUntil: row.pausedUntil ? new Date(row.pausedUntil) : null,
  };
}

/**
 * The fields of the row a body changes: absent kept, null cleared, a value replaced. A new token
 * gets a new key, its cipher text (to be stored under that key), and forgets the last check.
 */
export function changesOf(body: FanpageSettingsBody, now: Date): { data: Record<string, unknown>; cipher?: string } {
  const data: Record<string, unknown> = {};
  let cipher: string | undefined;
  for (const field of ['pageId', 'graphBaseUrl', 'graphVersion', 'timeoutMs'] as const) {
    if (body[field] !== undefined) data[field] = body[field];
  }
  if (body.accessToken !== undefined) {
    const token = body.accessToken;
    if (token !== null) cipher = encryptToken(token);
    Object.assign(data, {
      tokenLast4: token === null ? null : token.slice(-4),
      tokenSavedAt: token === null ? null : now,
      tokenKey: token === null ? null : crypto.randomBytes(8).toString('hex'),
      tokenExpiresAt: null,
      tokenValid: null,
      tokenCheckedAt: null,
      tokenProblem: null,
      pausedUntil: null,
    });
  }
  return { data, cipher };
}

/**
 * The one row, made on the first save (outside any transaction: two first saves at once meet the
 * unique key, and the loser reads the winner's row, without aborting a PostgreSQL transaction).
 */
export async function ensureSettingRow(strapi: Core.Strapi): Promise<number> {
  const existing = await loadSettingRow(strapi);
  if (existing) return existing.id;
  try {
    return (await strapi.db.query(FANPAGE_SETTING).create({ data: { settingKey: FANPAGE_SETTING_KEY } })).id;
  } catch (error) {
    const again = await loadSettingRow(strapi);
    if (!again) throw error;
    return again.id;
  }
}

export const writeSettingRow = (strapi: Core.Strapi, id: number, data: Record<string, unknown>): Promise<FanpageSettingRow> =>
  strapi.db.query(FANPAGE_SETTING).update({ where: { id }, data });

/** What a health check or a delivery learnt of the token (only while it is still the same token). */
export async function recordTokenState(strapi: Core.Strapi, tokenKey: string, state: { valid?: boolean; expiresAt?: Date | null; problem?: string | null; checkedAt?: Date }) {
  const data: Record<string, unknown> = {};
  if (state.valid !== undefined) data.tokenValid = state.valid;
  if (state.expiresAt !== undefined) data.tokenExpiresAt = state.expiresAt;
  if (state.problem !== undefined) data.tokenProblem = state.problem;
  if (state.checkedAt !== undefined) data.tokenCheckedAt = state.checkedAt;
  await strapi.db.query(FANPAGE_SETTING).updateMany({ where: { settingKey: FANPAGE_SETTING_KEY, tokenKey }, data });
}

/** Deliveries wait until `until`: a usage header was near its limit. */
export async function pauseDeliveries(strapi: Core.Strapi, until: Date): Promise<void> {
  await strapi.db.query(FANPAGE_SETTING).updateMany({ where: { settingKey: FANPAGE_SETTING_KEY }, data: { pausedUntil: until } });
}
