import type { Core } from '@strapi/strapi';
import { parseTransition } from '../validation/transition';
import { parseDocumentId } from '../validation/common';
import { WorkflowConflict } from '../utils/errors';
import { actorName, displayName } from '../utils/display-name';
import { getService } from '../get-service';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Load → authorise → validate → assert → service, as review-workflows' controllers do; scope lives in the service. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const workflow = () => getService(strapi, 'workflow');
  const itemView = () => getService(strapi, 'item-view');

  return {
    async findOne(ctx: Ctx) {
      const documentId = parseDocumentId(ctx.params.documentId);
      ctx.body = { data: await itemView().describe(documentId, ctx.state.user.id) };
    },

    async transition(ctx: Ctx) {
      const documentId = parseDocumentId(ctx.params.documentId);
      const body = await parseTransition(ctx.request.body);
      // The admin auth strategy has loaded the user already: no second query for the name.
      const user = ctx.state.user as { id: number; email?: string };
      const actor = { id: user.id, name: user.email ? displayName(user) : await actorName(strapi, user.id) };
      try {
        ctx.body = { data: await workflow().transition({ documentId, ...body }, actor) };
      } catch (error) {
        if (error instanceof WorkflowConflict) return ctx.conflict(error.message, error.details);
        throw error;
      }
    },
  };
};
