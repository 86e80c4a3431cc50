import type { Core } from '@strapi/strapi';
import type { PublicFormGuard, PublicFormIssue, PublicFormName } from './guard';

/**
 * STUB (issue 22 contract, replaced by the public-forms work): returns the one guard of the public
 * write paths. This placeholder only checks the honeypot and hands out unsigned tokens, so that the
 * forms can be built against the interface while the guard itself is written.
 */
export const publicFormGuard = (_strapi: Core.Strapi): PublicFormGuard => ({
  async issue(_form: PublicFormName): Promise<PublicFormIssue> {
    return { formToken: 'stub', honeypot: 'website', notBefore: new Date().toISOString() };
  },
  async accept(ctx: unknown): Promise<Record<string, unknown>> {
    const body = ((ctx as { request?: { body?: unknown } }).request?.body ?? {}) as Record<string, unknown>;
    const { formToken: _token, website, ...rest } = body;
    if (website) throw Object.assign(new Error('Không gửi được biểu mẫu.'), { status: 400 });
    return rest;
  },
});

export type { PublicFormGuard, PublicFormIssue, PublicFormName };
