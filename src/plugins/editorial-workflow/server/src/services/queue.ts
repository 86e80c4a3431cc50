import type { Core } from '@strapi/strapi';
import { DEPARTMENT_QUEUE_STATES, RESPONSE_KIND, allowedActions, laneOf, stateLabelOf, type WorkflowState } from '../../../shared/state-machine';
import { rolesForItem, type Standing } from './membership';
import type { ItemStateRow } from './item-state';
import { ITEM_KINDS, type QueueCounts, type QueueFilters, type QueuePage, type QueueQuery, type UnitItemsPage, type UnitItemsQuery } from '../../../shared/contracts/queue';
import { unitItemsPage, unitItemsUnitIds } from '../queue/unit-items';
import { deadlineOf, loadDeadlines } from '../queue/deadlines';
import { lastStepTimes } from '../queue/last-steps';
import { CHOSEN_CHANNELS, type ChosenChannel } from '../../../shared/contracts/item-channels';
import { ITEM_CHANNEL_FIELDS } from '../../../shared/contracts/channels';
import { ARTICLE, ITEM_STATE, TOPIC, UNIT } from '../../../shared/uids';
import { getService } from '../get-service';

type Where = Record<string, unknown>;

/** Which item states wait for whom: the author fixes, the editor edits, the head approves, the publisher posts. */
function waitingFor(standing: Standing, authorUnitDocs: string[]): Where[] {
  const clauses: Where[] = [];
  const departmentsWhere = (role: 'editor' | 'head') =>
    [...standing.rolesByUnit].filter(([, roles]) => roles.has(role)).map(([unitId]) => unitId);
  if (authorUnitDocs.length > 0) clauses.push({ state: { $in: ['draft', 'returned'] }, itemDocumentId: { $in: authorUnitDocs } });
  const editorOf = departmentsWhere('editor');
  if (editorOf.length > 0) clauses.push({ state: 'in_review', departmentId: { $in: editorOf } });
  const headOf = departmentsWhere('head');
  if (headOf.length > 0) clauses.push({ state: 'awaiting_approval', departmentId: { $in: headOf } });
  if (standing.isPublisher) clauses.push({ state: 'approved' });
  // The official responses the leadership is to approve (they carry no department: none of the above finds them).
  if (standing.leadership) clauses.push({ state: 'awaiting_approval', firstSubmittedKind: RESPONSE_KIND });
  return clauses;
}

/** The queue page's tabs: the states in which items wait for the person, and the publisher's published items (to unpublish). */
export function tabsFor(standing: Standing): WorkflowState[] {
  const roles = new Set([...standing.rolesByUnit.values()].flatMap((set) => [...set]));
  const tabs: WorkflowState[] = [];
  if (roles.has('author')) tabs.push('returned', 'draft');
  if (roles.has('editor')) tabs.push('in_review');
  if (roles.has('head') || standing.leadership) tabs.push('awaiting_approval');
  if (standing.isPublisher) tabs.push('approved', 'published');
  return tabs;
}

const CHOSEN_FIELDS = CHOSEN_CHANNELS.map((channel) => ITEM_CHANNEL_FIELDS[channel]);

/** The channels a draft row is marked for, on top of the website. */
const chosenChannelsOf = (row: Record<string, unknown>): ChosenChannel[] => CHOSEN_CHANNELS.filter((channel) => row[ITEM_CHANNEL_FIELDS[channel]] === true);

