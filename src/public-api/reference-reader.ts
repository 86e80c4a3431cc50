import type { Core } from '@strapi/strapi';
import { invalid } from '../document-rules/shared';
import { TOPIC, UNIT } from './tables';
import type { UnitListQuery } from './public-queries';

export interface TopicNode {
  code: string;
  title: string;
  description: string | null;
  /** The department of the Sở responsible for the field (subsections). */
  department: { code: string; name: string } | null;
  children: TopicNode[];
}

type TopicRow = {
  id: number;
  code: string;
  title: string;
  description: string | null;
  parent?: { id: number } | null;
  department?: { code: string; name: string } | null;
};

/** The plan's taxonomy as a tree of sections and their subsections, in the plan's order. */
export async function topicTree(strapi: Core.Strapi): Promise<TopicNode[]> {
  const rows: TopicRow[] = await strapi.db.query(TOPIC).findMany({
    select: ['id', 'code', 'title', 'description', 'order'],
    populate: { parent: { select: ['id'] }, department: { select: ['code', 'name'] } },
    orderBy: [{ order: 'asc' }, { id: 'asc' }],
  });
  const node = (row: TopicRow): TopicNode => ({
    code: row.code,
    title: row.title,
    description: row.description ?? null,
    department: row.department ? { code: row.department.code, name: row.department.name } : null,
    children: [],
  });
  const byId = new Map(rows.map((row) => [row.id, node(row)]));
  const roots: TopicNode[] = [];
  for (const row of rows) {
    const parent = row.parent ? byId.get(row.parent.id) : undefined;
    (parent ? parent.children : roots).push(byId.get(row.id)!);
  }
  return roots;
}

/** The ids of a topic and of its subsections; a 400 for a code the taxonomy does not have. */
export async function topicIdsWithin(strapi: Core.Strapi, code: string): Promise<number[]> {
  const topic: { id: number; children?: Array<{ id: number }> } | null = await strapi.db.query(TOPIC).findOne({
    select: ['id'],
    where: { code },
    populate: { children: { select: ['id'] } },
  });
  if (!topic) throw invalid('topic', `Unknown topic "${code}". GET /api/topics lists the topics.`);
  return [topic.id, ...(topic.children ?? []).map((child) => child.id)];
}

/** The id of a unit by its code; a 400 for a code no unit has. */
export async function unitIdOf(strapi: Core.Strapi, code: string): Promise<number> {
  const unit: { id: number } | null = await strapi.db.query(UNIT).findOne({ select: ['id'], where: { code } });
  if (!unit) throw invalid('unit', `Unknown unit "${code}". GET /api/units lists the units.`);
  return unit.id;
}

export interface PublicUnit {
  code: string;
  name: string;
  kind: string;
  active: boolean;
}

export async function listUnits(strapi: Core.Strapi, query: UnitListQuery): Promise<{ data: PublicUnit[]; total: number }> {
  const where = query.kind ? { kind: query.kind } : {};
  const [rows, total] = await Promise.all([
    strapi.db.query(UNIT).findMany({
      select: ['code', 'name', 'kind', 'active'],
      where,
      orderBy: [{ code: 'asc' }],
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    }),
    strapi.db.query(UNIT).count({ where }),
  ]);
  const data = (rows as PublicUnit[]).map(({ code, name, kind, active }) => ({ code, name, kind, active: active !== false }));
  return { data, total: Number(total) };
}
