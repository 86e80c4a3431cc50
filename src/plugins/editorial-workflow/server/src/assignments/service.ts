import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ASSIGNMENT_STATUSES, ASSIGNMENT_STATUS_LABELS, type AssignmentStatus } from '../../../shared/contracts/plan';
import { UNIT_KINDS, UNIT_KIND_LABELS } from '../../../shared/contracts/stats';
import type { AssignmentChoices, AssignmentDraft, AssignmentDraftBody, AssignmentPart, AssignmentSummary, AssignmentView, OpenAssignment } from '../../../shared/contracts/assignments';
import { ARTICLE, ASSIGNMENT, ASSIGNMENT_TARGET, ITEM_STATE, PLAN_EVENT, PLAN_LINE, UNIT } from '../../../shared/uids';
import type { Actor } from '../services/item-state';
import { forbidden } from '../utils/errors';
import { getService } from '../get-service';
import { planStandingOf, type PlanStanding } from '../plan-standing/standing';
import { commissionerOf, visibleParts } from './scope';
import { linesById, resolveLine } from './line';
import { expandAudience } from './audience';
import { isOpen, statusOf } from './status';
import type { ParsedAssignment } from './input';
import { resolveScriptId } from '../comm-scripts/resolve';

export interface AssignmentRow {
  id: number;
  title: string;
  lineId: number;
  eventId: number | null;
  scriptId?: number | null;
  dueAt: Date | string;
  note: string | null;
  commissionerUnitId: number;
  commissionedByName: string | null;
  createdAt: Date | string;
}

export interface TargetRow {
  id: number;
  assignmentId: number;
  unitId: number;
  dueAt: Date | string;
  itemDocumentId: string | null;
  submittedAt: Date | string | null;
  remindedAt: Date | string | null;
  escalatedAt: Date | string | null;
}

const NOT_FOUND = 'Không tìm thấy nhiệm vụ viết bài, hoặc nhiệm vụ không thuộc phạm vi của bạn.';
const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null | undefined) => (value ? iso(value) : null);
export const targetKeyOf = (assignmentId: number, unitId: number) => `${assignmentId}:${unitId}`;

