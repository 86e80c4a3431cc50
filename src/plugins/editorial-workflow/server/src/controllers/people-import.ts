import type { Core } from '@strapi/strapi';
import { parsePeopleImport } from '../validation/people-import';
import { getService } from '../get-service';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * The upload of a people file on the network page: the same import as `npm run import:people`,
 * answering its report. The report names lines, e-mails and what changed: never a token.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(ctx: Ctx) {
    const { csv, dryRun } = await parsePeopleImport(ctx.request.body);
    const importer = getService(strapi, 'people-import');
    if (importer.busy()) return ctx.conflict('Đang có một lần nhập danh sách cán bộ khác; chờ lần đó xong rồi thử lại.');
    ctx.body = { data: await importer.run(csv, { dryRun }) };
  },
});
