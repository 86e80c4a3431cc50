import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { dataOf, documentIdOf, isWrite, type DocumentMiddleware } from './context';
import { OPINION_REPORT } from '../../../shared/uids';
import { isSuperAdmin } from '../utils/request-user';
import { forbidden } from '../utils/errors';

/**
 * A person files an opinion report only for a unit they belong to (admin requests; code is not
 * scoped), and changes none the Office has acknowledged: the content-manager of a database whose
 * roles still give authors write rights (roles keep what the administrator gave them) obeys the same
 * rule as the workflow's page (opinion-reports/).
 */
export const reportScope =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== OPINION_REPORT || !isWrite(ctx)) return next();
    const scope = getService(strapi, 'unit-scope');
    const user = scope.requestUser();
    if (user) {
      const unitId = await scope.unitIdOf(dataOf(ctx)?.unit);
      if (typeof unitId === 'number') await scope.assertMayFileReport(user, unitId);
      const documentId = ctx.action === 'update' ? documentIdOf(ctx) : undefined;
      if (documentId && !isSuperAdmin(user)) {
        const stored: { receiptStatus: string | null } | null = await strapi.db.query(OPINION_REPORT).findOne({ where: { documentId }, select: ['receiptStatus'] });
        if (stored?.receiptStatus === 'acknowledged') throw forbidden('Văn phòng Sở đã tiếp nhận báo cáo này: không sửa được nữa.');
      }
    }
    return next();
  };
