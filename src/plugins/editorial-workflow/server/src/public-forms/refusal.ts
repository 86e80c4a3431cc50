import type { Context } from 'koa';

/**
 * A refused public post: a 4xx whose Vietnamese message reaches the stranger. Strapi's error
 * middleware answers any thrown error with `status` < 500 and `expose` as that status and message.
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

/** Answers a refusal where Strapi's error middleware is not yet on the stack (the raw-body reader runs ahead of it). */
export function sendRefusal(ctx: Context, refusal: FormRefusal): void {
  ctx.status = refusal.status;
  ctx.body = { data: null, error: { status: refusal.status, name: refusal.name, message: refusal.message, details: {} } };
}
