import type { Core } from '@strapi/strapi';
import { STATE_LABELS, laneOf, type ActingRole, type WorkflowRole, type WorkflowState } from '../../../shared/state-machine';
import type { HistoryEntry } from '../../../shared/contracts/items';
import type { UnitItemReason, UnitItemRow, UnitItemsPage, UnitItemsQuery } from '../../../shared/contracts/queue';
import { ADMIN_USER, ARTICLE, ITEM_STATE, MEMBERSHIP, TOPIC, TRANSITION, UNIT } from '../../../shared/uids';
import type { Standing } from '../services/membership';
import { lastReasonOf, nextStepOf } from '../services/item-view';
import { displayName } from '../utils/display-name';
import { deadlineOf, loadDeadlines } from './deadlines';
import { isoOf } from './last-steps';

/** "Who acts next" names at most this many people per item, as the side panel does. */
const MAX_NAMED_PEOPLE = 10;

/** The memberships whose items the tab lists: the unit's authors and its head (who only reads). */
const UNIT_ROLES = ['author', 'unit-head'] as const;

export const unitItemsUnitIds = (standing: Standing): number[] =>
  [...standing.rolesByUnit].filter(([, roles]) => UNIT_ROLES.some((role) => roles.has(role))).map(([unitId]) => unitId);

type Knex = Core.Strapi['db']['connection'];
type Builder = ReturnType<Knex['from']>;
type Attributes = Record<string, { columnName?: string; joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }>;

/** Table and column names from Strapi's own metadata, so raw SQL follows the schemas. */
function tablesOf(strapi: Core.Strapi) {
  const meta = (uid: string) => strapi.db.metadata.get(uid as never) as unknown as { tableName: string; attributes: Attributes };
  const column = (uid: string, name: string) => meta(uid).attributes[name]?.columnName ?? name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const link = (uid: string, name: string) => {
    const joinTable = meta(uid).attributes[name]?.joinTable;
    if (!joinTable) throw new Error(`${uid}.${name} has no join table`);
    return { name: joinTable.name, owner: joinTable.joinColumn.name, related: joinTable.inverseJoinColumn.name };
  };
  return {
    articles: meta(ARTICLE).tableName,
    article: (name: string) => column(ARTICLE, name),
    units: meta(UNIT).tableName,
    topics: meta(TOPIC).tableName,
    states: meta(ITEM_STATE).tableName,
    state: (name: string) => column(ITEM_STATE, name),
    transitions: meta(TRANSITION).tableName,
    transition: (name: string) => column(TRANSITION, name),
    articleUnit: link(ARTICLE, 'unit'),
    articleTopics: link(ARTICLE, 'topics'),
    topicParent: link(TOPIC, 'parent'),
  };
}

interface PageRow {
  document_id: string;
  title: string;
  kind: string;
  unit_id: number | string;
  unit_code: string;
  unit_name: string;
  state: WorkflowState | null;
  department_id: number | string | null;
  scheduled_at: unknown;
  waiting_since: unknown;
}

/**
 * One page of the tab "Tin bài của đơn vị": every item (its draft row) of the person's units, in
 * every state, sorted by how long it has waited where it is. A fixed number of queries whatever the
 * page holds: the page itself (items, their units and state rows, and the time of each one's last
 * workflow step, in one SQL statement) and its count; the return and unpublish reasons of the
 * page's items; the people who act next (memberships, then names); the deadlines by working days.
 *
 * Waiting since: the time of the item's last history row, which is always the step that put it in
 * its current state (a reroute or a schedule restarts the wait where it now is); an item with no
 * history (a draft never submitted) waits since it was created, not since its last edit: a draft
 * being polished for weeks has still waited weeks for its author.
 */
