import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { parseChannelStatsQuery, parseCompliancePageQuery, parseComplianceQuery, parseExportQuery, parseRankingQuery, parseReportStatusQuery } from '../validation/stats';
import { statsScopeOf } from '../stats/scope';
import { channelsSheet, complianceSheet, rankingSheet, toCsv, toXlsx } from '../stats/export';
import { channelCounts } from '../stats/channels';
import type { ChannelStatsParams } from '../validation/stats';
import { forbidden } from '../utils/errors';
import { UNIT } from '../../../shared/uids';
import { getService } from '../get-service';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * The statistics, scoped to the caller. Responses hold unit references (id, code, name, kind) and
 * numbers only, built by the service: there is no stored document to sanitize.
 */
/**
 * A large answer serialised once. Koa stringifies an object body in its response step, and anything
 * that asks the response's length before (the compression middleware does, for its threshold)
 * stringifies it again: for the year's week grid (about 10 MB of JSON) each pass is some 200 ms.
 * A string body is measured without a copy. Same JSON, same content type.
 */
function sendJson(ctx: Ctx, body: unknown): void {
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const stats = () => getService(strapi, 'stats');

  /** The unit ids to count: the caller's scope, narrowed to one unit when asked (404-free: 400 unknown, 403 outside). */
  async function unitIdsFor(ctx: Ctx, unitCode?: string): Promise<number[] | undefined> {
    const scope = await statsScopeOf(strapi, ctx.state.user, ctx.state.userAbility);
    if (!unitCode) return scope.all ? undefined : scope.unitIds;
    const unit = await strapi.db.query(UNIT).findOne({ where: { code: unitCode.toUpperCase() }, select: ['id', 'code'] });
    if (!unit) throw new errors.ValidationError(`Không có đơn vị mã "${unitCode}".`);
    if (!scope.all && !scope.unitIds.includes(unit.id)) throw forbidden(`Đơn vị ${unit.code} nằm ngoài phạm vi thống kê của bạn.`);
    return [unit.id];
  }

  /** The items published by channel, in the caller's scope and the unit filters (the grid's active units). */
  async function channelStatsFor(ctx: Ctx, { unit, unitKind, from, to }: ChannelStatsParams) {
    const scoped = await unitIdsFor(ctx, unit);
    const units = await stats().unitsOf({ unitKind, unitIds: scoped });
    return channelCounts(strapi, { from, to, unitIds: units.map((row) => row.id) });
  }

  return {
    /** One page of units (`page`, `pageSize`, `sort`); the answer says where it sits in `data.pagination`. */
    async compliance(ctx: Ctx) {
      const { unit, ...query } = await parseCompliancePageQuery(ctx.query);
      const unitIds = await unitIdsFor(ctx, unit);
      sendJson(ctx, { data: await stats().compliancePage({ ...query, unitIds }) });
    },

    /** The trend by unit kind over every unit of the filters (the grid's own parameters, no page). */
    async trend(ctx: Ctx) {
      const { unit, ...query } = await parseComplianceQuery(ctx.query);
      const unitIds = await unitIdsFor(ctx, unit);
      ctx.body = { data: await stats().trend({ ...query, unitIds }) };
    },

    async ranking(ctx: Ctx) {
      const { unit, ...query } = await parseRankingQuery(ctx.query);
      const unitIds = await unitIdsFor(ctx, unit);
      sendJson(ctx, { data: await stats().ranking({ ...query, unitIds }) });
    },

    async reportStatus(ctx: Ctx) {
      const { month } = await parseReportStatusQuery(ctx.query);
      const unitIds = await unitIdsFor(ctx);
      ctx.body = { data: await stats().reportStatus({ month, unitIds }) };
    },

    /** Items published in the period by channel (website, fanpage, portal, press): marked and delivered. */
    async channels(ctx: Ctx) {
      ctx.body = { data: await channelStatsFor(ctx, await parseChannelStatsQuery(ctx.query)) };
    },

    /** The whole table, every unit of the scope and filters, in the order asked for: never one page. */
    async export(ctx: Ctx) {
      const request = await parseExportQuery(ctx.query);
      const unitIds = request.table === 'channels' ? undefined : await unitIdsFor(ctx, request.params.unit);
      let sheet;
      if (request.table === 'channels') {
        sheet = channelsSheet(await channelStatsFor(ctx, request.params));
      } else if (request.table === 'compliance') {
        const { unit: _unit, ...query } = request.params;
        sheet = complianceSheet(await stats().compliance({ ...query, unitIds }));
      } else {
        const { unit: _unit, ...query } = request.params;
        sheet = rankingSheet(await stats().ranking({ ...query, unitIds }));
      }
      ctx.attachment(`${sheet.fileName}.${request.format}`);
      ctx.type = CONTENT_TYPES[request.format];
      ctx.body = request.format === 'xlsx' ? await toXlsx(sheet) : toCsv(sheet);
    },
  };
};
