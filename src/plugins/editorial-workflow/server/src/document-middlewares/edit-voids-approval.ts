import type { Core } from '@strapi/strapi';
import { LANE_CONTENT_EDITORS, laneOf, stateAfterEdit, type WorkflowRole } from '../../../shared/state-machine';
import { placementOf, rolesForItem } from '../services/membership';
import { SYSTEM_ACTOR, type Actor } from '../services/item-state';
import { actorName } from '../utils/display-name';
import { getService } from '../get-service';
import { itemBeforeEdit } from './item-before-edit';
import type { DocumentMiddleware } from './context';
import { ARTICLE } from '../../../shared/uids';

/**
 * Approval is of a specific content: an edit that changes what the head approved sends an approved
 * item back to department review, and an edit of a published or unpublished item starts a new
 * round (the published version stays online). The state moves by compare-and-set in the edit's
 * own transaction, with a history row naming who edited.
 */
export const editVoidsApproval =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE || ctx.action !== 'update') return next();
    return strapi.db.transaction(async () => {
      const loaded = await itemBeforeEdit(strapi, ctx);
      const result = await next();
      if (!loaded) return result;
      const { documentId, before, record } = loaded;
      const lane = laneOf(before.kind, record.firstSubmittedKind);
      const target = stateAfterEdit(record.state, lane);
      if (target === record.state) return result;
      const after = await getService(strapi, 'item-content').loadDraft(documentId);
      if (!after || after.hash === record.approvedHash) return result;

      const itemState = getService(strapi, 'item-state');
      const moved = await itemState.compareAndSet(record, { state: target, approvedHash: null, approvedAt: null, scheduledAt: null, scheduledById: null });
      const user = getService(strapi, 'unit-scope').requestUser();
      const standing = user ? await getService(strapi, 'membership').standingOf(user.id) : undefined;
      // The role in which the person could edit in this state (an author who also edits for the department, editing an approved item, edits as editor).
      const held = standing ? rolesForItem(standing, placementOf(before, record)) : new Set<WorkflowRole>();
      const role = LANE_CONTENT_EDITORS[lane][record.state].find((candidate) => held.has(candidate)) ?? [...held][0] ?? 'system';
      const actor: Actor = user ? { id: user.id, name: await actorName(strapi, user.id) } : SYSTEM_ACTOR;
      await itemState.recordHistory({
        item: after,
        actor,
        role,
        action: 'edit',
        from: record.state,
        to: moved,
        comment: target === 'draft' ? 'Sửa tin bài đã đăng: bắt đầu vòng duyệt mới' : 'Nội dung thay đổi sau khi duyệt: duyệt lại',
      });
      return result;
    });
  };
