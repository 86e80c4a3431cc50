import type { Core } from '@strapi/strapi';
import { DEPARTMENT_QUEUE_STATES, STATE_LABELS, allowedActions, type WorkflowState } from '../../../shared/state-machine';
import { rolesForItem, type Standing } from './membership';
import type { ItemStateRow } from './workflow';
import type { QueueQuery } from '../validation';
import { ARTICLE, ITEM_STATE } from '../utils/uids';

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
  return clauses;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const membership = () => strapi.plugin('editorial-workflow').service('membership');

  async function draftsOfUnits(unitIds: number[]): Promise<string[]> {
    if (unitIds.length === 0) return [];
    const rows: Array<{ documentId: string }> = await strapi.db
      .query(ARTICLE)
      .findMany({ where: { publishedAt: null, unit: { id: { $in: unitIds } } }, select: ['documentId'] });
    return rows.map((row) => row.documentId);
  }

  return {
    /** What waits for the caller, newest change first, with the filters of the queue page. */
    async waitingFor(userId: number, query: QueueQuery) {
      const standing: Standing = await membership().standingOf(userId);
      const authorUnits = [...standing.rolesByUnit].filter(([, roles]) => roles.has('author')).map(([unitId]) => unitId);
      const clauses = waitingFor(standing, await draftsOfUnits(authorUnits));
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
      };
      const [rows, total] = await Promise.all([
        strapi.db.query(ARTICLE).findMany({
          where,
          select: ['documentId', 'title', 'kind', 'updatedAt'],
          populate: { unit: { select: ['id', 'code', 'name'] } },
          orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        }),
        strapi.db.query(ARTICLE).count({ where }),
      ]);
      const results = rows.map((row: { documentId: string; title: string; kind: string; updatedAt: string; unit?: { id: number; code: string; name: string } }) => {
        const record = byDocument.get(row.documentId)!;
        const roles = rolesForItem(standing, { unitId: row.unit?.id ?? null, departmentId: record.departmentId, submitted: true });
        return {
          documentId: row.documentId,
          title: row.title,
          kind: row.kind,
          unit: row.unit ? { code: row.unit.code, name: row.unit.name } : null,
          state: record.state as WorkflowState,
          stateLabel: STATE_LABELS[record.state],
          version: record.version,
          departmentId: record.departmentId,
          updatedAt: row.updatedAt,
          allowedActions: allowedActions(record.state, roles),
        };
      });
      return { results, pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) } };
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
