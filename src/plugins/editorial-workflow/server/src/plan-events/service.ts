import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EVENT_KIND_LABELS, type EventKind } from '../../../shared/contracts/plan';
import type { PlanEventQuery, PlanEventView } from '../../../shared/contracts/plan-events';
import { ASSIGNMENT, ASSIGNMENT_TARGET, PLAN_EVENT, TOPIC, UNIT } from '../../../shared/uids';
import { vnStartOf, DAY_MS } from '../../../shared/periods';
import type { Actor } from '../services/item-state';
import { forbidden } from '../utils/errors';
import { planStandingOf, type PlanStanding } from '../plan-standing/standing';
import { commissionerOf, seesWholeAssignment } from '../assignments/scope';
import { linesById, resolveLine } from '../assignments/line';
import { resolveScriptId } from '../comm-scripts/resolve';
import { canEditEvent, canSeeEvent } from './scope';
import type { ParsedEvent, ParsedEventUpdate } from './input';

export interface EventRow {
  id: number;
  title: string;
  kind: EventKind;
  startsAt: Date | string;
  endsAt: Date | string;
  place: string;
  organiser: string;
  ownerUnitId: number;
  topicId: number | null;
  lineId: number | null;
  scriptId: number | null;
  note: string | null;
  enteredByName: string | null;
}

