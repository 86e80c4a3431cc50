import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { parseMonthQuery } from './input';
import { monthWorkbook } from './workbook';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Thin: the route admits the Office only (`reports.receive`), which reads every unit's reports, so
 * there is no scope to narrow; validate the month, gather, answer in the contract's shape
 * (shared/contracts/opinion-month.ts) or as the workbook of the same figures.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    const { period } = await parseMonthQuery(ctx.query);
    ctx.body = { data: await getService(strapi, 'report-month').month(period) };
  },

  async workbook(ctx: Ctx) {
    const { period } = await parseMonthQuery(ctx.query);
    const view = await getService(strapi, 'report-month').month(period);
    ctx.attachment(`tong-hop-bao-cao-du-luan_${period}.xlsx`);
    ctx.type = XLSX;
    ctx.body = await monthWorkbook(view);
  },
});
