import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  ALARM_SEVERITIES,
  CONCERN_KIND_LABELS,
  CONCERN_SEVERITY_LABELS,
  CONCERN_STATUS_LABELS,
  SETTLED_STATUSES,
  TIMELINE_KIND_LABELS,
  decideConcernMove,
  severityRank,
  type ConcernChannel,
  type ConcernHandlerChoice,
  type ConcernKind,
  type ConcernList,
  type ConcernQuery,
  type ConcernRequestBody,
  type ConcernSeverity,
  type ConcernStatus,
  type ConcernSummary,
  type ConcernUnitChoice,
  type ConcernUpdateBody,
  type ConcernView,
  type TimelineEntry,
  type TimelineEntryBody,
  type TimelineKind,
} from '../../../shared/contracts/concerns';
import { ADMIN_USER, CONCERN, CONCERN_ENTRY, MEMBERSHIP, TOPIC, UNIT } from '../../../shared/uids';
import { getService } from '../get-service';
import type { Actor } from '../services/item-state';
import { displayName } from '../utils/display-name';
import { forbidden } from '../utils/errors';
import { deskOrder, dueAtOf, isOverdue, loadResponseHours, type ResponseHours } from './clock';
import { CONCERN_NOT_FOUND } from './input';
import { alarmNotice, type AlarmFacts } from './notices';
import { assertConcernUnits, unitsChangeLine } from './units';
import { officeUnitIdOf } from './office';
import { canSeeConcern, canWorkOn, concernScopeOf, scopeWhere, type ConcernScope } from './scope';

/** A concern's row, as stored, with its topic and units populated. */
export interface ConcernRow {
  id: number;
  title: string;
  description: string;
  topic: { id: number; code: string; title: string } | null;
  units: Array<{ id: number; name: string }>;
  channel: ConcernChannel;
  sourceLinks: string[] | null;
  firstSeenAt: Date | string;
  kind: ConcernKind;
  severity: ConcernSeverity;
  severitySince: Date | string;
  status: ConcernStatus;
  departmentId: number | null;
  handlerId: number | null;
  handlerName: string | null;
  filingUnitId: number;
  filerId: number;
  filerName: string;
  createdAt: Date | string;
}

interface EntryRow {
  id: number;
  concernId: number;
  kind: TimelineKind;
  body: string;
  authorId: number | null;
  authorName: string | null;
  createdAt: Date | string;
}

