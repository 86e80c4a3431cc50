import type { Core } from '@strapi/strapi';
import { parseAuditQuery } from '../audit/query';
import { readAudit } from '../audit/read';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** The audit log, for the administrator and the leadership (permission `audit.read`). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    ctx.body = await readAudit(strapi, await parseAuditQuery(ctx.query));
  },
});
