import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UNIT_PLAN_MIMES, type UnitPlanRow, type UnitPlansView } from '../../../shared/contracts/unit-plans';
import type { UnitKind } from '../../../shared/contracts/stats';
import type { MemberRole } from '../../../shared/member-roles';
import { UNIT, UNIT_PLAN, UPLOAD_FILE } from '../../../shared/uids';
import { getService } from '../get-service';
import type { Actor } from '../services/item-state';
import { byKind } from '../stats/order';
import { forbidden } from '../utils/errors';
import { judgeUnitPlan } from './status';

/**
 * Who files a unit's plan: its authors (shared/member-roles.ts). Filing attaches a file the filer
 * uploaded, and the unit head's admin role holds no upload right (tests/unit-head.test.ts), so a
 * head offered the button could never finish; the head reads the unit's status like every member.
 */
export const FILING_ROLES: readonly MemberRole[] = ['author'];

interface PlanRow {
  id: number;
  unitId: number;
  year: number;
  fileId: number;
  fileName: string | null;
  firstFiledAt: Date | string;
  lastFiledAt: Date | string;
  filedByName: string | null;
}

interface UnitRef {
  id: number;
  code: string;
  name: string;
  kind: string;
}

const ACCEPTED: ReadonlySet<string> = new Set(UNIT_PLAN_MIMES);
const iso = (value: Date | string) => new Date(value).toISOString();

/** PostgreSQL's unique_violation, or SQLite's UNIQUE constraint failure. */
function isUniqueViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || (typeof message === 'string' && /unique/i.test(message));
}

export const planKeyOf = (unitId: number, year: number) => `${unitId}:${year}`;

