import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLAN_LINE } from '../../../shared/uids';

export interface PlanLineRef {
  id: number;
  code: string;
  label: string;
  topicId: number | null;
  departmentId: number | null;
}

/**
 * The line of information an assignment or an event names, by id or by its code (`III.2.3`): one
 * that does not exist is a 400, so nothing is stored against a line the plan does not have.
 */
export async function resolveLine(strapi: Core.Strapi, ref: { lineId?: number | null; lineCode?: string | null }): Promise<PlanLineRef | null> {
  if ((ref.lineId ?? null) === null && !ref.lineCode) return null;
  const where = ref.lineCode ? { code: ref.lineCode } : { id: ref.lineId };
  const row: { id: number; code: string; label: string; topic?: { id: number } | null; department?: { id: number } | null } | null = await strapi.db
    .query(PLAN_LINE)
    .findOne({ where, select: ['id', 'code', 'label'], populate: { topic: { select: ['id'] }, department: { select: ['id'] } } });
  if (!row || (ref.lineId && ref.lineCode && row.id !== ref.lineId)) {
    throw new errors.ValidationError(
      ref.lineCode ? `Tuyến thông tin mã "${ref.lineCode}" không có trong kế hoạch.` : `Tuyến thông tin số ${ref.lineId} không có trong kế hoạch.`
    );
  }
  return { id: row.id, code: row.code, label: row.label, topicId: row.topic?.id ?? null, departmentId: row.department?.id ?? null };
}

/** The lines by id, for the pages (a line removed since shows as none). */
export async function linesById(strapi: Core.Strapi, ids: number[]): Promise<Map<number, { id: number; code: string; label: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows: Array<{ id: number; code: string; label: string }> = await strapi.db
    .query(PLAN_LINE)
    .findMany({ where: { id: { $in: unique } }, select: ['id', 'code', 'label'] });
  return new Map(rows.map((row) => [row.id, row]));
}