export async function unitItemsPage(strapi: Core.Strapi, standing: Standing, query: UnitItemsQuery): Promise<UnitItemsPage> {
  const unitIds = unitItemsUnitIds(standing);
  const empty: UnitItemsPage = { results: [], pagination: { page: query.page, pageSize: query.pageSize, total: 0, pageCount: 0 } };
  if (unitIds.length === 0) return empty;

  const knex = strapi.db.connection;
  const t = tablesOf(strapi);
  const documentId = `a.${t.article('documentId')}`;
  const stateColumn = `s.${t.state('state')}`;

  const base = (): Builder =>
    knex
      .from(`${t.articles} as a`)
      .join(`${t.articleUnit.name} as ul`, `ul.${t.articleUnit.owner}`, 'a.id')
      .join(`${t.units} as u`, 'u.id', `ul.${t.articleUnit.related}`)
      .leftJoin(`${t.states} as s`, `s.${t.state('itemDocumentId')}`, documentId)
      .whereNull(`a.${t.article('publishedAt')}`)
      .whereIn(`ul.${t.articleUnit.related}`, unitIds)
      .modify((builder: Builder) => {
        if (query.unit) builder.where(`u.${'code'}`, query.unit);
        if (query.kind) builder.where(`a.${t.article('kind')}`, query.kind);
        // An item the workflow has not read yet has no state row: it is a draft.
        if (query.state === 'draft') builder.where((q: Builder) => q.where(stateColumn, 'draft').orWhereNull(stateColumn));
        else if (query.state) builder.where(stateColumn, query.state);
        if (query.topic) {
          const topic = query.topic;
          builder.whereExists((sub: Builder) =>
            sub
              .select(knex.raw('1'))
              .from(`${t.articleTopics.name} as at`)
              .join(`${t.topics} as tp`, 'tp.id', `at.${t.articleTopics.related}`)
              .leftJoin(`${t.topicParent.name} as tpl`, `tpl.${t.topicParent.owner}`, 'tp.id')
              .leftJoin(`${t.topics} as pt`, 'pt.id', `tpl.${t.topicParent.related}`)
              .whereRaw('?? = ??', [`at.${t.articleTopics.owner}`, 'a.id'])
              .where((q: Builder) => q.where('tp.code', topic).orWhere('pt.code', topic))
          );
        }
      });

  // The last step's time through the transitions' index on the item; the draft's creation otherwise.
  const waitingSince = knex.raw(`COALESCE((SELECT MAX(??) FROM ?? tr WHERE ?? = ??), ??) as waiting_since`, [
    `tr.${t.transition('createdAt')}`,
    t.transitions,
    `tr.${t.transition('itemDocumentId')}`,
    documentId,
    `a.${t.article('createdAt')}`,
  ]);
  const direction = query.sort === 'waitingSince:desc' ? 'desc' : 'asc';
  const [rows, counted] = await Promise.all([
    base()
      .select(
        `${documentId} as document_id`,
        `a.${t.article('title')} as title`,
        `a.${t.article('kind')} as kind`,
        `ul.${t.articleUnit.related} as unit_id`,
        'u.code as unit_code',
        'u.name as unit_name',
        `${stateColumn} as state`,
        `s.${t.state('departmentId')} as department_id`,
        `s.${t.state('scheduledAt')} as scheduled_at`,
        waitingSince
      )
      // Published items wait for nobody: after the waiting ones, whichever way the wait is sorted.
      .orderByRaw(`CASE WHEN ?? = 'published' THEN 1 ELSE 0 END`, [stateColumn])
      .orderBy([
        { column: 'waiting_since', order: direction },
        { column: 'a.id', order: direction },
      ])
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize) as Promise<PageRow[]>,
    base().count({ n: '*' }) as Promise<Array<{ n: number | string }>>,
  ]);
  const total = Number(counted[0]?.n ?? 0);
  const pagination = { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) };
  if (rows.length === 0) return { ...empty, pagination };

  const items = rows.map((row) => ({
    ...row,
    state: (row.state ?? 'draft') as WorkflowState,
    unitId: Number(row.unit_id),
    departmentId: row.department_id === null ? null : Number(row.department_id),
  }));
  const [reasons, people, deadlines] = await Promise.all([
    lastReasons(strapi, items.map((item) => item.document_id)),
    nextPeople(strapi, items),
    loadDeadlines(strapi),
  ]);
  const now = new Date();

  const results: UnitItemRow[] = items.map((item) => {
    const next = nextStepOf(item.state, laneOf(item.kind, null));
    const waitingSince = isoOf(item.waiting_since) ?? new Date(0).toISOString();
    const scheduledAt = isoOf(item.scheduled_at);
    return {
      documentId: item.document_id,
      title: item.title,
      kind: item.kind,
      unit: { code: item.unit_code, name: item.unit_name },
      state: item.state,
      stateLabel: STATE_LABELS[item.state],
      next: next && { ...next, people: people(next.role, item) },
      waitingSince,
      scheduledAt,
      ...deadlineOf(deadlines, { state: item.state, waitingSince, scheduledAt }, now),
      lastReason: reasons.get(item.document_id) ?? null,
    };
  });
  return { results, pagination };
}