/**
 * Unit plans (issue 17 item 5), the one write path of `ew_unit_plans`: a unit's author files
 * the unit's plan for a year as a document they uploaded (PDF, DOCX or ODT) (the archive's rules checked the bytes; the
 * file stays private: nothing public shows it, so the file gate answers 404 to the public); refiling
 * replaces the document and keeps the first filing time. The Office (plan.manage) sees every active
 * unit's status; anyone else, their own units'. Statuses are judged at reading (status.ts), against
 * the year's due date (deadlines.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plans = () => strapi.db.query(UNIT_PLAN);
  const membership = () => getService(strapi, 'membership');

  async function unitsOf(ids: number[] | null, kind: UnitKind | undefined): Promise<UnitRef[]> {
    const where: Record<string, unknown> = { active: true };
    if (kind) where.kind = kind;
    if (ids) where.id = { $in: ids.length > 0 ? ids : [-1] };
    const rows = (await strapi.db.query(UNIT).findMany({ where, select: ['id', 'code', 'name', 'kind'] })) as UnitRef[];
    return rows.sort(byKind);
  }

  async function filesOf(ids: number[]): Promise<Map<number, { id: number; name: string; url: string }>> {
    if (ids.length === 0) return new Map();
    const rows = (await strapi.db.query(UPLOAD_FILE).findMany({ where: { id: { $in: ids } }, select: ['id', 'name', 'url'] })) as Array<{ id: number; name: string; url: string }>;
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The file exists, is a document a plan may be, and was uploaded by the filer; else a 400. */
  async function assertOwnDocument(actorId: number, fileId: number): Promise<{ id: number; name: string }> {
    const file = (await strapi.db.query(UPLOAD_FILE).findOne({
      where: { id: fileId },
      select: ['id', 'name', 'mime'],
      populate: { createdBy: { select: ['id'] } },
    })) as { id: number; name: string; mime: string; createdBy: { id: number } | null } | null;
    if (!file || file.createdBy?.id !== actorId) throw new errors.ValidationError('Không tìm thấy tệp kế hoạch đã chọn trong các tệp bạn đã tải lên.');
    if (!ACCEPTED.has(file.mime)) throw new errors.ValidationError(`Tệp "${file.name}" không phải văn bản PDF, DOCX hoặc ODT: kế hoạch của đơn vị nộp bằng một trong các định dạng này.`);
    return { id: file.id, name: file.name };
  }

  return {
    /** A year's status of the units the person sees: every active unit for the Office, else their own units. */
    async view(userId: number, office: boolean, query: { year: number; kind?: UnitKind }, now = new Date()): Promise<UnitPlansView> {
      const [memberOf, fileFor, dueOn] = await Promise.all([
        membership().unitIdsOf(userId),
        membership().unitIdsOf(userId, FILING_ROLES),
        getService(strapi, 'unit-plan-deadlines').dueOnOf(query.year),
      ]);
      const units = await unitsOf(office ? null : memberOf, query.kind);
      const filed = (await plans().findMany({
        where: { year: query.year, unitId: { $in: units.length > 0 ? units.map((unit) => unit.id) : [-1] } },
      })) as PlanRow[];
      const byUnit = new Map(filed.map((row) => [row.unitId, row]));
      const files = await filesOf(filed.map((row) => row.fileId));
      const rows: UnitPlanRow[] = units.map((unit) => {
        const plan = byUnit.get(unit.id);
        const judged = judgeUnitPlan(plan ? new Date(plan.firstFiledAt) : null, dueOn, now);
        const file = plan ? files.get(plan.fileId) : undefined;
        return {
          unit: { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind },
          status: judged.status,
          overdue: judged.overdue,
          file: file ? { id: file.id, name: file.name, url: file.url } : null,
          firstFiledAt: plan ? iso(plan.firstFiledAt) : null,
          lastFiledAt: plan ? iso(plan.lastFiledAt) : null,
          filedByName: plan?.filedByName ?? null,
          canFile: fileFor.includes(unit.id),
        };
      });
      const count = (status: UnitPlanRow['status']) => rows.filter((row) => row.status === status).length;
      return {
        year: query.year,
        dueOn,
        office,
        counts: { units: rows.length, onTime: count('on-time'), late: count('late'), missing: count('missing') },
        rows,
      };
    },

    /**
     * Files a unit's plan for a year, or refiles it: the document is replaced, the latest filing time
     * moves, the first is kept (it decides on time or late).
     */
    async file(actor: Actor, input: { unitId?: number; year: number; fileId: number }, now = new Date()): Promise<UnitPlanRow> {
      const fileFor = await membership().unitIdsOf(actor.id, FILING_ROLES);
      if (fileFor.length === 0) throw forbidden('Chỉ cộng tác viên hoặc thủ trưởng của đơn vị được nộp kế hoạch của đơn vị.');
      let unitId = input.unitId;
      if (unitId === undefined) {
        if (fileFor.length > 1) throw new errors.ValidationError('Bạn thuộc nhiều đơn vị: hãy chọn đơn vị nộp kế hoạch (unitId).');
        unitId = fileFor[0];
      } else if (!fileFor.includes(unitId)) {
        throw forbidden('Bạn chỉ nộp kế hoạch cho đơn vị của mình (với vai trò cộng tác viên hoặc thủ trưởng đơn vị).');
      }
      const unit = (await strapi.db.query(UNIT).findOne({ where: { id: unitId }, select: ['id', 'active'] })) as { id: number; active: boolean | null } | null;
      if (!unit || unit.active === false) throw new errors.ValidationError('Đơn vị đã chọn không còn hoạt động: không nộp kế hoạch được.');
      const file = await assertOwnDocument(actor.id, input.fileId);
      const planKey = planKeyOf(unit.id, input.year);
      const data = { fileId: file.id, fileName: file.name, lastFiledAt: now, filedById: actor.id || null, filedByName: actor.name };
      const existing = (await plans().findOne({ where: { planKey }, select: ['id'] })) as { id: number } | null;
      if (existing) await plans().update({ where: { id: existing.id }, data });
      else {
        await plans()
          .create({ data: { ...data, unitId: unit.id, year: input.year, planKey, firstFiledAt: now } })
          .catch((error: unknown) => {
            throw isUniqueViolation(error) ? new errors.ValidationError('Kế hoạch của đơn vị vừa được người khác nộp; hãy tải lại trang rồi nộp lại.') : error;
          });
      }
      const view = await this.view(actor.id, false, { year: input.year }, now);
      return view.rows.find((row) => row.unit.id === unit.id)!;
    },
  };
};
