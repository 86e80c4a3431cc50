import type { Core } from '@strapi/strapi';
import { relationChange, type RelationRef } from '../plugins/editorial-workflow/server/src/utils/relation-input';
import { OPINION_REPORT as REPORT, UNIT } from '../plugins/editorial-workflow/shared/uids';
import { vnDateOf } from '../plugins/editorial-workflow/shared/periods';
import { assertUnitKept, dataOf, documentIdOf, invalid, setData, type DocumentMiddleware } from './shared';


/**
 * A unit files one public-opinion report a month (the plugin's /editorial-workflow/opinion-reports is
 * its write path for people; these rules hold for every path: that one, code, the administrator). The check below gives the message; a unique
 * index on the hidden `unitPeriod` key settles two reports filed at the same moment. The filing
 * time is the server's: it decides whether the report came before the 20th, so nobody sets it.
 * A clone is a new filing: its key and filing time are computed afresh (its period and unit are
 * its source's unless given), so a clone for the same unit and month is the same 400 as a second report.
 */
export const opinionReportRules =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== REPORT || !['create', 'update', 'clone'].includes(ctx.action)) return next();

    // The filing time, the key and the Office's receipt are the server's: no caller sets them here
    // (the receipt is written by the plugin's opinion-reports service, straight to the row).
    const {
      submittedAt: _ignored,
      unitPeriod: _derived,
      lastFiledAt: _lastFiled,
      receiptStatus: _status,
      returnReason: _reason,
      receivedAt: _received,
      receiverName: _receiver,
      ...data
    } = dataOf(ctx) ?? {};
    if (ctx.action === 'create') Object.assign(data, legacyEntries(data));
    const documentId = ctx.action === 'update' ? documentIdOf(ctx) : undefined;
    const sourceId = ctx.action === 'clone' ? documentIdOf(ctx) : undefined;
    const unitChange = relationChange(data.unit, 'unit');
    assertUnitKept(ctx.action, unitChange, 'Báo cáo');

    const stored = documentId || sourceId ? await storedReport(strapi, (documentId ?? sourceId) as string) : undefined;
    const unit = unitChange.kind === 'set' ? await findUnit(strapi, unitChange.ref) : stored?.unit;
    const period = typeof data.period === 'string' ? data.period : stored?.period;
    if (typeof data.period === 'string' && /^[0-9]{4}-(0[1-9]|1[0-2])$/.test(data.period) && data.period > vnDateOf(new Date()).slice(0, 7)) {
      throw invalid('period', `Tháng ${data.period} chưa bắt đầu: chỉ báo cáo cho tháng hiện tại hoặc các tháng đã qua (giờ Việt Nam).`);
    }
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
      ...(ctx.action !== 'update' ? filedNow() : stored?.receiptStatus === 'returned' ? refiledNow() : {}),
    });
    try {
      return await next();
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyFiled();
      throw error;
    }
  };

/** A new filing: first and latest filing now, waiting for the Office. */
function filedNow(): Record<string, unknown> {
  const now = new Date();
  return { submittedAt: now, lastFiledAt: now, receiptStatus: 'filed' };
}

/**
 * A report written in the old free-text shape (its `concerns` text, and `handling`) by code or by
 * the administrator in the content-manager: its text becomes its one entry, as the boot migration
 * does for the old rows (plugin opinion-reports/migrate.ts), so every report has the new shape.
 */
function legacyEntries(data: Record<string, unknown>): Record<string, unknown> {
  const text = typeof data.concerns === 'string' ? data.concerns.trim() : '';
  const hasEntries = Array.isArray(data.entries) && data.entries.length > 0;
  if (!text || hasEntries || data.noIssues === true) return {};
  const handling = typeof data.handling === 'string' && data.handling.trim() ? data.handling.trim() : null;
  return { entries: [{ summary: text, actions: handling, channel: 'other' }] };
}

/**
 * An edit of a report the Office returned files it again, by any path (the content-manager too):
 * waiting for the Office, its latest filing now, its first filing (on time or not) kept.
 */
function refiledNow(): Record<string, unknown> {
  return { receiptStatus: 'filed', lastFiledAt: new Date(), returnReason: null };
}

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
): Promise<{ period: string; receiptStatus: string | null; unit?: UnitRow } | undefined> {
  return strapi.db.query(REPORT).findOne({
    select: ['period', 'receiptStatus'],
    where: { documentId },
    populate: { unit: { select: ['id', 'name', 'code'] } },
  });
}
