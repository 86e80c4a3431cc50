import type { Core } from '@strapi/strapi';
import { OVERVIEW_MONTHS, type ByMonth, type ItemCounts, type OverviewMonth } from '../../../shared/contracts/overview';
import { UNIT_KINDS, type UnitKind } from '../../../shared/contracts/stats';
import { ARTICLE, ITEM_STATE, TOPIC, UNIT } from '../../../shared/uids';
import { COUNTERS_TABLE } from '../stats/counters';
import { tableOf, type Knex } from '../turnaround/tables';
import { monthOfKey, type MonthWindow } from './months';

/**
 * Items submitted and published in the compared months, by unit kind and by section of the plan.
 * The same facts as the statistics: an item's first submission and first publication, for the unit
 * it had then (stats/counts.ts). Two grouped queries, whatever the number of items.
 */

const zeroCounts = (): ByMonth<ItemCounts> =>
  Object.fromEntries(OVERVIEW_MONTHS.map((which) => [which, { submitted: 0, published: 0 }])) as ByMonth<ItemCounts>;

/** Ids inlined into SQL: integers from the database, checked again here. */
const idList = (ids: number[]) => (ids.length === 0 ? '-1' : ids.map((id) => String(Math.trunc(Number(id)))).join(', '));

/**
 * By unit kind: the counters table (one row per unit and month, kept in step with the facts by the
 * workflow, stats/counters.ts) joined to the units, one grouped query over the three month keys.
 */
export async function countsByKind(strapi: Core.Strapi, months: ByMonth<MonthWindow>, unitIds?: number[]): Promise<Array<{ kind: UnitKind; counts: ByMonth<ItemCounts> }>> {
  const knex: Knex = strapi.db.connection;
  const u = tableOf(strapi, UNIT, ['kind'] as const);
  const query = knex({ c: COUNTERS_TABLE })
    .join({ u: u.table }, 'u.id', 'c.unit_id')
    .select(`u.${u.kind} as kind`, 'c.period_key as month')
    .sum({ submitted: 'c.items_submitted', published: 'c.items_published' })
    .whereIn('c.period_key', OVERVIEW_MONTHS.map((which) => months[which].key))
    .groupBy(`u.${u.kind}`, 'c.period_key');
  if (unitIds) query.whereIn('c.unit_id', unitIds.length > 0 ? unitIds : [-1]);
  const rows = (await query) as unknown as Array<{ kind: string; month: string; submitted: unknown; published: unknown }>;
  const byKind = new Map<string, ByMonth<ItemCounts>>(UNIT_KINDS.map((kind) => [kind, zeroCounts()]));
  for (const row of rows) {
    const which = monthOfKey(months, row.month);
    const counts = byKind.get(row.kind);
    if (!which || !counts) continue;
    counts[which].submitted += Number(row.submitted ?? 0);
    counts[which].published += Number(row.published ?? 0);
  }
  return UNIT_KINDS.map((kind) => ({ kind, counts: byKind.get(kind)! }));
}

/** The figures of every kind added up. */
export function totalsOf(byKind: Array<{ counts: ByMonth<ItemCounts> }>): ByMonth<ItemCounts> {
  const totals = zeroCounts();
  for (const { counts } of byKind) {
    for (const which of OVERVIEW_MONTHS) {
      totals[which].submitted += counts[which].submitted;
      totals[which].published += counts[which].published;
    }
  }
  return totals;
}

type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };

/** SQL giving a topic code's section: `III.2` → `III`, `IV` → `IV`. */
function sectionSql(strapi: Core.Strapi, column: string): string {
  if (strapi.db.dialect.client === 'postgres') return `split_part(${column}, '.', 1)`;
  return `(CASE WHEN instr(${column}, '.') > 0 THEN substr(${column}, 1, instr(${column}, '.') - 1) ELSE ${column} END)`;
}