/** Items in a state the person looks at without being the one to act: only the publisher's published tab. */
function lookedAt(standing: Standing, state: WorkflowState | undefined): Where[] {
  return state === 'published' && standing.isPublisher ? [{ state: 'published' }] : [];
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const membership = () => getService(strapi, 'membership');

  async function draftsOfUnits(unitIds: number[]): Promise<string[]> {
    if (unitIds.length === 0) return [];
    const rows: Array<{ documentId: string }> = await strapi.db
      .query(ARTICLE)
      .findMany({ where: { publishedAt: null, unit: { id: { $in: unitIds } } }, select: ['documentId'] });
    return rows.map((row) => row.documentId);
  }

  return {
    /** What waits for the caller, newest change first, with the filters of the queue page. */
    async waitingFor(userId: number, query: QueueQuery): Promise<QueuePage> {
      const standing: Standing = await membership().standingOf(userId);
      const authorUnits = [...standing.rolesByUnit].filter(([, roles]) => roles.has('author')).map(([unitId]) => unitId);
      const clauses = [...waitingFor(standing, await draftsOfUnits(authorUnits)), ...lookedAt(standing, query.state)];
      const empty = { results: [], pagination: { page: query.page, pageSize: query.pageSize, total: 0, pageCount: 0 } };
      if (clauses.length === 0) return empty;

      const records: ItemStateRow[] = await strapi.db.query(ITEM_STATE).findMany({
        where: { $or: clauses, ...(query.state ? { state: query.state } : {}) },
      });
      if (records.length === 0) return empty;
      const byDocument = new Map(records.map((record) => [record.itemDocumentId, record]));

      const where: Where = {
        publishedAt: null,
        documentId: { $in: [...byDocument.keys()] },
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.unit ? { unit: { code: query.unit } } : {}),
        ...(query.topic ? { topics: { $or: [{ code: query.topic }, { parent: { code: query.topic } }] } } : {}),
        // The draft's choice: what the publisher will send it to (approval freezes it, edit-voids-approval.ts).
        ...(query.channel ? { [ITEM_CHANNEL_FIELDS[query.channel]]: true } : {}),
      };
      const [rows, total] = await Promise.all([
        strapi.db.query(ARTICLE).findMany({
          where,
          select: ['documentId', 'title', 'kind', 'updatedAt', 'createdAt', ...CHOSEN_FIELDS],
          populate: { unit: { select: ['id', 'code', 'name'] } },
          orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        }),
        strapi.db.query(ARTICLE).count({ where }),
      ]);
      type Row = { documentId: string; title: string; kind: string; updatedAt: string; createdAt: string; unit?: { id: number; code: string; name: string } } & Record<string, unknown>;
      // Since when each item of the page waits, and its deadline: two queries for the page, whatever its size.
      const [lastSteps, deadlines] = await Promise.all([lastStepTimes(strapi, rows.map((row: Row) => row.documentId)), loadDeadlines(strapi)]);
      const now = new Date();
      const results = rows.map((row: Row) => {
        const record = byDocument.get(row.documentId)!;
        const roles = rolesForItem(standing, { unitId: row.unit?.id ?? null, departmentId: record.departmentId, submitted: true });
        // A draft never submitted has no step: it waits since it was written.
        const waitingSince = lastSteps.get(row.documentId) ?? new Date(row.createdAt).toISOString();
        const scheduledAt = record.scheduledAt ? new Date(record.scheduledAt).toISOString() : null;
        return {
          documentId: row.documentId,
          title: row.title,
          kind: row.kind,
          unit: row.unit ? { code: row.unit.code, name: row.unit.name } : null,
          state: record.state as WorkflowState,
          stateLabel: stateLabelOf(record.state, laneOf(row.kind, record.firstSubmittedKind)),
          version: record.version,
          departmentId: record.departmentId,
          updatedAt: row.updatedAt,
          allowedActions: allowedActions(record.state, roles, { lane: laneOf(row.kind, record.firstSubmittedKind) }),
          waitingSince,
          channels: chosenChannelsOf(row),
          ...deadlineOf(deadlines, { state: record.state as WorkflowState, waitingSince, scheduledAt }, now),
        };
      });
      return { results, pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) } };
    },

    /**
     * How many items wait for the person, in all and by state: the menu badge and the tab counts.
     * Counted as the queue lists them (draft rows of existing items), so the badge matches the list.
     */
    async countsFor(userId: number): Promise<QueueCounts> {
      const standing: Standing = await membership().standingOf(userId);
      const authorUnits = [...standing.rolesByUnit].filter(([, roles]) => roles.has('author')).map(([unitId]) => unitId);
      const clauses = waitingFor(standing, await draftsOfUnits(authorUnits));
      // Only the states where items wait: the publisher's published tab is for looking, not a to-do.
      const byState: Partial<Record<WorkflowState, number>> = Object.fromEntries(
        tabsFor(standing)
          .filter((state) => state !== 'published')
          .map((state) => [state, 0])
      );
      if (clauses.length === 0) return { total: 0, byState };
      const records: Array<{ itemDocumentId: string; state: WorkflowState }> = await strapi.db
        .query(ITEM_STATE)
        .findMany({ where: { $or: clauses }, select: ['itemDocumentId', 'state'] });
      if (records.length === 0) return { total: 0, byState };
      const existing: Array<{ documentId: string }> = await strapi.db.query(ARTICLE).findMany({
        where: { publishedAt: null, documentId: { $in: records.map((record) => record.itemDocumentId) } },
        select: ['documentId'],
      });
      const present = new Set(existing.map((row) => row.documentId));
      let total = 0;
      for (const record of records) {
        if (!present.has(record.itemDocumentId)) continue;
        byState[record.state] = (byState[record.state] ?? 0) + 1;
        total += 1;
      }
      return { total, byState };
    },

    /** What the queue page offers: its tabs, and the units and topics to filter by (the author: only their units). */
    async filtersFor(userId: number): Promise<QueueFilters> {
      const standing: Standing = await membership().standingOf(userId);
      const onlyAuthor = [...standing.rolesByUnit.values()].every((roles) => roles.size === 1 && roles.has('author')) && !standing.isPublisher;
      const ownUnitIds = unitItemsUnitIds(standing);
      const [units, topics, unitItems] = await Promise.all([
        strapi.db.query(UNIT).findMany({
          where: onlyAuthor ? { id: { $in: [...standing.rolesByUnit.keys()] } } : { active: true },
          select: ['code', 'name', 'kind'],
          orderBy: [{ name: 'asc' }],
        }),
        strapi.db.query(TOPIC).findMany({ select: ['code', 'title'], orderBy: [{ code: 'asc' }] }),
        ownUnitIds.length === 0 ? [] : strapi.db.query(UNIT).findMany({ where: { id: { $in: ownUnitIds } }, select: ['code', 'name'], orderBy: [{ name: 'asc' }] }),
      ]);
      return { tabs: tabsFor(standing), units, topics, kinds: ITEM_KINDS, unitItems };
    },

    /** The tab "Tin bài của đơn vị": every item of the caller's units (as author or unit head), in every state. */
    async unitItems(userId: number, query: UnitItemsQuery): Promise<UnitItemsPage> {
      return unitItemsPage(strapi, await membership().standingOf(userId), query);
    },

    /** documentIds of the items waiting at the departments where the person edits or approves. */
    async departmentQueueOf(standing: Standing): Promise<string[]> {
      const departments = [...standing.rolesByUnit]
        .filter(([, roles]) => roles.has('editor') || roles.has('head'))
        .map(([unitId]) => unitId);
      if (departments.length === 0) return [];
      const rows: Array<{ itemDocumentId: string }> = await strapi.db.query(ITEM_STATE).findMany({
        where: { departmentId: { $in: departments }, state: { $in: [...DEPARTMENT_QUEUE_STATES] } },
        select: ['itemDocumentId'],
      });
      return rows.map((row) => row.itemDocumentId);
    },
  };
};
