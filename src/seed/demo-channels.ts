import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import type { DeliveryAction, DeliveryChannel, DeliveryStatus } from '../plugins/editorial-workflow/shared/contracts/channels';
import { CHANNEL_DELIVERY, ITEM_CHANNEL, ITEM_STATE } from '../plugins/editorial-workflow/shared/uids';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface DemoRow {
  channel: DeliveryChannel;
  action: DeliveryAction;
  status: DeliveryStatus;
  attempts: number;
  /** From `now`: when the row was written. */
  ago: number;
  lastError?: string;
  remoteId?: string;
  remoteUrl?: string;
  /** From `now`, for a pending row: its next attempt (far enough that the relay of a first start leaves it be). */
  nextIn?: number;
}

/** What the channels page shows at first start, per published item (the first three). */
const ROWS: DemoRow[][] = [
  [
    { channel: 'fanpage', action: 'publish', status: 'done', attempts: 1, ago: 3 * DAY, remoteId: '100000000000001_200000000000001', remoteUrl: 'https://www.facebook.com/100000000000001/posts/200000000000001' },
    { channel: 'portal', action: 'publish', status: 'done', attempts: 1, ago: 3 * DAY },
  ],
  [
    {
      channel: 'fanpage',
      action: 'publish',
      status: 'dead',
      attempts: 8,
      ago: 2 * DAY,
      lastError: 'Đã thử 8 lần không thành công. Lỗi lần cuối: Mã truy cập trang đã hết hạn hoặc không hợp lệ (lỗi 190); quản trị viên cần nhập mã mới.',
    },
    { channel: 'press', action: 'publish', status: 'done', attempts: 1, ago: 2 * DAY },
  ],
  [
    { channel: 'portal', action: 'publish', status: 'pending', attempts: 2, ago: 5 * HOUR, nextIn: 30 * DAY, lastError: 'Cổng thông tin tỉnh không trả lời (HTTP 503); sẽ thử lại.' },
    { channel: 'press', action: 'publish', status: 'cancelled', attempts: 0, ago: 6 * HOUR },
  ],
];

/**
 * The channels page "Kênh đăng tải" at first start (issue 18): three published items gone to the
 * fanpage, the portal and the press, one delivery sent, one dead with the channel's error, one
 * waiting, one cancelled, and where each sent item is (ew_item_channels). Once: a second seeding
 * finds them and adds none.
 */
export async function ensureDemoChannels(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  // The dead row's error marks the demo's rows (the seed's own publications may have written others).
  if (await strapi.db.query(CHANNEL_DELIVERY).findOne({ where: { lastError: ROWS[1][0].lastError }, select: ['id'] })) return { created: 0, kept: 1 };
  const publisher = await strapi.db.query('admin::user').findOne({ where: { email: 'publisher@demo.local' }, select: ['id'] });
  // Items already on a channel (demo-item-channels.ts, seeded before): the one it leaves waiting
  // ("chưa gửi" in the side panel) stays so.
  const delivered = new Set(
    (await strapi.db.query(ITEM_CHANNEL).findMany({ where: { lastAction: 'publish' }, select: ['itemDocumentId'] })).map((row: { itemDocumentId: string }) => row.itemDocumentId)
  );
  const items: Array<{ itemDocumentId: string }> = (
    await strapi.db.query(ITEM_STATE).findMany({ where: { state: 'published' }, select: ['itemDocumentId'], orderBy: [{ id: 'asc' }] })
  )
    .filter((row: { itemDocumentId: string }) => delivered.has(row.itemDocumentId))
    .slice(0, ROWS.length);
  let created = 0;
  for (const [i, item] of items.entries()) {
    for (const row of ROWS[i]) {
      const at = new Date(now.getTime() - row.ago);
      const done = row.status === 'done';
      await strapi.db.query(CHANNEL_DELIVERY).create({
        data: {
          itemDocumentId: item.itemDocumentId,
          channel: row.channel,
          action: row.action,
          status: row.status,
          attempts: row.attempts,
          nextAttemptAt: row.nextIn ? new Date(now.getTime() + row.nextIn) : null,
          lastError: row.lastError ?? null,
          remoteId: row.remoteId ?? null,
          remoteUrl: row.remoteUrl ?? null,
          doneAt: done ? new Date(at.getTime() + 60_000) : null,
          actorId: publisher?.id ?? null,
          createdAt: at,
        },
      });
      created += 1;
      const key = `${item.itemDocumentId}:${row.channel}`;
      if (!done || (await strapi.db.query(ITEM_CHANNEL).findOne({ where: { itemChannelKey: key }, select: ['id'] }))) continue;
      await strapi.db.query(ITEM_CHANNEL).create({
        data: {
          itemDocumentId: item.itemDocumentId,
          channel: row.channel,
          itemChannelKey: key,
          lastAction: row.action,
          remoteId: row.remoteId ?? null,
          remoteUrl: row.remoteUrl ?? null,
          deliveredAt: new Date(at.getTime() + 60_000),
          actorId: publisher?.id ?? null,
        },
      });
      created += 1;
    }
  }
  return { created, kept: 0 };
}
