import type { Core } from '@strapi/strapi';
import { decide } from '../../../shared/state-machine';
import { PHOTO_WITHOUT_CONSENT } from '../../../shared/reason-categories';
import { ARTICLE } from '../../../shared/uids';
import { getService } from '../get-service';
import { SYSTEM_ACTOR } from '../services/item-state';
import { noticeOf } from '../notifications/transition-notice';
import { reasonLabels } from '../reason-categories/catalogue';
import { unpublishLive } from '../workflow/publication';

/** Why the items came down, in the history and the notices. */
export const consentWithdrawnReason = (assetTitle: string) =>
  `Gỡ tự động: ảnh/video "${assetTitle}" có hình ảnh trẻ em đã bị rút lại sự đồng ý của cha mẹ, người giám hộ (Nghị định 13/2023/NĐ-CP).`;

/**
 * Consent withdrawn (issue 16, item 6): every published item whose live version shows the file (as
 * its cover or in its gallery) comes down at once, each by the workflow's own takedown (the one the
 * leadership may take: a published item becomes `unpublished`; a new round keeps its state and its
 * draft, only the live version goes offline), recorded by the system with the category "photo
 * without consent", and told to the author and the publishers.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const itemState = () => getService(strapi, 'item-state');
  const inbox = () => getService(strapi, 'inbox');

  async function takeDown(documentId: string, comment: string, reasonLabel: string | undefined): Promise<boolean> {
    return strapi.db.transaction(async ({ onCommit }) => {
      const item = await getService(strapi, 'item-content').loadDraft(documentId);
      if (!item?.online) return false;
      const record = await itemState().recordOf(documentId);
      const decision = decide(record.state, 'unpublish', new Set(['leadership']), { online: true });
      if (decision.outcome !== 'allowed') return false;
      const next = await itemState().compareAndSet(record, { state: decision.transition.to, unpublishAt: null });
      await unpublishLive(strapi, item);
      await itemState().recordHistory({ item, actor: SYSTEM_ACTOR, role: 'system', action: 'unpublish', from: record.state, to: next, comment, reasonCategory: PHOTO_WITHOUT_CONSENT });
      const facts = { item, record: next, action: 'unpublish' as const, actor: SYSTEM_ACTOR, comment, reasonLabel };
      const toAuthor = await inbox().afterTransition(facts);
      const publishers = await getService(strapi, 'membership').userIdsWithRole('publisher');
      const toPublishers = await inbox().notifyUsers(publishers, noticeOf(facts), documentId);
      onCommit(() => getService(strapi, 'mail-outbox').deliverLater([...toAuthor, ...toPublishers]));
      return true;
    });
  }

  return {
    /** Takes down the published items showing this file; returns their documentIds. */
    async takeDownShowing(fileId: number, assetTitle: string): Promise<string[]> {
      const live: Array<{ documentId: string }> = await strapi.db.query(ARTICLE).findMany({
        where: { publishedAt: { $notNull: true }, $or: [{ cover: { id: fileId } }, { gallery: { id: fileId } }] },
        select: ['documentId'],
      });
      const comment = consentWithdrawnReason(assetTitle);
      const reasonLabel = (await reasonLabels(strapi)).get(PHOTO_WITHOUT_CONSENT);
      const taken: string[] = [];
      for (const documentId of new Set(live.map((row) => row.documentId))) {
        if (await takeDown(documentId, comment, reasonLabel)) taken.push(documentId);
      }
      return taken;
    },
  };
};
