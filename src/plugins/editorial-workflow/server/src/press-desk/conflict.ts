import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * A step the inquiry's or the request's current state does not allow (HTTP 409): sending an answer
 * no spokesperson approved, answering a request already answered. The controllers answer it with
 * `ctx.conflict`; Strapi's own error classes have no 409.
 */
export class InquiryConflict extends errors.ApplicationError {
  constructor(message: string) {
    super(message);
    (this as { name: string }).name = 'ConflictError';
  }
}

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Runs a controller's step, answering an InquiryConflict with a 409 and its Vietnamese message. */
export async function answeringConflicts(ctx: Ctx, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (error instanceof InquiryConflict) return ctx.conflict(error.message);
    throw error;
  }
}
