import type { Core } from '@strapi/strapi';
import type { CalendarEntry } from '../../../shared/contracts/calendar';
import { itemEditPath } from '../../../shared/notice-links';
import { ARTICLE, ITEM_STATE, UNIT } from '../../../shared/uids';
import { joinTableOf, tableOf } from './tables';
import { orNone, type CalendarReading } from './scope';
import { vnIso } from './time';

/** At most this many items of each kind in one reading: a see-all month can hold thousands of publications. */
export const ITEM_CAP = 400;

interface StateRow {
  documentId: string;
  at: Date | string;
  unitId: number | null;
}

/**
 * Items on the calendar: the scheduled publishes (approved, `scheduledAt` set) and the published
 * items, each on its FIRST publication (`firstPublishedAt`: the day it went online; a correction's
 * republication is not news again, and the counters count the same). Read from ew_item_states by a
 * range on an indexed time, scoped as the items themselves (services/membership.ts canSee: the
 * item's unit, its department's editors and heads, the publisher and the leadership).
 */
export async function itemEntries(strapi: Core.Strapi, reading: CalendarReading): Promise<{ entries: CalendarEntry[]; omittedPublished: number }> {
  const knex = strapi.db.connection;
  const states = tableOf(strapi, ITEM_STATE);
  const articles = tableOf(strapi, ARTICLE);
  const topics = joinTableOf(strapi, ARTICLE, 'topics');
  const { standing, filters } = reading;

  async function load(timeAttr: 'scheduledAt' | 'firstPublishedAt', unitAttr: 'firstSubmittedUnitId' | 'firstPublishedUnitId'): Promise<{ rows: StateRow[]; total: number }> {
    const query = knex(states.name)
      .where(states.col(timeAttr), '>=', reading.start)
      .where(states.col(timeAttr), '<', reading.end);
    if (timeAttr === 'scheduledAt') query.where(states.col('state'), 'approved');
    if (!standing.seesAllItems) {
      query.where((inScope) => {
        inScope.whereIn(states.col(unitAttr), orNone(standing.unitIds)).orWhereIn(states.col('departmentId'), orNone(standing.departmentIds));
      });
    }
    if (filters.unit) query.where(states.col(unitAttr), filters.unit);
    if (filters.department) query.where(states.col('departmentId'), filters.department);
    if (filters.topic) {
      // The item's draft row carries its topics (the published row the same once online).
      query.whereExists(
        knex(articles.name)
          .join(topics.name, `${topics.name}.${topics.own}`, articles.at('id'))
          .whereRaw('?? = ??', [articles.at('documentId'), states.at('itemDocumentId')])
          .whereNull(articles.at('publishedAt'))
          .where(`${topics.name}.${topics.other}`, filters.topic)
          .select(knex.raw('1'))
      );
    }
    const [rows, counted] = await Promise.all([
      query
        .clone()
        .select({ documentId: states.col('itemDocumentId'), at: states.col(timeAttr), unitId: states.col(unitAttr) })
        .orderBy(states.col(timeAttr), 'asc')
        .limit(ITEM_CAP),
      query.clone().count({ total: '*' }),
    ]);
    return { rows: rows as StateRow[], total: Number((counted as Array<{ total: number | string }>)[0]?.total ?? 0) };
  }

  const scheduled = await load('scheduledAt', 'firstSubmittedUnitId');
  const published = reading.withPublished ? await load('firstPublishedAt', 'firstPublishedUnitId') : { rows: [], total: 0 };
  const all = [...scheduled.rows, ...published.rows];
  if (all.length === 0) return { entries: [], omittedPublished: 0 };

  const documentIds = [...new Set(all.map((row) => row.documentId))];
  const titled: Array<{ documentId: string; title: string }> = await strapi.db
    .query(ARTICLE)
    .findMany({ where: { documentId: { $in: documentIds }, publishedAt: null }, select: ['documentId', 'title'] });
  const titleOf = new Map(titled.map((row) => [row.documentId, row.title]));
  const unitIds = [...new Set(all.map((row) => row.unitId).filter((unitId): unitId is number => unitId !== null))];
  const units: Array<{ id: number; name: string }> = unitIds.length === 0 ? [] : await strapi.db.query(UNIT).findMany({ where: { id: { $in: unitIds } }, select: ['id', 'name'] });
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));

  const entryOf = (kind: 'scheduled' | 'published', row: StateRow): CalendarEntry => ({
    key: `${kind}:${row.documentId}`,
    kind,
    title: `${kind === 'scheduled' ? 'Hẹn đăng' : 'Đã đăng'}: ${titleOf.get(row.documentId) ?? row.documentId}`,
    start: vnIso(row.at),
    end: null,
    allDay: false,
    unitName: row.unitId === null ? null : (unitName.get(row.unitId) ?? null),
    target: { type: 'item', id: row.documentId, path: itemEditPath(row.documentId) },
  });
  return {
    entries: [...scheduled.rows.map((row) => entryOf('scheduled', row)), ...published.rows.map((row) => entryOf('published', row))],
    omittedPublished: Math.max(0, published.total - published.rows.length),
  };
}
