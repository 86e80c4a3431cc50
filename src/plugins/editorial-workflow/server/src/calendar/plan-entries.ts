import type { Core } from '@strapi/strapi';
import type { CalendarEntry } from '../../../shared/contracts/calendar';
import { EVENT_KIND_LABELS, type EventKind, type ScriptMilestone } from '../../../shared/contracts/plan';
import { PLUGIN_ID } from '../../../shared/permissions';
import { TOPIC, UNIT } from '../../../shared/uids';
import { guidanceNotePath } from '../../../shared/guidance-links';
import { GUIDANCE_NOTE, GUIDANCE_RECIPIENT } from '../guidance/content-type';
import { tableOf } from './tables';
import { orNone, type CalendarReading } from './scope';
import { vnIso } from './time';

/** The plan's tables (other features own them; the calendar only reads). */
export const ASSIGNMENT = `plugin::${PLUGIN_ID}.assignment`;
export const ASSIGNMENT_TARGET = `plugin::${PLUGIN_ID}.assignment-target`;
export const PLAN_EVENT = `plugin::${PLUGIN_ID}.plan-event`;
export const COMM_SCRIPT = `plugin::${PLUGIN_ID}.comm-script`;
export const PLAN_LINE = 'api::plan-line.plan-line';

const assignmentPath = (id: number) => `/plugins/${PLUGIN_ID}/assignments/${id}`;
const eventPath = (id: number) => `/plugins/${PLUGIN_ID}/events/${id}`;
const scriptPath = (id: number) => `/plugins/${PLUGIN_ID}/scripts/${id}`;

/** A topic and its subsections: filtering by section III takes III.1, III.2… too. */
async function topicFamily(strapi: Core.Strapi, topicId: number): Promise<number[]> {
  const children: Array<{ id: number }> = await strapi.db.query(TOPIC).findMany({ where: { parent: { id: topicId } }, select: ['id'] });
  return [topicId, ...children.map((child) => child.id)];
}

/** The lines of information of some topics, or of a department. */
async function lineIds(strapi: Core.Strapi, where: Record<string, unknown>): Promise<number[]> {
  const rows: Array<{ id: number }> = await strapi.db.query(PLAN_LINE).findMany({ where, select: ['id'] });
  return rows.map((row) => row.id);
}

/**
 * Assignment due dates, from the targets' `dueAt` (indexed). One entry per assignment and due time:
 * for those who see it whole (the Office, the leadership, its commissioning unit) with the number
 * of units; for a unit's members, their own unit's part only (the scope rule).
 */
export async function assignmentEntries(strapi: Core.Strapi, reading: CalendarReading): Promise<CalendarEntry[]> {
  const knex = strapi.db.connection;
  const targets = tableOf(strapi, ASSIGNMENT_TARGET);
  const assignments = tableOf(strapi, ASSIGNMENT);
  const { standing, filters } = reading;
  const query = knex(targets.name)
    .join(assignments.name, assignments.at('id'), targets.at('assignmentId'))
    .where(targets.at('dueAt'), '>=', reading.start)
    .where(targets.at('dueAt'), '<', reading.end);
  if (!standing.seesAll) {
    query.where((inScope) => {
      inScope.whereIn(targets.at('unitId'), orNone(standing.unitIds)).orWhereIn(assignments.at('commissionerUnitId'), orNone(standing.unitIds));
    });
  }
  if (filters.unit) query.where(targets.at('unitId'), filters.unit);
  if (filters.department) {
    const lines = await lineIds(strapi, { department: { id: filters.department } });
    const department = filters.department;
    query.where((ofDepartment) => {
      ofDepartment.where(assignments.at('commissionerUnitId'), department).orWhereIn(assignments.at('lineId'), orNone(lines));
    });
  }
  if (filters.topic) query.whereIn(assignments.at('lineId'), orNone(await lineIds(strapi, { topic: { id: { $in: await topicFamily(strapi, filters.topic) } } })));
  type Row = { id: number; title: string; dueAt: Date | string; commissioner: number; units: number | string; unitId: number };
  const rows = (await query
    .select({ id: assignments.at('id'), title: assignments.at('title'), dueAt: targets.at('dueAt'), commissioner: assignments.at('commissionerUnitId') })
    .count({ units: '*' })
    .min({ unitId: targets.at('unitId') })
    .groupBy(assignments.at('id'), assignments.at('title'), targets.at('dueAt'), assignments.at('commissionerUnitId'))
    .orderBy(targets.at('dueAt'), 'asc')) as unknown as Row[];
  const whole = (row: { commissioner: number }) => standing.seesAll || standing.unitIds.includes(row.commissioner);
  const ownUnitIds = [...new Set(rows.filter((row) => !whole(row) || Number(row.units) === 1).map((row) => row.unitId))];
  const units: Array<{ id: number; name: string }> = ownUnitIds.length === 0 ? [] : await strapi.db.query(UNIT).findMany({ where: { id: { $in: ownUnitIds } }, select: ['id', 'name'] });
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  return rows.map((row) => {
    const count = Number(row.units);
    const single = !whole(row) || count === 1;
    return {
      key: `assignment-due:${row.id}:${new Date(row.dueAt).getTime()}${whole(row) ? '' : `:${row.unitId}`}`,
      kind: 'assignment-due',
      title: `Hạn bài được giao: ${row.title}${single ? '' : ` (${count} đơn vị)`}`,
      start: vnIso(row.dueAt),
      end: null,
      allDay: false,
      unitName: single ? (unitName.get(row.unitId) ?? null) : null,
      target: { type: 'assignment', id: String(row.id), path: assignmentPath(row.id) },
    };
  });
}

