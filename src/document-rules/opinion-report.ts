import type { Core } from '@strapi/strapi';
import { relationChange, type RelationRef } from '../plugins/editorial-workflow/server/src/utils/relation-input';
import { OPINION_REPORT as REPORT, UNIT } from '../plugins/editorial-workflow/shared/uids';
import { assertUnitKept, dataOf, documentIdOf, invalid, setData, type DocumentMiddleware } from './shared';


/**
 * A unit files one public-opinion report a month. The check below gives the message; a unique
 * index on the hidden `unitPeriod` key settles two reports filed at the same moment. The filing
 * time is the server's: it decides whether the report came before the 20th, so nobody sets it.
 * A clone is a new filing: its key and filing time are computed afresh (its period and unit are
 * its source's unless given), so a clone for the same unit and month is the same 400 as a second report.
 */
export const opinionReportRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== REPORT || !['create', 'update', 'clone'].includes(ctx.action)) return next();

    const { submittedAt: _ignored, unitPeriod: _derived, ...data } = dataOf(ctx) ?? {};
    const documentId = ctx.action === 'update' ? documentIdOf(ctx) : undefined;
    const sourceId = ctx.action === 'clone' ? documentIdOf(ctx) : undefined;
    const unitChange = relationChange(data.unit, 'unit');
    assertUnitKept(ctx.action, unitChange, 'Báo cáo');

    const stored = documentId || sourceId ? await storedReport(strapi, (documentId ?? sourceId) as string) : undefined;
    const unit = unitChange.kind === 'set' ? await findUnit(strapi, unitChange.ref) : stored?.unit;
    const period = typeof data.period === 'string' ? data.period : stored?.period;
    if (!unit || !period) {
      // Nothing to key on: the required-field checks answer; the server-set fields still are not the client's.
      setData(ctx, data);
      return next();
    }

    const alreadyFiled = () =>
      invalid(
        'period',
        `Đơn vị ${unit.name} (${unit.code}) đã gửi báo cáo dư luận tháng ${period}. Mỗi đơn vị chỉ gửi một báo cáo mỗi tháng: hãy sửa báo cáo đã có.`
      );
    const existing = await strapi.db.query(REPORT).findOne({
      select: ['documentId'],
      where: { period, unit: { id: unit.id }, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    });
    if (existing) throw alreadyFiled();

    setData(ctx, {
      ...data,
      unitPeriod: `${unit.id}/${period}`,
      ...(ctx.action === 'update' ? {} : { submittedAt: new Date() }),
    });
    try {
      return await next();
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyFiled();
      throw error;
    }
  };

/** A unique index refused the row: PostgreSQL's 23505, SQLite's SQLITE_CONSTRAINT_UNIQUE. */
function isUniqueViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || /unique constraint/i.test(String(message));
}

type UnitRow = { id: number; name: string; code: string };

async function findUnit(strapi: Core.Strapi, ref: RelationRef): Promise<UnitRow> {
  const unit = await strapi.db.query(UNIT).findOne({ select: ['id', 'name', 'code'], where: ref });
  if (!unit) {
    throw invalid('unit', 'Không tìm thấy đơn vị đã chọn.');
  }
  return unit;
}

async function storedReport(
  strapi: Core.Strapi,
  documentId: string
): Promise<{ period: string; unit?: UnitRow } | undefined> {
  return strapi.db.query(REPORT).findOne({
    select: ['period'],
    where: { documentId },
    populate: { unit: { select: ['id', 'name', 'code'] } },
  });
}
