import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { readPublicFormConfig, type PublicFormConfig } from './config';
import { formAddressLimit, type FormAddressLimit } from './address-limit';
import { formPostMatcher } from './form-posts';
import { newNonce, readFormToken, signFormToken } from './form-token';
import type { PublicFormGuard, PublicFormIssue, PublicFormName } from './guard';
import { assertPlainText } from './plain-text';
import { FORM_BODY_STATE_KEY, publicFormReader } from './raw-body';
import { FormRefusal } from './refusal';
import { tokenLedger } from './token-ledger';

/** The honeypot's field: hidden from people by the website's CSS, filled in by form-filling bots. */
const HONEYPOT = 'website';
const TOKEN_FIELD = 'formToken';

const STALE_FORM = 'Biểu mẫu không hợp lệ hoặc đã hết hạn: vui lòng tải lại trang và gửi lại.';

/**
 * The one guard of the public write paths (guard.ts describes the contract). Order of a post's
 * checks: the address's limit (429), the body the reader left (413 and 400 were answered there),
 * plain text in every field, the honeypot, the token (signature, form, target, age), the form's own
 * check, and last the token's single use, so that a post refused for a fixable reason keeps its token.
 */
function createGuard(strapi: Core.Strapi, config: PublicFormConfig): PublicFormGuard {
  let limit: FormAddressLimit | undefined;
  const ledger = tokenLedger(strapi);

  return {
    async issue(form: PublicFormName, target = ''): Promise<PublicFormIssue> {
      const issuedAt = Date.now();
      return {
        formToken: signFormToken(config.secret, { form, target, issuedAt, nonce: newNonce() }),
        honeypot: HONEYPOT,
        notBefore: new Date(issuedAt + config.minSeconds * 1000).toISOString(),
      };
    },

    async accept(rawCtx: unknown, form: PublicFormName, target = '', check?: (fields: Record<string, unknown>) => void | Promise<void>): Promise<Record<string, unknown>> {
      const ctx = rawCtx as Context;
      limit ??= formAddressLimit(strapi, config);
      const wait = await limit.take(ctx.req.socket.remoteAddress, ctx.get('X-Forwarded-For'));
      if (wait > 0) {
        ctx.set('Retry-After', String(wait));
        throw new FormRefusal(429, `Bạn đã gửi quá nhiều lần: vui lòng thử lại sau ${wait} giây.`);
      }
      const body = ctx.state[FORM_BODY_STATE_KEY];
      // Not read by the reader (a spelling of the path it does not know): refused rather than trusted.
      if (body === undefined) throw new FormRefusal(400, 'Biểu mẫu không đọc được: vui lòng gửi lại từ trang lấy ý kiến.');
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new FormRefusal(400, 'Nội dung gửi phải là một đối tượng JSON.');
      const { [TOKEN_FIELD]: token, [HONEYPOT]: honeypot, ...fields } = body as Record<string, unknown>;
      assertPlainText(fields);
      if (honeypot !== undefined && honeypot !== '') throw new FormRefusal(400, 'Không gửi được biểu mẫu.');

      const claims = readFormToken(config.secret, token);
      const now = Date.now();
      if (!claims || claims.form !== form || claims.target !== target || now - claims.issuedAt > config.tokenTtlSeconds * 1000 || claims.issuedAt > now) {
        throw new FormRefusal(400, STALE_FORM);
      }
      if (now - claims.issuedAt < config.minSeconds * 1000) {
        throw new FormRefusal(400, `Biểu mẫu được gửi quá nhanh: vui lòng đợi vài giây rồi gửi lại.`);
      }
      await check?.(fields);
      if (!(await ledger.spend(claims))) throw new FormRefusal(400, 'Biểu mẫu này đã được gửi một lần: vui lòng tải lại trang để gửi ý kiến khác.');
      return fields;
    },
  };
}

const guards = new WeakMap<Core.Strapi, PublicFormGuard>();
const configs = new WeakMap<Core.Strapi, PublicFormConfig>();

const configOf = (strapi: Core.Strapi): PublicFormConfig => {
  let config = configs.get(strapi);
  if (!config) {
    config = readPublicFormConfig();
    configs.set(strapi, config);
  }
  return config;
};

/** The one guard of the public write paths (one per app: its address counts live in it). */
export const publicFormGuard = (strapi: Core.Strapi): PublicFormGuard => {
  let guard = guards.get(strapi);
  if (!guard) {
    guard = createGuard(strapi, configOf(strapi));
    guards.set(strapi, guard);
  }
  return guard;
};

/** In register(), after the public API's front door: the raw reader of the forms' posts. */
export function registerPublicForms(strapi: Core.Strapi): void {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api') || '/api';
  strapi.server.use(publicFormReader(formPostMatcher(prefix), configOf(strapi).maxBodyBytes));
}

/** Forgets the spent tokens that have expired anyway (an hourly job). */
export const purgeSpentTokens = (strapi: Core.Strapi) =>
  tokenLedger(strapi).purgeIssuedBefore(new Date(Date.now() - configOf(strapi).tokenTtlSeconds * 1000));

export type { PublicFormGuard, PublicFormIssue, PublicFormName };
