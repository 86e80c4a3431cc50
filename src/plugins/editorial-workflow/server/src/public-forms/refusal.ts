import type { Context } from 'koa';

/**
 * A refused public post: a 4xx whose Vietnamese message reaches the stranger. The public forms'
 * controllers answer it with sendRefusal (Strapi's error middleware would answer its status too,
 * `expose` being set, but logs it as an internal error first).
 */
export class FormRefusal extends Error {
  readonly expose = true;

  constructor(
    readonly status: 400 | 404 | 409 | 413 | 429,
    message: string
  ) {
    super(message);
    this.name = status === 429 ? 'TooManyRequestsError' : status === 413 ? 'PayloadTooLargeError' : status === 409 ? 'ConflictError' : 'BadRequestError';
  }
}

/** Answers a refusal as its status and Strapi's error body (the raw-body reader, ahead of Strapi's stack; the forms' controllers). */
export function sendRefusal(ctx: Context, refusal: FormRefusal): void {
  ctx.status = refusal.status;
  ctx.body = { data: null, error: { status: refusal.status, name: refusal.name, message: refusal.message, details: {} } };
}
