import type { Core } from '@strapi/strapi';
import { ITEM_STATE } from '../../../shared/uids';
import { getService } from '../get-service';
import { SYSTEM_ACTOR, type ItemStateRow } from '../services/item-state';
import { jobRun } from '../metrics';
import { unpublishLive } from '../workflow/publication';
import { vietnamTime } from '../utils/vietnam-time';

/** How many items one run takes down at most; the next minute takes the rest. */
const BATCH = 100;

/** The reason the history and the author's notice give (issue 16, item 5: a recorded reason). */
export const scheduledUnpublishReason = (at: Date | string) => `Gỡ theo lịch: hết thời hạn đăng đã đặt khi đăng bài (${vietnamTime(at)}).`;

/**
 * Scheduled unpublish (issue 16, item 5): an item published with an end (`unpublishAt`, set by the
 * publisher at publish time) comes down by itself once that time has passed. Every process runs it
 * every minute; each item comes down once, as a scheduled publish goes up once: the workflow's
 * compare-and-set on (state, version) in the transaction that unpublishes it and writes its history
 * row, so of several processes taking the same item one moves it and the others find it moved.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const itemState = () => getService(strapi, 'item-state');

  return {
    async unpublishDue(now = new Date()): Promise<number> {
      const run = jobRun('scheduled-unpublish');
      const due: ItemStateRow[] = await strapi.db.query(ITEM_STATE).findMany({
        where: { state: 'published', unpublishAt: { $notNull: true, $lte: now } },
        orderBy: [{ unpublishAt: 'asc' }],
        limit: BATCH,
      });
      let unpublished = 0;
      for (const candidate of due) {
        try {
          await strapi.db.transaction(async ({ onCommit }) => {
            const record = await itemState().recordOf(candidate.itemDocumentId);
            const item = await getService(strapi, 'item-content').loadDraft(candidate.itemDocumentId);
            if (!item || record.state !== 'published' || !record.unpublishAt || new Date(record.unpublishAt).getTime() > now.getTime()) return;
            const next = await itemState().compareAndSet(record, { state: 'unpublished', unpublishAt: null });
            await unpublishLive(strapi, item);
            const comment = scheduledUnpublishReason(record.unpublishAt);
            await itemState().recordHistory({ item, actor: SYSTEM_ACTOR, role: 'system', action: 'unpublish', from: record.state, to: next, comment, at: now });
            const queued = await getService(strapi, 'inbox').afterTransition({ item, record: next, action: 'unpublish', actor: SYSTEM_ACTOR, comment });
            onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
            unpublished += 1;
          });
        } catch (error) {
          run.failed();
          strapi.log.warn(`[editorial-workflow] scheduled unpublish of ${candidate.itemDocumentId} failed: ${(error as Error).message}`);
        }
      }
      run.finish();
      return unpublished;
    },
  };
};