const NOT_FOUND = 'Không tìm thấy sự kiện, hoặc sự kiện không thuộc phạm vi của bạn.';
const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * The events of the sector to cover (issue 17, item 4). The Office enters them in its own name, a
 * department in its own; both edit theirs. Who sees one is the plan's scope rule (scope.ts). Coverage
 * is commissioned from an event by the assignments service (`fromEvent`), which asks `forCommission`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const events = () => strapi.db.query(PLAN_EVENT);

  async function topicsOf(ids: number[]): Promise<Map<number, { id: number; code: string; title: string; departmentId: number | null }>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows: Array<{ id: number; code: string; title: string; department?: { id: number } | null }> = await strapi.db
      .query(TOPIC)
      .findMany({ where: { id: { $in: unique } }, select: ['id', 'code', 'title'], populate: { department: { select: ['id'] } } });
    return new Map(rows.map((row) => [row.id, { id: row.id, code: row.code, title: row.title, departmentId: row.department?.id ?? null }]));
  }

  async function assignmentsOf(eventIds: number[]): Promise<Map<number, Array<{ id: number; commissionerUnitId: number; unitIds: number[] }>>> {
    const byEvent = new Map<number, Array<{ id: number; commissionerUnitId: number; unitIds: number[] }>>();
    if (eventIds.length === 0) return byEvent;
    const rows: Array<{ id: number; eventId: number; commissionerUnitId: number }> = await strapi.db
      .query(ASSIGNMENT)
      .findMany({ where: { eventId: { $in: eventIds } }, select: ['id', 'eventId', 'commissionerUnitId'], orderBy: [{ id: 'asc' }] });
    const targets: Array<{ assignmentId: number; unitId: number }> = rows.length
      ? await strapi.db.query(ASSIGNMENT_TARGET).findMany({ where: { assignmentId: { $in: rows.map((row) => row.id) } }, select: ['assignmentId', 'unitId'] })
      : [];
    for (const row of rows) {
      const unitIds = targets.filter((target) => target.assignmentId === row.id).map((target) => target.unitId);
      byEvent.set(row.eventId, [...(byEvent.get(row.eventId) ?? []), { id: row.id, commissionerUnitId: row.commissionerUnitId, unitIds }]);
    }
    return byEvent;
  }

  async function viewsOf(standing: PlanStanding, rows: EventRow[]): Promise<PlanEventView[]> {
    const [topics, lines, assignments, owners] = await Promise.all([
      topicsOf(rows.map((row) => row.topicId).filter((id): id is number => id !== null)),
      linesById(strapi, rows.map((row) => row.lineId).filter((id): id is number => id !== null)),
      assignmentsOf(rows.map((row) => row.id)),
      strapi.db.query(UNIT).findMany({ where: { id: { $in: [...new Set(rows.map((row) => row.ownerUnitId))] } }, select: ['id', 'name'] }) as Promise<Array<{ id: number; name: string }>>,
    ]);
    const ownerName = new Map(owners.map((unit) => [unit.id, unit.name]));
    const views: PlanEventView[] = [];
    for (const row of rows) {
      const topic = row.topicId === null ? undefined : topics.get(row.topicId);
      const made = assignments.get(row.id) ?? [];
      const placement = { ownerUnitId: row.ownerUnitId, topicDepartmentId: topic?.departmentId ?? null, assignedUnitIds: made.flatMap((a) => a.unitIds) };
      if (!canSeeEvent(standing, placement)) continue;
      const line = row.lineId === null ? undefined : lines.get(row.lineId);
      views.push({
        id: row.id,
        title: row.title,
        kind: row.kind,
        kindLabel: EVENT_KIND_LABELS[row.kind] ?? row.kind,
        startsAt: iso(row.startsAt),
        endsAt: iso(row.endsAt),
        place: row.place,
        organiser: row.organiser,
        ownerUnit: ownerName.has(row.ownerUnitId) ? { id: row.ownerUnitId, name: ownerName.get(row.ownerUnitId)! } : null,
        topic: topic ? { id: topic.id, code: topic.code, title: topic.title } : null,
        line: line ? { id: line.id, code: line.code, label: line.label } : null,
        scriptId: row.scriptId ?? null,
        note: row.note ?? null,
        enteredByName: row.enteredByName ?? null,
        canEdit: canEditEvent(standing, row),
        assignmentIds: made.filter((a) => seesWholeAssignment(standing, a) || a.unitIds.some((id) => standing.unitIds.includes(id))).map((a) => a.id),
      });
    }
    return views;
  }

  async function assertTopic(topicId: number | null | undefined): Promise<void> {
    if (topicId === null || topicId === undefined) return;
    if (!(await strapi.db.query(TOPIC).findOne({ where: { id: topicId }, select: ['id'] }))) {
      throw new errors.ValidationError(`Lĩnh vực (chủ đề) số ${topicId} không có trong kế hoạch.`);
    }
  }

  async function load(userId: number, id: number): Promise<{ row: EventRow; view: PlanEventView; standing: PlanStanding }> {
    const standing = await planStandingOf(strapi, userId);
    const row = (await events().findOne({ where: { id } })) as EventRow | null;
    const [view] = row ? await viewsOf(standing, [row]) : [];
    if (!row || !view) throw new errors.NotFoundError(NOT_FOUND);
    return { row, view, standing };
  }

  return {
    /** The events the person sees, soonest first; `from`/`to` (Vietnam dates) keep those overlapping them. */
    async list(userId: number, query: PlanEventQuery): Promise<PlanEventView[]> {
      const standing = await planStandingOf(strapi, userId);
      const where: Record<string, unknown> = {};
      if (query.from) where.endsAt = { $gte: vnStartOf(query.from) };
      if (query.to) where.startsAt = { $lt: new Date(vnStartOf(query.to).getTime() + DAY_MS) };
      const rows = (await events().findMany({ where, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], limit: 500 })) as EventRow[];
      return viewsOf(standing, rows);
    },

    async get(userId: number, id: number): Promise<PlanEventView> {
      return (await load(userId, id)).view;
    },

    /** The event, for commissioning coverage from it: the person must edit it. */
    async forCommission(userId: number, id: number): Promise<EventRow> {
      const { row, view } = await load(userId, id);
      if (!view.canEdit) throw forbidden('Chỉ Văn phòng Sở và phòng đã nhập sự kiện được giao viết bài từ sự kiện này.');
      return row;
    },

    async create(actor: Actor, input: ParsedEvent): Promise<PlanEventView> {
      const standing = await planStandingOf(strapi, actor.id);
      const owner = commissionerOf(standing, input.ownerUnitId);
      if (owner === 'choose') throw new errors.ValidationError('Bạn biên tập ở nhiều phòng: hãy chọn phòng nhập sự kiện (ownerUnitId).');
      if (owner === null) throw forbidden('Chỉ Văn phòng Sở và biên tập viên, trưởng phòng các phòng chuyên môn được nhập sự kiện.');
      await assertTopic(input.topicId);
      const line = await resolveLine(strapi, input);
      const scriptId = await resolveScriptId(strapi, input.scriptId);
      const created = (await events().create({
        data: {
          title: input.title,
          kind: input.kind,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          place: input.place,
          organiser: input.organiser,
          ownerUnitId: owner,
          topicId: input.topicId ?? line?.topicId ?? null,
          lineId: line?.id ?? null,
          scriptId: scriptId ?? null,
          note: input.note ?? null,
          enteredById: actor.id,
          enteredByName: actor.name,
        },
      })) as EventRow;
      return (await viewsOf(standing, [created]))[0];
    },

    async update(actor: Actor, id: number, input: ParsedEventUpdate): Promise<PlanEventView> {
      const { row, view, standing } = await load(actor.id, id);
      if (!view.canEdit) throw forbidden('Chỉ Văn phòng Sở và phòng đã nhập sự kiện được sửa sự kiện.');
      const startsAt = input.startsAt ?? new Date(row.startsAt);
      const endsAt = input.endsAt ?? new Date(row.endsAt);
      if (endsAt.getTime() < startsAt.getTime()) throw new errors.ValidationError('Sự kiện không thể kết thúc trước khi bắt đầu: hãy kiểm tra thời gian bắt đầu và kết thúc.');
      await assertTopic(input.topicId);
      const data: Record<string, unknown> = {};
      for (const key of ['title', 'kind', 'place', 'organiser', 'note', 'topicId'] as const) if (input[key] !== undefined) data[key] = input[key];
      if (input.startsAt) data.startsAt = input.startsAt;
      if (input.endsAt) data.endsAt = input.endsAt;
      if (input.lineId !== undefined || input.lineCode !== undefined) data.lineId = (await resolveLine(strapi, input))?.id ?? null;
      if (input.scriptId !== undefined) data.scriptId = await resolveScriptId(strapi, input.scriptId);
      const updated = (await events().update({ where: { id }, data })) as EventRow;
      return (await viewsOf(standing, [updated]))[0];
    },
  };
};
