import type { Core } from '@strapi/strapi';
import { ACTION_LABELS, ROUND_STEPS, dutyConflict, type RoundEntry, type WorkflowAction } from '../../../shared/state-machine';
import type { ItemDraft } from '../services/item-content';
import type { Actor } from '../services/item-state';
import { forbidden } from '../utils/errors';
import { TRANSITION, UNIT } from '../../../shared/uids';

/**
 * Separation of duties: one person takes at most one step of a round (submit, forward, approve,
 * publish), whatever memberships they hold, so that nothing reaches the site on one person's word.
 * A unit too small for four people may be allowed single-handed rounds by the administrator
 * (`allowSingleHandedRounds` on the unit; off by default). Scheduled jobs (the system) are not a person.
 * Read in the transition's transaction, from the append-only history that names who took each step.
 */
export async function assertSeparateDuties(strapi: Core.Strapi, item: ItemDraft, action: WorkflowAction, actor: Actor): Promise<void> {
  if (!actor.id || !ROUND_STEPS.has(action) || action === 'submit') return;
  const history: RoundEntry[] = await strapi.db.query(TRANSITION).findMany({
    where: { itemDocumentId: item.documentId },
    orderBy: [{ id: 'asc' }],
    select: ['action', 'actorId'],
  });
  const earlier = dutyConflict(action, actor.id, history);
  if (!earlier) return;
  if (item.unitId !== null) {
    const unit = await strapi.db.query(UNIT).findOne({ where: { id: item.unitId }, select: ['allowSingleHandedRounds'] });
    if (unit?.allowSingleHandedRounds === true) return;
  }
  throw forbidden(
    `Bạn đã "${ACTION_LABELS[earlier]}" tin bài này trong vòng duyệt hiện tại nên không thể "${ACTION_LABELS[action]}" tiếp: ` +
      'mỗi bước (gửi, chuyển duyệt, duyệt, đăng) phải do một người khác thực hiện (one person may not take two steps of the same round).',
    { step: earlier }
  );
}
