import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ScriptChoices, ScriptInput, ScriptView } from '../../../shared/contracts/comm-scripts';
import type { ScriptChannel, ScriptMilestone } from '../../../shared/contracts/plan';
import { COMM_SCRIPT, TOPIC, UNIT } from '../../../shared/uids';
import { getService } from '../get-service';
import type { Actor } from '../services/item-state';
import { forbidden } from '../utils/errors';
import { SCRIPT_NOT_FOUND } from './input';

const PLAN_LINE = 'api::plan-line.plan-line';

interface ScriptRow {
  id: number;
  title: string;
  topicId: number | null;
  lineId: number | null;
  keyMessages: string;
  channels: ScriptChannel[] | string;
  startsOn: string;
  endsOn: string;
  ownerDepartmentId: number;
  milestones: ScriptMilestone[] | string;
  writtenByName: string | null;
  updatedAt: Date | string;
}

/** Who asks: the Office (plan.manage) and the leadership see every script; others, their departments'. */
export interface ScriptScope {
  userId: number;
  manages: boolean;
  seesAll: boolean;
  unitIds: Set<number>;
}

/** JSON columns come back parsed on PostgreSQL and as text on SQLite. */
const json = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/**
 * Communication scripts (issue 17 item 2), the one write path of `ew_comm_scripts`: the Office
 * (plan.manage) writes them; a script is seen by the Office, the leadership (items.take-down) and the
 * members of its owner department (the scope rule of contracts/plan.ts), anyone else gets a 404.
 * References are checked before anything is written: the topic, the line, the owner department.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const scripts = () => strapi.db.query(COMM_SCRIPT);

  async function scopeOf(userId: number, manages: boolean): Promise<ScriptScope> {
    const standing = await getService(strapi, 'membership').standingOf(userId);
    return { userId, manages, seesAll: manages || Boolean(standing.leadership), unitIds: new Set(standing.rolesByUnit.keys()) };
  }

  const canSee = (scope: ScriptScope, row: Pick<ScriptRow, 'ownerDepartmentId'>) => scope.seesAll || scope.unitIds.has(row.ownerDepartmentId);

  async function loadInScope(scope: ScriptScope, id: number): Promise<ScriptRow> {
    const row = (await scripts().findOne({ where: { id } })) as ScriptRow | null;
    if (!row || !canSee(scope, row)) throw new errors.NotFoundError(SCRIPT_NOT_FOUND);
    return row;
  }

  async function viewsOf(scope: ScriptScope, rows: ScriptRow[]): Promise<ScriptView[]> {
    const ids = (pick: (row: ScriptRow) => number | null) => [...new Set(rows.map(pick).filter((value): value is number => typeof value === 'number'))];
    const [topics, lines, units] = await Promise.all([
      strapi.db.query(TOPIC).findMany({ where: { id: { $in: ids((row) => row.topicId) } }, select: ['id', 'code', 'title'] }) as Promise<Array<{ id: number; code: string; title: string }>>,
      strapi.db.query(PLAN_LINE).findMany({ where: { id: { $in: ids((row) => row.lineId) } }, select: ['id', 'code', 'label'] }) as Promise<Array<{ id: number; code: string; label: string }>>,
      strapi.db.query(UNIT).findMany({ where: { id: { $in: ids((row) => row.ownerDepartmentId) } }, select: ['id', 'code', 'name'] }) as Promise<Array<{ id: number; code: string; name: string }>>,
    ]);
    const topicById = new Map(topics.map((row) => [row.id, row]));
    const lineById = new Map(lines.map((row) => [row.id, row]));
    const unitById = new Map(units.map((row) => [row.id, row]));
    return rows.map((row) => {
      const topic = row.topicId === null ? undefined : topicById.get(row.topicId);
      const line = row.lineId === null ? undefined : lineById.get(row.lineId);
      const owner = unitById.get(row.ownerDepartmentId);
      return {
        id: row.id,
        title: row.title,
        topic: topic ? { id: topic.id, code: topic.code, title: topic.title } : null,
        line: line ? { id: line.id, code: line.code, label: line.label } : null,
        keyMessages: row.keyMessages,
        channels: json(row.channels),
        startsOn: String(row.startsOn).slice(0, 10),
        endsOn: String(row.endsOn).slice(0, 10),
        ownerDepartment: owner ? { id: owner.id, code: owner.code, name: owner.name } : { id: row.ownerDepartmentId, code: '', name: `#${row.ownerDepartmentId}` },
        milestones: json(row.milestones),
        writtenByName: row.writtenByName,
        updatedAt: new Date(row.updatedAt).toISOString(),
        canEdit: scope.manages,
      };
    });
  }

  /** The topic, the line and the owner department exist (an active department); else a 400 naming it. */
  async function assertReferences(input: ScriptInput): Promise<void> {
    if (input.topicId !== null && !(await strapi.db.query(TOPIC).findOne({ where: { id: input.topicId }, select: ['id'] }))) {
      throw new errors.ValidationError(`Không có lĩnh vực (chủ đề) #${input.topicId} trong kế hoạch.`);
    }
    if (input.lineId !== null && !(await strapi.db.query(PLAN_LINE).findOne({ where: { id: input.lineId }, select: ['id'] }))) {
      throw new errors.ValidationError(`Không có tuyến thông tin #${input.lineId} trong kế hoạch.`);
    }
    const owner: { kind: string; active: boolean | null } | null = await strapi.db
      .query(UNIT)
      .findOne({ where: { id: input.ownerDepartmentId }, select: ['kind', 'active'] });
    if (!owner || owner.kind !== 'department' || owner.active === false) {
      throw new errors.ValidationError(`Đơn vị #${input.ownerDepartmentId} không phải một phòng chuyên môn đang hoạt động của Sở: hãy chọn phòng phụ trách kịch bản.`);
    }
  }

  const rowOf = (input: ScriptInput, actor: Actor) => ({
    title: input.title,
    topicId: input.topicId,
    lineId: input.lineId,
    keyMessages: input.keyMessages,
    channels: input.channels,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    ownerDepartmentId: input.ownerDepartmentId,
    milestones: input.milestones,
    writtenById: actor.id || null,
    writtenByName: actor.name,
  });

  return {
    scopeOf,
    loadInScope,

    /** The form's choices: the plan's topics and lines by code, the active departments by code. */
    async choices(): Promise<ScriptChoices> {
      const [topics, lines, departments] = await Promise.all([
        strapi.db.query(TOPIC).findMany({ select: ['id', 'code', 'title'], orderBy: [{ code: 'asc' }] }) as Promise<ScriptChoices['topics']>,
        strapi.db.query(PLAN_LINE).findMany({ select: ['id', 'code', 'label'], populate: { topic: { select: ['id'] } }, orderBy: [{ code: 'asc' }] }) as Promise<
          Array<{ id: number; code: string; label: string; topic: { id: number } | null }>
        >,
        strapi.db.query(UNIT).findMany({ where: { kind: 'department', active: true }, select: ['id', 'code', 'name'], orderBy: [{ code: 'asc' }] }) as Promise<ScriptChoices['departments']>,
      ]);
      return {
        topics: topics.map(({ id, code, title }) => ({ id, code, title })),
        lines: lines.map((line) => ({ id: line.id, code: line.code, label: line.label, topicId: line.topic?.id ?? null })),
        departments: departments.map(({ id, code, name }) => ({ id, code, name })),
      };
    },

    /** The scripts the person sees, the current and coming ones first (by start date, newest first). */
    async list(userId: number, manages: boolean): Promise<ScriptView[]> {
      const scope = await scopeOf(userId, manages);
      const where = scope.seesAll ? {} : { ownerDepartmentId: { $in: scope.unitIds.size > 0 ? [...scope.unitIds] : [-1] } };
      const rows = (await scripts().findMany({ where, orderBy: [{ startsOn: 'desc' }, { id: 'desc' }] })) as ScriptRow[];
      return viewsOf(scope, rows);
    },

    async get(userId: number, manages: boolean, id: number): Promise<ScriptView> {
      const scope = await scopeOf(userId, manages);
      return (await viewsOf(scope, [await loadInScope(scope, id)]))[0];
    },

    /** The Office writes a script. */
    async create(actor: Actor, manages: boolean, input: ScriptInput): Promise<ScriptView> {
      if (!manages) throw forbidden('Chỉ Văn phòng Sở viết kịch bản truyền thông.');
      await assertReferences(input);
      const created = (await scripts().create({ data: rowOf(input, actor) })) as ScriptRow;
      return this.get(actor.id, manages, created.id);
    },

    /** The Office rewrites a script (the whole of it). */
    async update(actor: Actor, manages: boolean, id: number, input: ScriptInput): Promise<ScriptView> {
      const scope = await scopeOf(actor.id, manages);
      await loadInScope(scope, id);
      if (!manages) throw forbidden('Chỉ Văn phòng Sở sửa kịch bản truyền thông.');
      await assertReferences(input);
      await scripts().update({ where: { id }, data: rowOf(input, actor) });
      return this.get(actor.id, manages, id);
    },
  };
};
