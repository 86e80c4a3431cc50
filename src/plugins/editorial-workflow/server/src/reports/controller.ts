import type { Core } from '@strapi/strapi';
import { statsScopeOf } from '../stats/scope';
import { getService } from '../get-service';
import { parseFileQuery, parseFiguresQuery } from './input';
import { PdfUnavailable } from './pdf';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Thin: the period and format (400 in Vietnamese), the reader's scope (the statistics' own: the
 * leadership and Phòng QLCL every unit, anyone else their units and departments), the report. The
 * answer holds unit names and figures the reader may see: no stored document to sanitise.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async figures(ctx: Ctx) {
    const { period } = await parseFiguresQuery(ctx.query);
    const scope = await statsScopeOf(strapi, ctx.state.user, ctx.state.userAbility);
    ctx.body = { data: await getService(strapi, 'reports').figures(scope, period) };
  },

  async file(ctx: Ctx) {
    const { period, format } = await parseFileQuery(ctx.query);
    const scope = await statsScopeOf(strapi, ctx.state.user, ctx.state.userAbility);
    try {
      const file = await getService(strapi, 'reports').file(scope, period, format);
      ctx.attachment(file.fileName);
      ctx.type = file.contentType;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = file.body;
    } catch (error) {
      if (!(error instanceof PdfUnavailable)) throw error;
      // The machine lacks Chromium: a server condition the reader cannot fix, said in Vietnamese.
      ctx.status = 503;
      ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: error.message, details: {} } };
    }
  },
});