/**
 * By section of the plan: the item states whose first submission or first publication falls in one
 * of the months, joined to their item's draft (the current topics) and its topics, grouped by the
 * topic's section. An item with topics in two sections counts in both, once in each (count
 * distinct). One query with six conditional counts; the sections' titles in a second.
 */
export async function countsBySection(
  strapi: Core.Strapi,
  months: ByMonth<MonthWindow>,
  unitIds?: number[]
): Promise<Array<{ code: string; title: string; counts: ByMonth<ItemCounts> }>> {
  const knex: Knex = strapi.db.connection;
  const s = tableOf(strapi, ITEM_STATE, ['itemDocumentId', 'firstSubmittedAt', 'firstSubmittedUnitId', 'firstPublishedAt', 'firstPublishedUnitId'] as const);
  const a = tableOf(strapi, ARTICLE, ['documentId', 'publishedAt'] as const);
  const t = tableOf(strapi, TOPIC, ['code'] as const);
  const link = (strapi.db.metadata.get(ARTICLE as never) as unknown as { attributes: { topics: { joinTable: JoinTable } } }).attributes.topics.joinTable;

  const bindings: unknown[] = [];
  const within = (at: string, unit: string, window: MonthWindow) => {
    bindings.push(window.start, window.end);
    return `s.${at} >= ? AND s.${at} < ?${unitIds ? ` AND s.${unit} IN (${idList(unitIds)})` : ''}`;
  };
  const columns: Array<{ alias: string; which: OverviewMonth; fact: keyof ItemCounts }> = [];
  const selects = OVERVIEW_MONTHS.flatMap((which) =>
    (['submitted', 'published'] as const).map((fact) => {
      const alias = `${fact}_${which}`.toLowerCase();
      columns.push({ alias, which, fact });
      const condition = fact === 'submitted' ? within(s.firstSubmittedAt, s.firstSubmittedUnitId, months[which]) : within(s.firstPublishedAt, s.firstPublishedUnitId, months[which]);
      return `count(DISTINCT CASE WHEN ${condition} THEN s.${s.itemDocumentId} END) AS ${alias}`;
    })
  );
  const selectBindings = [...bindings];
  bindings.length = 0;
  const anyMonth = OVERVIEW_MONTHS.flatMap((which) => [
    `(s.${s.firstSubmittedAt} >= ? AND s.${s.firstSubmittedAt} < ?)`,
    `(s.${s.firstPublishedAt} >= ? AND s.${s.firstPublishedAt} < ?)`,
  ]).join(' OR ');
  const anyBindings = OVERVIEW_MONTHS.flatMap((which) => [months[which].start, months[which].end, months[which].start, months[which].end]);
  const section = sectionSql(strapi, `t.${t.code}`);

  const rows = (await knex({ s: s.table })
    .join({ a: a.table }, (join) => {
      join.on(`a.${a.documentId}`, '=', `s.${s.itemDocumentId}`).andOnNull(`a.${a.publishedAt}`);
    })
    .join({ l: link.name }, `l.${link.joinColumn.name}`, 'a.id')
    .join({ t: t.table }, 't.id', `l.${link.inverseJoinColumn.name}`)
    .select(knex.raw(`${section} AS section`), knex.raw(selects.join(', '), selectBindings))
    .whereRaw(`(${anyMonth})`, anyBindings)
    .groupByRaw(section)) as Array<Record<string, unknown>>;

  const sections: Array<{ code: string; title: string; order: number | null }> = await strapi.db.query(TOPIC).findMany({
    where: { code: { $notContains: '.' } },
    select: ['code', 'title', 'order'],
  });
  const counted = new Map(rows.map((row) => [String(row.section), row]));
  return sections
    .sort((x, y) => (x.order ?? 0) - (y.order ?? 0) || x.code.localeCompare(y.code))
    .map(({ code, title }) => {
      const counts = zeroCounts();
      const row = counted.get(code);
      if (row) for (const { alias, which, fact } of columns) counts[which][fact] = Number(row[alias] ?? 0);
      return { code, title, counts };
    });
}