interface EventRow {
  id: number;
  title: string;
  kind: EventKind;
  startsAt: Date | string;
  endsAt: Date | string;
  place: string;
  ownerUnitId: number;
  topicId: number | null;
}

/**
 * Events overlapping the span (startsAt before its end, endsAt after its start). Seen by the Office
 * and the leadership, by the members of the owner unit, of the responsible department of its topic,
 * and of the units with an assignment made from it.
 */
export async function eventEntries(strapi: Core.Strapi, reading: CalendarReading): Promise<CalendarEntry[]> {
  const { standing, filters } = reading;
  const and: Array<Record<string, unknown>> = [{ startsAt: { $lt: reading.end } }, { endsAt: { $gte: reading.start } }];
  const eventsOfUnits = async (unitIds: number[]) => {
    const targets: Array<{ assignmentId: number }> = await strapi.db.query(ASSIGNMENT_TARGET).findMany({ where: { unitId: { $in: orNone(unitIds) } }, select: ['assignmentId'] });
    if (targets.length === 0) return [];
    const made: Array<{ eventId: number | null }> = await strapi.db
      .query(ASSIGNMENT)
      .findMany({ where: { id: { $in: [...new Set(targets.map((row) => row.assignmentId))] }, eventId: { $notNull: true } }, select: ['eventId'] });
    return [...new Set(made.map((row) => row.eventId!))];
  };
  const topicsOfDepartments = async (departmentIds: number[]) => {
    const rows: Array<{ id: number }> = await strapi.db.query(TOPIC).findMany({ where: { department: { id: { $in: orNone(departmentIds) } } }, select: ['id'] });
    return rows.map((row) => row.id);
  };
  if (!standing.seesAll) {
    and.push({
      $or: [
        { ownerUnitId: { $in: orNone(standing.unitIds) } },
        { topicId: { $in: orNone(await topicsOfDepartments(standing.unitIds)) } },
        { id: { $in: orNone(await eventsOfUnits(standing.unitIds)) } },
      ],
    });
  }
  if (filters.unit) and.push({ $or: [{ ownerUnitId: filters.unit }, { id: { $in: orNone(await eventsOfUnits([filters.unit])) } }] });
  if (filters.department) and.push({ $or: [{ ownerUnitId: filters.department }, { topicId: { $in: orNone(await topicsOfDepartments([filters.department])) } }] });
  if (filters.topic) and.push({ topicId: { $in: await topicFamily(strapi, filters.topic) } });
  const rows: EventRow[] = await strapi.db.query(PLAN_EVENT).findMany({
    where: { $and: and },
    select: ['id', 'title', 'kind', 'startsAt', 'endsAt', 'place', 'ownerUnitId', 'topicId'],
    orderBy: [{ startsAt: 'asc' }],
  });
  return rows.map((row) => ({
    key: `event:${row.id}`,
    kind: 'event',
    title: `${EVENT_KIND_LABELS[row.kind] ?? 'Sự kiện'}: ${row.title} (${row.place})`,
    start: vnIso(row.startsAt),
    end: vnIso(row.endsAt),
    allDay: false,
    unitName: null,
    target: { type: 'event', id: String(row.id), path: eventPath(row.id) },
  }));
}

