import type { Core } from '@strapi/strapi';
import { dateOfDay, dayNumber, vnStartOf } from '../../../shared/periods';
import { CHANNEL_LABELS, ITEM_CHANNELS, ITEM_CHANNEL_FIELDS, type ItemChannel } from '../../../shared/contracts/channels';
import { CHOSEN_CHANNELS, type ChannelStats } from '../../../shared/contracts/item-channels';
import { ARTICLE, ITEM_CHANNEL, ITEM_STATE } from '../../../shared/uids';
import { columnsOf } from './counts';

/**
 * The items published in a period, by channel (issue 18 item 6), for the statistics page and its
 * export. An item counts in the period of its first publication, for the unit it had then, as the
 * grid's "items published" does (counts.ts publishedCounts), so the website's line equals the grid's
 * total for the same period and scope. For each other channel:
 * - `marked`: the item is marked for it (its current draft's choice; an item deleted since: not);
 * - `delivered`: the channel confirmed a delivery of the item at least once (ew_item_channels;
 *   a retraction since still counts: it went there).
 * The website is always on: every item published is both marked and delivered there.
 * Two grouped queries whatever the number of items.
 */
export async function channelCounts(strapi: Core.Strapi, query: { from: string; to: string; unitIds?: number[] }): Promise<ChannelStats> {
  const knex = strapi.db.connection;
  const s = columnsOf(strapi, ITEM_STATE, ['itemDocumentId', 'firstPublishedAt', 'firstPublishedUnitId']);
  const a = columnsOf(strapi, ARTICLE, ['documentId', 'publishedAt', ...CHOSEN_CHANNELS.map((channel) => ITEM_CHANNEL_FIELDS[channel])]);
  const ic = columnsOf(strapi, ITEM_CHANNEL, ['itemDocumentId', 'channel']);
  const start = vnStartOf(query.from);
  const end = vnStartOf(dateOfDay(dayNumber(query.to) + 1));

  /** The items first published in the window, in the scope: the states table aliased `s`. */
  const publishedInWindow = () => {
    const builder = knex
      .from(`${s.table} as s`)
      .where(`s.${s.firstPublishedAt}`, '>=', start)
      .andWhere(`s.${s.firstPublishedAt}`, '<', end)
      .whereNotNull(`s.${s.firstPublishedUnitId}`);
    if (query.unitIds) builder.whereIn(`s.${s.firstPublishedUnitId}`, query.unitIds.length > 0 ? query.unitIds : [-1]);
    return builder;
  };

  // A boolean column is true/false on PostgreSQL and 1/0 on SQLite: `CASE WHEN col` reads both.
  const markedSums = CHOSEN_CHANNELS.map((channel) => knex.raw(`sum(case when ?? then 1 else 0 end) as ??`, [`d.${a[ITEM_CHANNEL_FIELDS[channel]]}`, channel]));
  const [totals] = (await publishedInWindow()
    .leftJoin(`${a.table} as d`, function joinDraft() {
      this.on(`d.${a.documentId}`, '=', `s.${s.itemDocumentId}`).andOnNull(`d.${a.publishedAt}`);
    })
    .select(knex.raw('count(*) as ??', ['website']), ...markedSums)) as Array<Record<string, number | string | null>>;

  const delivered = (await publishedInWindow()
    .join(`${ic.table} as ic`, `ic.${ic.itemDocumentId}`, `s.${s.itemDocumentId}`)
    .whereIn(`ic.${ic.channel}`, [...CHOSEN_CHANNELS])
    .select(`ic.${ic.channel} as channel`, knex.raw(`count(distinct ??) as n`, [`s.${s.itemDocumentId}`]))
    .groupBy(`ic.${ic.channel}`)) as Array<{ channel: string; n: number | string }>;
  const deliveredBy = new Map(delivered.map((row) => [row.channel, Number(row.n)]));

  const website = Number(totals?.website ?? 0);
  const count = (channel: ItemChannel) =>
    channel === 'website'
      ? { marked: website, delivered: website }
      : { marked: Number(totals?.[channel] ?? 0), delivered: deliveredBy.get(channel) ?? 0 };
  return {
    from: query.from,
    to: query.to,
    rows: ITEM_CHANNELS.map((channel) => ({ channel, label: CHANNEL_LABELS[channel], ...count(channel) })),
  };
}
