import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { parseCoverageQuery } from './input';
import { coverageWorkbook } from './workbook';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Thin: the route admits readers of statistics (`stats.read`); the plan and its coverage are the
 * whole Sở's, not a unit's, so there is no scope to narrow. Validate, gather, answer in the
 * contract's shape (shared/contracts/plan-coverage.ts) or as the workbook of the same figures.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    const input = await parseCoverageQuery(ctx.query);
    ctx.body = { data: await getService(strapi, 'plan-coverage').grid(input) };
  },

  async workbook(ctx: Ctx) {
    const input = await parseCoverageQuery(ctx.query);
    const view = await getService(strapi, 'plan-coverage').grid(input);
    ctx.attachment(`do-phu-ke-hoach_${view.year}.xlsx`);
    ctx.type = XLSX;
    ctx.body = await coverageWorkbook(view);
  },
});