/**
 * Assignments (giao viết bài, issue 17 item 3). The Office commissions from any unit, a department
 * (its editors and heads) from any unit too, since departments commission coverage of their field.
 * One row per unit it is given to (the targets); each unit's status is derived (status.ts). Who
 * sees what is the plan's scope rule (scope.ts): a unit sees its own part only.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const assignments = () => strapi.db.query(ASSIGNMENT);
  const targets = () => strapi.db.query(ASSIGNMENT_TARGET);

  async function facts(rows: AssignmentRow[], parts: TargetRow[]) {
    const documentIds = parts.map((part) => part.itemDocumentId).filter((id): id is string => Boolean(id));
    const unitIds = [...new Set([...parts.map((part) => part.unitId), ...rows.map((row) => row.commissionerUnitId)])];
    const eventIds = [...new Set(rows.map((row) => row.eventId).filter((id): id is number => id !== null))];
    const [units, lines, eventRows, articles, records] = await Promise.all([
      unitIds.length ? (strapi.db.query(UNIT).findMany({ where: { id: { $in: unitIds } }, select: ['id', 'name', 'kind'] }) as Promise<Array<{ id: number; name: string; kind: string }>>) : [],
      linesById(strapi, rows.map((row) => row.lineId)),
      eventIds.length ? (strapi.db.query(PLAN_EVENT).findMany({ where: { id: { $in: eventIds } }, select: ['id', 'title'] }) as Promise<Array<{ id: number; title: string }>>) : [],
      documentIds.length
        ? (strapi.db.query(ARTICLE).findMany({ where: { documentId: { $in: documentIds }, publishedAt: null }, select: ['documentId', 'title'] }) as Promise<Array<{ documentId: string; title: string }>>)
        : [],
      documentIds.length
        ? (strapi.db.query(ITEM_STATE).findMany({ where: { itemDocumentId: { $in: documentIds } }, select: ['itemDocumentId', 'firstPublishedAt'] }) as Promise<Array<{ itemDocumentId: string; firstPublishedAt: Date | null }>>)
        : [],
    ]);
    return {
      units: new Map(units.map((unit) => [unit.id, unit])),
      lines,
      events: new Map(eventRows.map((event) => [event.id, event])),
      articles: new Map(articles.map((article) => [article.documentId, article])),
      records: new Map(records.map((record) => [record.itemDocumentId, record])),
    };
  }

  type Facts = Awaited<ReturnType<typeof facts>>;

  function partOf(standing: PlanStanding, part: TargetRow, known: Facts, now: Date): AssignmentPart {
    const unit = known.units.get(part.unitId);
    const article = part.itemDocumentId ? known.articles.get(part.itemDocumentId) : undefined;
    const status = statusOf(part, article ? known.records.get(article.documentId) ?? null : null, now);
    return {
      targetId: part.id,
      unit: { id: part.unitId, name: unit?.name ?? `Đơn vị số ${part.unitId}`, kind: unit?.kind ?? '' },
      dueAt: iso(part.dueAt),
      status,
      statusLabel: ASSIGNMENT_STATUS_LABELS[status],
      item: article ? { documentId: article.documentId, title: article.title } : null,
      submittedAt: isoOrNull(part.submittedAt),
      remindedAt: isoOrNull(part.remindedAt),
      escalatedAt: isoOrNull(part.escalatedAt),
      canDraft: !article && standing.authorUnitIds.includes(part.unitId),
    };
  }

  function viewOf(standing: PlanStanding, row: AssignmentRow, parts: AssignmentPart[], known: Facts): AssignmentView {
    const counts = Object.fromEntries(ASSIGNMENT_STATUSES.map((status) => [status, 0])) as Record<AssignmentStatus, number>;
    for (const part of parts) counts[part.status] += 1;
    const line = known.lines.get(row.lineId);
    const event = row.eventId === null ? undefined : known.events.get(row.eventId);
    const commissioner = known.units.get(row.commissionerUnitId);
    return {
      id: row.id,
      title: row.title,
      line: line ? { id: line.id, code: line.code, label: line.label } : null,
      event: event ? { id: event.id, title: event.title } : null,
      scriptId: row.scriptId ?? null,
      dueAt: iso(row.dueAt),
      note: row.note ?? null,
      commissioner: commissioner ? { id: commissioner.id, name: commissioner.name } : null,
      commissionedByName: row.commissionedByName ?? null,
      createdAt: iso(row.createdAt),
      parts,
      counts,
    };
  }

  /** The assignments the person sees, each with the parts they see (in one pass over both tables). */
  async function visible(standing: PlanStanding, where: Record<string, unknown>, now: Date): Promise<AssignmentView[]> {
    let rows: AssignmentRow[];
    if (standing.seesAll) {
      rows = await assignments().findMany({ where, orderBy: [{ dueAt: 'desc' }, { id: 'desc' }], limit: 500 });
    } else {
      if (standing.unitIds.length === 0) return [];
      const targeted: Array<{ assignmentId: number }> = await targets().findMany({ where: { unitId: { $in: standing.unitIds } }, select: ['assignmentId'] });
      const or: Array<Record<string, unknown>> = [{ commissionerUnitId: { $in: standing.unitIds } }];
      if (targeted.length) or.push({ id: { $in: [...new Set(targeted.map((row) => row.assignmentId))] } });
      rows = await assignments().findMany({ where: { ...where, $or: or }, orderBy: [{ dueAt: 'desc' }, { id: 'desc' }], limit: 500 });
    }
    if (rows.length === 0) return [];
    const allParts: TargetRow[] = await targets().findMany({ where: { assignmentId: { $in: rows.map((row) => row.id) } }, orderBy: [{ id: 'asc' }] });
    const shown = new Map(rows.map((row) => [row.id, visibleParts(standing, row, allParts.filter((part) => part.assignmentId === row.id))]));
    const known = await facts(rows, [...shown.values()].flat());
    return rows.map((row) => viewOf(standing, row, shown.get(row.id)!.map((part) => partOf(standing, part, known, now)), known));
  }

  async function load(userId: number, id: number, now: Date): Promise<{ view: AssignmentView; standing: PlanStanding; row: AssignmentRow }> {
    const standing = await planStandingOf(strapi, userId);
    const [view] = await visible(standing, { id }, now);
    if (!view) throw new errors.NotFoundError(NOT_FOUND);
    return { view, standing, row: (await assignments().findOne({ where: { id } })) as AssignmentRow };
  }

  async function commission(actor: Actor, input: ParsedAssignment, now: Date, event: { id: number; title: string; lineId: number | null; scriptId: number | null } | null): Promise<AssignmentView> {
    const standing = await planStandingOf(strapi, actor.id);
    const commissioner = commissionerOf(standing, input.commissionerUnitId);
    if (commissioner === 'choose') throw new errors.ValidationError('Bạn biên tập ở nhiều phòng: hãy chọn phòng giao nhiệm vụ (commissionerUnitId).');
    if (commissioner === null) throw forbidden('Chỉ Văn phòng Sở và biên tập viên, trưởng phòng các phòng chuyên môn được giao viết bài.');
    if (input.dueAt.getTime() <= now.getTime()) throw new errors.ValidationError('Hạn gửi bài đã qua: hãy chọn một thời điểm trong tương lai.');
    const line = await resolveLine(strapi, input.lineId === undefined && !input.lineCode ? { lineId: event?.lineId ?? null } : input);
    if (!line) throw new errors.ValidationError(event ? 'Sự kiện chưa gắn tuyến thông tin: hãy chọn tuyến thông tin của nhiệm vụ.' : 'Hãy chọn tuyến thông tin của nhiệm vụ.');
    // The event's script unless another is named.
    const scriptId = (await resolveScriptId(strapi, input.scriptId)) ?? (input.scriptId === undefined ? event?.scriptId ?? null : null);
    const units = await expandAudience(strapi, input.unitIds, input.unitKinds);
    const title = input.title || (event ? `Đưa tin sự kiện: ${event.title}` : `Viết bài tuyến ${line.code}: ${line.label}`).slice(0, 255);
    const id = await strapi.db.transaction(async () => {
      const created = (await assignments().create({
        data: {
          title,
          lineId: line.id,
          eventId: event?.id ?? null,
          scriptId,
          dueAt: input.dueAt,
          note: input.note ?? null,
          commissionerUnitId: commissioner,
          audience: { unitIds: input.unitIds, unitKinds: input.unitKinds },
          commissionedById: actor.id,
          commissionedByName: actor.name,
        },
      })) as AssignmentRow;
      // One after the other: inside a transaction, queries share its one connection.
      for (const unit of units) {
        await targets().create({ data: { assignmentId: created.id, unitId: unit.id, targetKey: targetKeyOf(created.id, unit.id), dueAt: input.dueAt } });
      }
      return created.id;
    });
    return (await load(actor.id, id, now)).view;
  }

  return {
    /** What the form offers: active units, the unit kinds with their count, the lines of the plan. */
    async choices(userId: number): Promise<AssignmentChoices> {
      const standing = await planStandingOf(strapi, userId);
      if (commissionerOf(standing, undefined) === null) throw forbidden('Chỉ Văn phòng Sở và biên tập viên, trưởng phòng các phòng chuyên môn được giao viết bài.');
      const [units, lines]: [Array<{ id: number; name: string; kind: string }>, Array<{ id: number; code: string; label: string }>] = await Promise.all([
        strapi.db.query(UNIT).findMany({ where: { active: true }, select: ['id', 'name', 'kind'], orderBy: [{ kind: 'asc' }, { name: 'asc' }] }),
        strapi.db.query(PLAN_LINE).findMany({ select: ['id', 'code', 'label'], orderBy: [{ order: 'asc' }, { code: 'asc' }] }),
      ]);
      return {
        units,
        kinds: UNIT_KINDS.map((kind) => ({ kind, label: UNIT_KIND_LABELS[kind], count: units.filter((unit) => unit.kind === kind).length })),
        lines,
      };
    },

    async list(userId: number, now = new Date()): Promise<AssignmentSummary[]> {
      const standing = await planStandingOf(strapi, userId);
      return (await visible(standing, {}, now)).map(({ parts, ...summary }) => ({ ...summary, partCount: parts.length }));
    },

    async get(userId: number, id: number, now = new Date()): Promise<AssignmentView> {
      return (await load(userId, id, now)).view;
    },

    /** The open parts (pending, overdue) of the person's own units: their queue's "Nhiệm vụ viết bài". */
    async openFor(userId: number, now = new Date()): Promise<OpenAssignment[]> {
      const standing = await planStandingOf(strapi, userId);
      if (standing.unitIds.length === 0) return [];
      const parts: TargetRow[] = await targets().findMany({ where: { unitId: { $in: standing.unitIds }, submittedAt: null }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }], limit: 200 });
      if (parts.length === 0) return [];
      const rows: AssignmentRow[] = await assignments().findMany({ where: { id: { $in: [...new Set(parts.map((part) => part.assignmentId))] } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      const known = await facts(rows, parts);
      return parts
        .map((part) => ({ part, view: partOf(standing, part, known, now), row: byId.get(part.assignmentId)! }))
        .filter(({ view, row }) => row && isOpen(view.status))
        .map(({ part, view, row }) => ({
          assignmentId: row.id,
          targetId: part.id,
          title: row.title,
          lineCode: known.lines.get(row.lineId)?.code ?? null,
          unitName: view.unit.name,
          dueAt: view.dueAt,
          status: view.status,
          statusLabel: view.statusLabel,
          itemDocumentId: view.item?.documentId ?? null,
          canDraft: view.canDraft,
        }));
    },

    create(actor: Actor, input: ParsedAssignment, now = new Date()): Promise<AssignmentView> {
      return commission(actor, input, now, null);
    },

    /** Coverage of an event, in one action: the line defaults to the event's. */
    async fromEvent(actor: Actor, eventId: number, input: ParsedAssignment, now = new Date()): Promise<AssignmentView> {
      const event = await getService(strapi, 'plan-events').forCommission(actor.id, eventId);
      return commission(actor, input, now, { id: event.id, title: event.title, lineId: event.lineId, scriptId: event.scriptId ?? null });
    },

    /**
     * Starts the unit's item for its part: a draft of the unit, tagged with the line (and its topic,
     * so the submission is routed to the field's department), created through the Document Service
     * so every rule of an item's creation applies; the part records it, and its submission fulfils it.
     */
    async draft(actor: Actor, id: number, body: AssignmentDraftBody, now = new Date()): Promise<AssignmentDraft> {
      const { view, standing, row } = await load(actor.id, id, now);
      const mine = view.parts.filter((part) => standing.authorUnitIds.includes(part.unit.id) && (body.unitId === undefined || part.unit.id === body.unitId));
      if (mine.length === 0) throw forbidden('Chỉ cộng tác viên (tác giả) của đơn vị được giao mới viết bài cho nhiệm vụ này.');
      if (mine.length > 1) throw new errors.ValidationError('Bạn là tác giả của nhiều đơn vị được giao: hãy chọn đơn vị (unitId).');
      const part = mine[0];
      if (part.item) throw new errors.ValidationError(`Đơn vị đã có bài cho nhiệm vụ này: “${part.item.title}”.`);
      const line = await resolveLine(strapi, { lineId: row.lineId });
      return strapi.db.transaction(async () => {
        const created = await strapi.documents(ARTICLE).create({
          data: {
            title: row.title,
            kind: 'news',
            unit: part.unit.id,
            planLines: line ? [line.id] : [],
            ...(line?.topicId ? { topics: [line.topicId] } : {}),
          } as never,
        });
        // Compare-and-set: two clicks (or two authors) at once leave one item on the part.
        const { count } = await targets().updateMany({ where: { id: part.targetId, itemDocumentId: null }, data: { itemDocumentId: created.documentId } });
        if (count !== 1) throw new errors.ValidationError('Đơn vị vừa có bài cho nhiệm vụ này: hãy tải lại trang.');
        return { itemDocumentId: created.documentId };
      });
    },
  };
};