const POPULATE = { topic: { select: ['id', 'code', 'title'] }, units: { select: ['id', 'name'] } };
const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * The public-opinion and incident desk's register (issue 15). Scope follows the workflow's: a unit
 * sees its own concerns (filed by it or about it), a department those routed to it, the Office, the
 * publisher and the leadership all; 404 outside. Any unit member files; the Office and the
 * responsible department work on a concern. Every change that matters writes its timeline entry in
 * the same transaction, and filing or raising a concern to sự cố / khủng hoảng tells the Office, the
 * department's heads and the leadership at once (in-admin, and by e-mail after the commit).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const concerns = () => strapi.db.query(CONCERN);
  const entries = () => strapi.db.query(CONCERN_ENTRY);
  const membership = () => getService(strapi, 'membership');

  const officeUnitId = () => officeUnitIdOf(strapi);

  async function scopeOf(userId: number): Promise<ConcernScope> {
    const [standing, office] = await Promise.all([membership().standingOf(userId), officeUnitId()]);
    return concernScopeOf(standing, office);
  }

  async function unitNames(ids: Array<number | null>): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
    if (wanted.length === 0) return new Map();
    const units: Array<{ id: number; name: string }> = await strapi.db.query(UNIT).findMany({ where: { id: { $in: wanted } }, select: ['id', 'name'] });
    return new Map(units.map((unit) => [unit.id, unit.name]));
  }

  const placementOf = (row: ConcernRow) => ({ filingUnitId: row.filingUnitId, unitIds: (row.units ?? []).map((unit) => unit.id), departmentId: row.departmentId ?? null });

  function summaryOf(row: ConcernRow, names: Map<number, string>, hours: ResponseHours, now: Date): ConcernSummary {
    const dueAt = dueAtOf(row, hours);
    return {
      id: row.id,
      title: row.title,
      topic: row.topic ? { id: row.topic.id, code: row.topic.code, title: row.topic.title } : null,
      channel: row.channel,
      kind: row.kind,
      severity: row.severity,
      status: row.status,
      filingUnit: { id: row.filingUnitId, name: names.get(row.filingUnitId) ?? `#${row.filingUnitId}` },
      department: row.departmentId ? { id: row.departmentId, name: names.get(row.departmentId) ?? `#${row.departmentId}` } : null,
      handler: row.handlerId ? { id: row.handlerId, name: row.handlerName ?? `#${row.handlerId}` } : null,
      firstSeenAt: iso(row.firstSeenAt),
      createdAt: iso(row.createdAt),
      dueAt: dueAt && dueAt.toISOString(),
      overdue: isOverdue(dueAt, now),
    };
  }

  const entryOf = (row: EntryRow): TimelineEntry => ({
    id: row.id,
    kind: row.kind,
    text: row.body,
    author: row.authorId ? { id: row.authorId, name: row.authorName ?? `#${row.authorId}` } : null,
    createdAt: iso(row.createdAt),
  });

  /** The concern as the caller may see it: a 404 outside their scope, whether or not it exists. */
  async function loadInScope(scope: ConcernScope, id: number): Promise<ConcernRow> {
    const row: ConcernRow | null = await concerns().findOne({ where: { id }, populate: POPULATE });
    if (!row || !canSeeConcern(scope, placementOf(row))) throw new errors.NotFoundError(CONCERN_NOT_FOUND);
    return row;
  }

  async function viewOf(scope: ConcernScope, row: ConcernRow, now: Date): Promise<ConcernView> {
    // One after the other: inside a transaction, queries share its one connection.
    const names = await unitNames([row.filingUnitId, row.departmentId]);
    const hours = await loadResponseHours(strapi);
    const timeline: EntryRow[] = await entries().findMany({ where: { concernId: row.id }, orderBy: [{ id: 'asc' }] });
    return {
      ...summaryOf(row, names, hours, now),
      description: row.description,
      units: (row.units ?? []).map((unit) => ({ id: unit.id, name: unit.name })),
      sourceLinks: Array.isArray(row.sourceLinks) ? row.sourceLinks : [],
      filer: { id: row.filerId, name: row.filerName },
      canWork: canWorkOn(scope, row),
      timeline: timeline.map(entryOf),
    };
  }

  /** A department of the Sở, active; else a 400. */
  async function assertDepartment(departmentId: number): Promise<{ id: number; name: string }> {
    const unit: { id: number; name: string; kind: string; active: boolean | null } | null = await strapi.db
      .query(UNIT)
      .findOne({ where: { id: departmentId }, select: ['id', 'name', 'kind', 'active'] });
    if (!unit || unit.kind !== 'department' || unit.active === false) throw new errors.ValidationError('Phòng phụ trách phải là một phòng chuyên môn đang hoạt động của Sở.');
    return unit;
  }

  /** Who hears of a concern at sự cố or khủng hoảng: the Office, the department's heads, the leadership. */
  async function alarmAudience(departmentId: number | null): Promise<number[]> {
    const office = await officeUnitId();
    // One after the other: called inside a transaction, whose one connection the queries share.
    const officeMembers: Array<{ userId: number }> = office === null ? [] : await strapi.db.query(MEMBERSHIP).findMany({ where: { unitId: office }, select: ['userId'] });
    const heads = departmentId === null ? [] : await membership().userIdsWithRole('head', departmentId);
    const leaders = await membership().leadershipUserIds();
    return [...new Set([...officeMembers.map((row) => row.userId), ...heads, ...leaders])];
  }

  async function alarmFactsOf(row: Pick<ConcernRow, 'id' | 'title' | 'severity' | 'channel' | 'filingUnitId' | 'departmentId' | 'firstSeenAt'>): Promise<AlarmFacts> {
    const names = await unitNames([row.filingUnitId, row.departmentId]);
    return {
      id: row.id,
      title: row.title,
      severity: row.severity,
      channel: row.channel,
      filingUnitName: names.get(row.filingUnitId) ?? `#${row.filingUnitId}`,
      departmentName: row.departmentId ? (names.get(row.departmentId) ?? null) : null,
      firstSeenAt: row.firstSeenAt,
    };
  }

  async function writeEntry(concernId: number, kind: TimelineKind, body: string, author: Actor | null): Promise<void> {
    await entries().create({ data: { concernId, kind, body, authorId: author?.id ?? null, authorName: author?.name ?? null } });
  }

  return {
    scopeOf,
    officeUnitId,
    alarmAudience,
    alarmFactsOf,

    /** The concerns the caller sees, filtered; overdue first, then the most severe, then the oldest. */
    async list(userId: number, query: ConcernQuery, now = new Date()): Promise<ConcernList> {
      const scope = await scopeOf(userId);
      const filters: Array<Record<string, unknown>> = [];
      const inScope = scopeWhere(scope);
      if (inScope) filters.push(inScope);
      if (query.status) filters.push({ status: query.status });
      if (query.severity) filters.push({ severity: query.severity });
      if (query.kind) filters.push({ kind: query.kind });
      if (query.departmentId) filters.push({ departmentId: query.departmentId });
      if (query.unitId) filters.push({ $or: [{ filingUnitId: query.unitId }, { units: { id: query.unitId } }] });
      // The register holds tens to hundreds of concerns a year: read in scope, ordered by the clock here
      // (the order depends on each severity's response time, which the database does not know).
      const [rows, hours]: [ConcernRow[], ResponseHours] = await Promise.all([
        concerns().findMany({ where: filters.length ? { $and: filters } : {}, populate: POPULATE, orderBy: [{ id: 'asc' }] }),
        loadResponseHours(strapi),
      ]);
      const names = await unitNames(rows.flatMap((row) => [row.filingUnitId, row.departmentId]));
      let summaries = rows.map((row) => summaryOf(row, names, hours, now));
      if (query.overdue !== undefined) summaries = summaries.filter((summary) => summary.overdue === query.overdue);
      summaries.sort(deskOrder);
      const total = summaries.length;
      const start = (query.page - 1) * query.pageSize;
      const filingUnitIds = scope.unitIds;
      const filingNames = await unitNames(filingUnitIds);
      const [topics, departments]: [Array<{ id: number; code: string; title: string }>, Array<{ id: number; name: string }>] = await Promise.all([
        strapi.db.query(TOPIC).findMany({ select: ['id', 'code', 'title'], orderBy: [{ order: 'asc' }, { code: 'asc' }] }),
        strapi.db.query(UNIT).findMany({ where: { kind: 'department', active: { $ne: false } }, select: ['id', 'name'], orderBy: [{ name: 'asc' }] }),
      ]);
      return {
        topics,
        departments,
        results: summaries.slice(start, start + query.pageSize),
        pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) },
        filingUnits: filingUnitIds.map((id) => ({ id, name: filingNames.get(id) ?? `#${id}` })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
      };
    },

    async get(userId: number, id: number, now = new Date()): Promise<ConcernView> {
      const scope = await scopeOf(userId);
      return viewOf(scope, await loadInScope(scope, id), now);
    },

    /** Files a concern for one of the filer's units; at sự cố or khủng hoảng, the alarm goes out at once. */
    async create(actor: Actor, input: ConcernRequestBody, now = new Date()): Promise<ConcernView> {
      const scope = await scopeOf(actor.id);
      if (scope.unitIds.length === 0) throw forbidden('Bạn chưa thuộc đơn vị nào nên chưa thể báo vấn đề dư luận; hãy liên hệ quản trị hệ thống.');
      let filingUnitId = input.filingUnitId;
      if (filingUnitId === undefined) {
        if (scope.unitIds.length > 1) throw new errors.ValidationError('Bạn thuộc nhiều đơn vị: hãy chọn đơn vị gửi (filingUnitId).');
        filingUnitId = scope.unitIds[0];
      } else if (!scope.unitIds.includes(filingUnitId)) {
        throw forbidden('Bạn chỉ báo vấn đề cho đơn vị của mình.');
      }
      const topic: { id: number; department: { id: number } | null } | null = await strapi.db
        .query(TOPIC)
        .findOne({ where: { id: input.topicId }, select: ['id'], populate: { department: { select: ['id'] } } });
      if (!topic) throw new errors.ValidationError('Không có lĩnh vực (chủ đề) này trong kế hoạch.');
      const unitIds = input.unitIds ?? [];
      await assertConcernUnits(strapi, unitIds);
      const departmentId = input.departmentId ?? topic.department?.id ?? null;
      if (departmentId !== null) await assertDepartment(departmentId);

      return strapi.db.transaction(async ({ onCommit }) => {
        const created: ConcernRow = await concerns().create({
          data: {
            title: input.title,
            description: input.description,
            topic: topic.id,
            units: unitIds,
            channel: input.channel,
            sourceLinks: input.sourceLinks ?? [],
            firstSeenAt: new Date(input.firstSeenAt),
            kind: input.kind,
            severity: input.severity,
            severitySince: now,
            status: 'new',
            departmentId,
            filingUnitId,
            filerId: actor.id,
            filerName: actor.name,
          },
        });
        await writeEntry(created.id, 'filed', `${actor.name} báo vấn đề ở mức "${CONCERN_SEVERITY_LABELS[input.severity]}" (${CONCERN_KIND_LABELS[input.kind].toLowerCase()}).`, actor);
        if (ALARM_SEVERITIES.has(input.severity)) {
          const told = (await alarmAudience(departmentId)).filter((userId) => userId !== actor.id);
          const facts = await alarmFactsOf({ ...created, filingUnitId: filingUnitId!, departmentId, firstSeenAt: input.firstSeenAt });
          const queued = await getService(strapi, 'inbox').notifyUsers(told, alarmNotice(facts, { name: actor.name, from: null }, input.description));
          onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
        }
        const row: ConcernRow = await concerns().findOne({ where: { id: created.id }, populate: POPULATE });
        return viewOf(scope, row, now);
      });
    },

    /**
     * Changes what the Office or the responsible department decides (severity, status, handler,
     * department, kind, the units concerned), each change with its timeline entry; raising to sự cố or khủng hoảng sounds
     * the alarm. The severity is changed only from the value read (of two simultaneous raises, one
     * raises and alarms; the other is told the concern changed).
     */
    async update(actor: Actor, id: number, input: ConcernUpdateBody, now = new Date()): Promise<ConcernView> {
      const scope = await scopeOf(actor.id);
      const row = await loadInScope(scope, id);
      if (!canWorkOn(scope, row)) throw forbidden('Chỉ Văn phòng Sở và phòng phụ trách mới xử lý vấn đề này.');
      const data: Record<string, unknown> = {};
      const lines: Array<[TimelineKind, string]> = [];
      const note = input.note ? ` Ghi chú: ${input.note}` : '';

      if (input.status !== undefined && input.status !== row.status) {
        const decision = decideConcernMove(row.status, input.status);
        if (!decision.ok) throw new errors.ValidationError(decision.reason);
        data.status = input.status;
        lines.push(['status', `${actor.name} chuyển trạng thái từ "${CONCERN_STATUS_LABELS[row.status]}" sang "${CONCERN_STATUS_LABELS[input.status]}".${note}`]);
      }
      const raised = input.severity !== undefined && input.severity !== row.severity ? input.severity : undefined;
      if (raised) {
        data.severity = raised;
        data.severitySince = now;
        const verb = severityRank(raised) > severityRank(row.severity) ? 'nâng' : 'hạ';
        lines.push(['severity', `${actor.name} ${verb} mức độ từ "${CONCERN_SEVERITY_LABELS[row.severity]}" ${verb === 'nâng' ? 'lên' : 'xuống'} "${CONCERN_SEVERITY_LABELS[raised]}".${note}`]);
      }
      let departmentName: string | null = null;
      if (input.departmentId !== undefined && input.departmentId !== row.departmentId) {
        const department = await assertDepartment(input.departmentId);
        departmentName = department.name;
        data.departmentId = department.id;
        lines.push(['department', `${actor.name} giao phòng phụ trách: ${department.name}.${note}`]);
      }
      if (input.handlerId !== undefined && input.handlerId !== row.handlerId) {
        if (input.handlerId === null) {
          data.handlerId = null;
          data.handlerName = null;
          lines.push(['handler', `${actor.name} bỏ phân công người xử lý.${note}`]);
        } else {
          const departmentId = (data.departmentId as number | undefined) ?? row.departmentId;
          const office = await officeUnitId();
          const units = [office, departmentId].filter((unitId): unitId is number => typeof unitId === 'number');
          const [user, member]: [{ id: number; firstname: string | null; lastname: string | null; email: string | null; isActive: boolean } | null, number] = await Promise.all([
            strapi.db.query(ADMIN_USER).findOne({ where: { id: input.handlerId }, select: ['id', 'firstname', 'lastname', 'email', 'isActive'] }),
            strapi.db.query(MEMBERSHIP).count({ where: { userId: input.handlerId, unitId: { $in: units } } }),
          ]);
          if (!user || !user.isActive || member === 0) throw new errors.ValidationError('Người xử lý phải là cán bộ đang hoạt động của Văn phòng Sở hoặc của phòng phụ trách.');
          data.handlerId = user.id;
          data.handlerName = displayName(user);
          lines.push(['handler', `${actor.name} giao người xử lý: ${displayName(user)}.${note}`]);
        }
      }
      if (input.kind !== undefined && input.kind !== row.kind) {
        data.kind = input.kind;
        lines.push(['kind', `${actor.name} đổi loại từ "${CONCERN_KIND_LABELS[row.kind]}" sang "${CONCERN_KIND_LABELS[input.kind]}".${note}`]);
      }
      const unitsLine = input.unitIds === undefined ? null : await unitsChangeLine(strapi, actor.name, row.units ?? [], input.unitIds);
      if (unitsLine) lines.push(['units', `${unitsLine}${note}`]);
      if (lines.length === 0) return viewOf(scope, row, now);

      return strapi.db.transaction(async ({ onCommit }) => {
        // The compare-and-set also when only the units change (their own table takes no condition).
        const changed = (await concerns().updateMany({ where: { id, severity: row.severity, status: row.status }, data: { ...data, updatedAt: now } })) as { count: number };
        if (changed.count === 0) throw new errors.ValidationError('Vấn đề vừa được người khác thay đổi; hãy tải lại và thử lại.');
        if (unitsLine) await concerns().update({ where: { id }, data: { units: input.unitIds } });
        for (const [kind, text] of lines) await writeEntry(id, kind, text, actor);
        if (raised && ALARM_SEVERITIES.has(raised) && severityRank(raised) > severityRank(row.severity) && !SETTLED_STATUSES.has((data.status as ConcernStatus) ?? row.status)) {
          const departmentId = (data.departmentId as number | undefined) ?? row.departmentId;
          const told = (await alarmAudience(departmentId)).filter((userId) => userId !== actor.id);
          const facts = await alarmFactsOf({ ...row, severity: raised, departmentId });
          if (departmentName) facts.departmentName = departmentName;
          const queued = await getService(strapi, 'inbox').notifyUsers(told, alarmNotice(facts, { name: actor.name, from: row.severity }, row.description));
          onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
        }
        const updated: ConcernRow = await concerns().findOne({ where: { id }, populate: POPULATE });
        return viewOf(scope, updated, now);
      });
    },

    /** The units a concern may name as concerned: every active unit (the filing form searches them). */
    async unitChoices(): Promise<ConcernUnitChoice[]> {
      const units: ConcernUnitChoice[] = await strapi.db
        .query(UNIT)
        .findMany({ where: { active: { $ne: false } }, select: ['id', 'name', 'kind'], orderBy: [{ name: 'asc' }] });
      return units.map((unit) => ({ id: unit.id, name: unit.name, kind: unit.kind })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    },

    /**
     * Who may be given a concern to handle: the active members of the Office and of its department (the
     * rule `update` checks). Asked by those who work on it only: 404 outside scope, 403 for a reader.
     */
    async handlerChoices(userId: number, id: number): Promise<ConcernHandlerChoice[]> {
      const scope = await scopeOf(userId);
      const row = await loadInScope(scope, id);
      if (!canWorkOn(scope, row)) throw forbidden('Chỉ Văn phòng Sở và phòng phụ trách mới giao người xử lý vấn đề này.');
      const units = [await officeUnitId(), row.departmentId].filter((unitId): unitId is number => typeof unitId === 'number');
      const members: Array<{ userId: number; unitId: number }> = await strapi.db.query(MEMBERSHIP).findMany({ where: { unitId: { $in: units } }, select: ['userId', 'unitId'] });
      const userIds = [...new Set(members.map((member) => member.userId))];
      if (userIds.length === 0) return [];
      const [users, names]: [Array<{ id: number; firstname: string | null; lastname: string | null; email: string | null }>, Map<number, string>] = await Promise.all([
        strapi.db.query(ADMIN_USER).findMany({ where: { id: { $in: userIds }, isActive: true }, select: ['id', 'firstname', 'lastname', 'email'] }),
        unitNames(units),
      ]);
      // A person in both units is listed once, under the first (the Office).
      const unitOf = new Map<number, number>();
      for (const unitId of units) for (const member of members) if (member.unitId === unitId && !unitOf.has(member.userId)) unitOf.set(member.userId, unitId);
      return users
        .map((user) => ({ id: user.id, name: displayName(user), unitName: names.get(unitOf.get(user.id)!) ?? '' }))
        .sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi') || a.name.localeCompare(b.name, 'vi'));
    },

    /** Writes what the Office or the department says or did on the timeline. */
    async addEntry(actor: Actor, id: number, input: TimelineEntryBody, now = new Date()): Promise<ConcernView> {
      const scope = await scopeOf(actor.id);
      const row = await loadInScope(scope, id);
      if (!canWorkOn(scope, row)) throw forbidden(`Chỉ Văn phòng Sở và phòng phụ trách mới ghi "${TIMELINE_KIND_LABELS[input.kind]}" vào diễn biến của vấn đề này.`);
      await writeEntry(id, input.kind, input.text, actor);
      return viewOf(scope, row, now);
    },
  };
};
