import type { Core } from '@strapi/strapi';

/**
 * The one guard of the public write paths (public comments, information requests): every POST a
 * stranger can make passes here before anything is stored. Issue 22's abuse rules, without any
 * third-party service: the per-address limit shared with the public API's (Redis when configured),
 * a size limit on the raw body, valid UTF-8 without null bytes, a honeypot field, a signed
 * single-use form token with a minimum time between its issue and the post. Duplicate text is the
 * form's own rule (it knows what a duplicate is). A refusal throws a 4xx with a Vietnamese message.
 *
 * CONTRACT (issue 22): public-forms/ owns this file; the forms call it and nothing else.
 */
export type PublicFormName = 'comment' | 'info-request';

export interface PublicFormIssue {
  /** The signed token the form sends back in `formToken`. */
  formToken: string;
  /** The honeypot's field name: left empty by people, filled by bots. */
  honeypot: string;
  /** The earliest moment (ISO) the form may be posted with this token. */
  notBefore: string;
}

export interface PublicFormGuard {
  /** GET side: a fresh token for one form (bound to the form and, where given, the target, e.g. a consultation). */
  issue(form: PublicFormName, target?: string): Promise<PublicFormIssue>;
  /**
   * POST side: throws the 4xx (429 for the rate limit, 413 for size, 400 otherwise) or returns the
   * body without the token and honeypot fields. Spends the token (single use) only when everything
   * else passed, so that a refused post can be corrected and sent again with the same token.
   * `check` (optional) is the form's own validation of those fields, run before the token is spent:
   * a post refused by it keeps its token too.
   */
  accept(ctx: unknown, form: PublicFormName, target?: string, check?: (fields: Record<string, unknown>) => void | Promise<void>): Promise<Record<string, unknown>>;
}

export type { Core };
