import { errors } from '@strapi/utils';

/**
 * A transition that the item's current state or version does not allow (HTTP 409). The controller
 * answers it with `ctx.conflict`; Strapi's own error classes have no 409.
 */
export class WorkflowConflict extends errors.ApplicationError {
  constructor(message: string, details: { state: string; version: number }) {
    super(message, details);
    (this as { name: string }).name = 'ConflictError';
  }
}

/**
 * A 403 whose message reaches the client. Strapi's route authorisation turns any other
 * ForbiddenError thrown below it into a bare "Forbidden" (compose-endpoint); PolicyError is its
 * documented exception, and still a ForbiddenError for everyone else.
 */
export const forbidden = (message: string, details?: Record<string, unknown>) => new errors.PolicyError(message, details);