/** The dated milestones of the scripts of the person's departments (all: the Office, the leadership) that fall in the span. */
export async function milestoneEntries(strapi: Core.Strapi, reading: CalendarReading): Promise<CalendarEntry[]> {
  const { standing, filters } = reading;
  const and: Array<Record<string, unknown>> = [{ startsOn: { $lte: reading.to } }, { endsOn: { $gte: reading.from } }];
  if (!standing.seesAll) and.push({ ownerDepartmentId: { $in: orNone(standing.unitIds) } });
  if (filters.unit) and.push({ ownerDepartmentId: filters.unit });
  if (filters.department) and.push({ ownerDepartmentId: filters.department });
  if (filters.topic) {
    const topics = await topicFamily(strapi, filters.topic);
    and.push({ $or: [{ topicId: { $in: topics } }, { lineId: { $in: orNone(await lineIds(strapi, { topic: { id: { $in: topics } } })) } }] });
  }
  const scripts: Array<{ id: number; title: string; milestones: ScriptMilestone[] | null }> = await strapi.db
    .query(COMM_SCRIPT)
    .findMany({ where: { $and: and }, select: ['id', 'title', 'milestones'] });
  const entries: CalendarEntry[] = [];
  for (const script of scripts) {
    for (const [index, milestone] of (Array.isArray(script.milestones) ? script.milestones : []).entries()) {
      if (typeof milestone?.on !== 'string' || milestone.on < reading.from || milestone.on > reading.to) continue;
      entries.push({
        key: `script-milestone:${script.id}:${index}`,
        kind: 'script-milestone',
        title: `${milestone.label} (kịch bản: ${script.title})`,
        start: milestone.on,
        end: null,
        allDay: true,
        unitName: null,
        target: { type: 'script', id: String(script.id), path: scriptPath(script.id) },
      });
    }
  }
  return entries;
}

/** The guidance notes sent in the span to the person's units (all: the Office, the leadership). */
export async function guidanceEntries(strapi: Core.Strapi, reading: CalendarReading): Promise<CalendarEntry[]> {
  const { standing, filters } = reading;
  if (filters.department || filters.topic) return [];
  const and: Array<Record<string, unknown>> = [{ sentAt: { $gte: reading.start } }, { sentAt: { $lt: reading.end } }];
  // A unit filter narrows the scope, never widens it.
  const units = filters.unit ? (standing.seesAll || standing.unitIds.includes(filters.unit) ? [filters.unit] : []) : standing.seesAll ? null : standing.unitIds;
  if (units) {
    const rows: Array<{ noteId: number }> = await strapi.db.query(GUIDANCE_RECIPIENT).findMany({ where: { unitId: { $in: orNone(units) } }, select: ['noteId'] });
    and.push({ id: { $in: orNone([...new Set(rows.map((row) => row.noteId))]) } });
  }
  const notes: Array<{ id: number; title: string; sentAt: Date | string }> = await strapi.db
    .query(GUIDANCE_NOTE)
    .findMany({ where: { $and: and }, select: ['id', 'title', 'sentAt'], orderBy: [{ sentAt: 'asc' }] });
  return notes.map((note) => ({
    key: `guidance:${note.id}`,
    kind: 'guidance',
    title: `Định hướng: ${note.title}`,
    start: vnIso(note.sentAt),
    end: null,
    allDay: false,
    unitName: null,
    target: { type: 'guidance', id: String(note.id), path: guidanceNotePath(note.id) },
  }));
}
