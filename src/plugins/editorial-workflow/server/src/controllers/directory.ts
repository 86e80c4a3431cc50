import type { Core } from '@strapi/strapi';
import { vnDateOf } from '../../../shared/periods';
import { parseDirectoryExportQuery, parseNetworkUnitQuery } from '../validation/network';
import { directorySheet } from '../network/directory-sheet';
import { toXlsx } from '../stats/export';
import { getService } from '../get-service';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The directory (Danh bạ): internal, for the Office and the leadership (`directory.read`). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const network = () => getService(strapi, 'network');
  return {
    async find(ctx: Ctx) {
      const { results, pagination } = await network().directory(await parseNetworkUnitQuery(ctx.query));
      ctx.body = { data: results, meta: { pagination } };
    },

    async export(ctx: Ctx) {
      const query = await parseDirectoryExportQuery(ctx.query);
      const sheet = directorySheet(await network().directoryRows(query), vnDateOf(new Date()));
      ctx.attachment(`${sheet.fileName}.xlsx`);
      ctx.type = XLSX;
      // A list of phones and e-mails: no proxy or browser keeps a copy.
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await toXlsx(sheet);
    },
  };
};
