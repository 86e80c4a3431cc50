import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { CHANNEL_LABELS, DELIVERY_CHANNELS, DELIVERY_STATUSES, DELIVERY_STATUS_LABELS, type DeliveryChannel, type DeliveryStatus } from '../../../shared/contracts/channels';
import { LISTED_STATUSES, type ChannelDeliveriesQuery, type ChannelDeliveriesResponse, type ChannelDeliveryView, type ChannelSummary } from '../../../shared/contracts/channel-page';
import { ARTICLE, CHANNEL_DELIVERY } from '../../../shared/uids';
import { getService } from '../get-service';
import type { DeliveryRow } from './relay';
import { adapterOf } from './registry';

/** How long a channel's health check may take before the page shows it as unknown. */
const HEALTH_TIMEOUT_MS = 5_000;

const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

type StoredRow = DeliveryRow & { lastError: string | null; remoteUrl: string | null; createdAt: string | Date; doneAt: string | Date | null };

/** A retry or a cancel the row's status does not allow: the controller answers 409. */
export type RowChange = { outcome: 'ok'; row: ChannelDeliveryView } | { outcome: 'not-found' } | { outcome: 'conflict'; message: string };

/**
 * The channels page (issue 18 item 2): per channel its health and how many rows are pending, sent,
 * dead or cancelled; the rows, newest first, with the item's title; a dead row retried by hand
 * (pending again, attempts from zero) or a pending or dead row cancelled.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(CHANNEL_DELIVERY);

  async function titlesOf(documentIds: string[]): Promise<Map<string, string>> {
    if (documentIds.length === 0) return new Map();
    const articles: Array<{ documentId: string; title: string }> = await strapi.db.query(ARTICLE).findMany({
      where: { documentId: { $in: [...new Set(documentIds)] }, publishedAt: null },
      select: ['documentId', 'title'],
    });
    return new Map(articles.map((article) => [article.documentId, article.title]));
  }

  function viewOf(row: StoredRow, titles: Map<string, string>): ChannelDeliveryView {
    return {
      id: row.id,
      channel: row.channel,
      action: row.action,
      status: row.status,
      itemDocumentId: row.itemDocumentId,
      itemTitle: titles.get(row.itemDocumentId) ?? null,
      attempts: row.attempts,
      nextAttemptAt: row.status === 'pending' ? iso(row.nextAttemptAt) : null,
      lastError: row.lastError ?? null,
      remoteUrl: row.remoteUrl ?? null,
      createdAt: iso(row.createdAt) as string,
      doneAt: iso(row.doneAt),
    };
  }

  async function healthOf(channel: DeliveryChannel): Promise<ChannelSummary['health']> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const health = await Promise.race([
        adapterOf(channel).health(strapi),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), HEALTH_TIMEOUT_MS);
        }),
      ]);
      return { ok: health.ok, message: health.message ?? null, expiresAt: health.expiresAt ?? null };
    } catch {
      return { ok: false, message: 'Không kiểm tra được tình trạng của kênh lúc này.', expiresAt: null };
    } finally {
      clearTimeout(timer);
    }
  }

  const service = {
    async overview(): Promise<ChannelSummary[]> {
      const knex: Knex = strapi.db.connection;
      const grouped: Array<{ channel: DeliveryChannel; status: DeliveryStatus; n: number | string }> = await knex(strapi.db.metadata.get(CHANNEL_DELIVERY).tableName)
        .select('channel', 'status')
        .count({ n: '*' })
        .groupBy('channel', 'status');
      const healths = await Promise.all(DELIVERY_CHANNELS.map(healthOf));
      return DELIVERY_CHANNELS.map((channel, i) => {
        const counts = Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, 0])) as Record<DeliveryStatus, number>;
        for (const entry of grouped) if (entry.channel === channel && entry.status in counts) counts[entry.status] = Number(entry.n);
        return { channel, label: CHANNEL_LABELS[channel], health: healths[i], counts };
      });
    },

    async list(query: ChannelDeliveriesQuery & { page: number; pageSize: number }): Promise<ChannelDeliveriesResponse> {
      const where = {
        ...(query.channel ? { channel: query.channel } : {}),
        status: query.status ? query.status : { $in: [...LISTED_STATUSES] },
      };
      const [found, total] = await Promise.all([
        rows().findMany({ where, orderBy: [{ id: 'desc' }], offset: (query.page - 1) * query.pageSize, limit: query.pageSize }) as Promise<StoredRow[]>,
        rows().count({ where }) as Promise<number>,
      ]);
      const titles = await titlesOf(found.map((row) => row.itemDocumentId));
      return {
        data: found.map((row) => viewOf(row, titles)),
        meta: { pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) } },
      };
    },

    /** A dead row, pending again from its first attempt; the relay is kicked. */
    async retry(id: number): Promise<RowChange> {
      return service.change(id, ['dead'], { status: 'pending', attempts: 0, nextAttemptAt: null, lastError: null }, 'Chỉ gửi lại được lượt gửi không thành công (đã ngừng thử).', true);
    },

    /** A pending or dead row, given up: the relay never takes it again. */
    async cancel(id: number): Promise<RowChange> {
      return service.change(id, ['pending', 'dead'], { status: 'cancelled', nextAttemptAt: null }, 'Chỉ huỷ được lượt gửi đang chờ hoặc không thành công.', false);
    },

    async change(id: number, from: DeliveryStatus[], data: Record<string, unknown>, refusal: string, kick: boolean): Promise<RowChange> {
      const row: StoredRow | null = await rows().findOne({ where: { id } });
      if (!row) return { outcome: 'not-found' };
      const refused = (status: DeliveryStatus): RowChange => ({ outcome: 'conflict', message: `${refusal} Trạng thái hiện tại: ${DELIVERY_STATUS_LABELS[status]}.` });
      if (!from.includes(row.status)) return refused(row.status);
      // Compare-and-set on the status read: a row the relay just finished is not changed behind its back.
      const { count } = await rows().updateMany({ where: { id, status: row.status }, data });
      if (count !== 1) return refused(((await rows().findOne({ where: { id }, select: ['status'] })) ?? row).status);
      // Read before the kick: the answer shows the row as changed, not as the relay already took it.
      const fresh: StoredRow = await rows().findOne({ where: { id } });
      const view = viewOf(fresh, await titlesOf([fresh.itemDocumentId]));
      if (kick) getService(strapi, 'channel-relay').deliverLater();
      return { outcome: 'ok', row: view };
    },
  };
  return service;
};