/** The last return or unpublish of each item, and whether it still stands (no submission since). */
async function lastReasons(strapi: Core.Strapi, documentIds: string[]): Promise<Map<string, UnitItemReason>> {
  const rows: Array<HistoryEntry & { itemDocumentId: string }> = await strapi.db.query(TRANSITION).findMany({
    where: { itemDocumentId: { $in: documentIds }, action: { $in: ['return', 'unpublish', 'submit'] } },
    select: ['id', 'itemDocumentId', 'actorName', 'action', 'comment', 'createdAt'],
    orderBy: [{ id: 'asc' }],
  });
  const byItem = new Map<string, HistoryEntry[]>();
  for (const row of rows) byItem.set(row.itemDocumentId, [...(byItem.get(row.itemDocumentId) ?? []), row]);
  const reasons = new Map<string, UnitItemReason>();
  for (const [documentId, history] of byItem) {
    const last = [...history].reverse().find((entry) => entry.action === 'return' || entry.action === 'unpublish');
    if (!last) continue;
    reasons.set(documentId, {
      action: last.action as UnitItemReason['action'],
      comment: last.comment,
      actorName: last.actorName,
      at: isoOf(last.createdAt)!,
      current: lastReasonOf(history) === last,
    });
  }
  return reasons;
}

interface Placed {
  unitId: number;
  departmentId: number | null;
}

/**
 * The names of who acts next on each item of a page: the unit's authors, the department's editors
 * or heads, the publishers. Two queries for the whole page (the memberships, then the names).
 */
async function nextPeople(strapi: Core.Strapi, items: Array<Placed & { state: WorkflowState }>) {
  const wanted = new Map<WorkflowRole, Set<number>>();
  for (const item of items) {
    const next = nextStepOf(item.state);
    if (!next || next.role === 'leadership') continue;
    const unitId = next.role === 'author' ? item.unitId : next.role === 'publisher' ? 0 : item.departmentId;
    if (unitId === null) continue;
    if (!wanted.has(next.role)) wanted.set(next.role, new Set());
    wanted.get(next.role)!.add(unitId);
  }
  const clauses = [...wanted].map(([role, units]) => (role === 'publisher' ? { role } : { role, unitId: { $in: [...units] } }));
  const memberships: Array<{ userId: number; unitId: number; role: WorkflowRole }> =
    clauses.length === 0 ? [] : await strapi.db.query(MEMBERSHIP).findMany({ where: { $or: clauses }, select: ['userId', 'unitId', 'role'], orderBy: [{ userId: 'asc' }] });
  const users: Array<{ id: number; firstname: string | null; lastname: string | null; email: string | null }> =
    memberships.length === 0
      ? []
      : await strapi.db.query(ADMIN_USER).findMany({
          where: { id: { $in: [...new Set(memberships.map((row) => row.userId))] }, isActive: true },
          select: ['id', 'firstname', 'lastname', 'email'],
        });
  const names = new Map(users.map((user) => [user.id, displayName(user)]));
  const holders = new Map<string, string[]>();
  for (const row of memberships) {
    const name = names.get(row.userId);
    if (!name) continue;
    const key = `${row.role}:${row.role === 'publisher' ? 0 : row.unitId}`;
    const list = holders.get(key) ?? [];
    if (!list.includes(name)) list.push(name);
    holders.set(key, list);
  }
  // The leadership (an official response awaiting approval) is named on the item's panel, not in this list.
  return (role: ActingRole, item: Placed): string[] => {
    if (role === 'leadership') return [];
    const unitId = role === 'author' ? item.unitId : role === 'publisher' ? 0 : item.departmentId;
    return (holders.get(`${role}:${unitId}`) ?? []).slice(0, MAX_NAMED_PEOPLE);
  };
}
