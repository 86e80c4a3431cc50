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
