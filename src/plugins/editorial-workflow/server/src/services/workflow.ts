import type { Core } from '@strapi/strapi';
import { COMMENT_REQUIRED, decide, laneOf } from '../../../shared/state-machine';
import { assertReasonCategory } from '../reason-categories/catalogue';
import { assertSeparateDuties } from '../workflow/separation-of-duties';
import type { ItemView, TransitionBody } from '../../../shared/contracts/items';
import { placementOf, rolesForItem } from './membership';
import { SYSTEM_ACTOR, type Actor, type ItemStateRow } from './item-state';
import { getService } from '../get-service';
import { delegationBehind } from '../delegation/standing';
import { onBehalfOfName } from '../../../shared/contracts/delegation';
import { ACTION_HANDLERS, publicationFacts } from '../workflow/action-handlers';
import { publishApproved } from '../workflow/publication';
import { conflict } from '../workflow/conflict';
import { notNow, reservedTo } from '../workflow/wording';
import { forbidden } from '../utils/errors';
import { ITEM_STATE } from '../../../shared/uids';
import { countedTransition, jobRun, scheduledPublishTimer } from '../metrics';

/** A transition as the workflow takes it: the parsed body, for one item. */
export type TransitionRequest = TransitionBody & { documentId: string };

/** How many scheduled items one run of the scheduler publishes at most; the next minute takes the rest. */
const SCHEDULER_BATCH = 100;

/** The workflow's commands: a person's transition, and the scheduler's publication of what is due. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const itemState = () => getService(strapi, 'item-state');
  const inbox = () => getService(strapi, 'inbox');
  const outbox = () => getService(strapi, 'mail-outbox');

  return {
    /**
     * Takes one workflow action, in one database transaction: the compare-and-set on (state,
     * version), the action's own effect (publishing, unpublishing), the history row and the
     * notifications. E-mail leaves after the commit. `clock` is for code that replays the past
     * (the demo seed, test fixtures); the HTTP API always acts now.
     */
    async transition(request: TransitionRequest, actor: Actor, clock: { now?: Date } = {}): Promise<ItemView> {
      return countedTransition(request.action, () => strapi.db.transaction(async ({ onCommit }) => {
        // Only a submission routes the item: other actions skip the routing relations.
        const view = getService(strapi, 'item-view');
        const { item, record, standing } = await view.loadInScope(request.documentId, actor.id, { routing: request.action === 'submit' });
        // Whether a published version is online decides a takedown during a new round; the lane, whose steps apply.
        const facts = { online: item.online, lane: laneOf(item.kind, record.firstSubmittedKind) };
        const decision = decide(record.state, request.action, rolesForItem(standing, placementOf(item, record)), facts);
        if (decision.outcome === 'illegal') throw conflict(record, notNow(request.action));
        if (decision.outcome === 'forbidden') throw forbidden(reservedTo(decision.role, request.action), { role: decision.role });
        if (request.expectedVersion !== record.version) {
          throw conflict(record, `Bạn đang xem phiên bản ${request.expectedVersion}, tin bài đã thay đổi; hãy tải lại.`);
        }
        await assertSeparateDuties(strapi, item, request.action, actor);
        // A return's or an unpublish's category must be one of the active ones (the edge requires one over HTTP).
        const reasonLabel = request.reasonCategory && COMMENT_REQUIRED.has(request.action) ? await assertReasonCategory(strapi, request.reasonCategory) : undefined;
        const reasonCategory = reasonLabel ? request.reasonCategory : undefined;

        const { transition } = decision;
        const handler = ACTION_HANDLERS[request.action];
        const input = { strapi, item, record, actor, now: clock.now ?? new Date(), departmentCode: request.departmentCode, publishAt: request.publishAt, unpublishAt: request.unpublishAt, comment: request.comment };
        const outcome = (await handler.changes?.(input)) ?? { changes: {} };
        const next = await itemState().compareAndSet(record, { state: transition.to, ...outcome.changes });
        await handler.afterMove?.(input, next);

        const action = outcome.historyAction ?? request.action;
        // A role held only by delegation is used "on behalf of" the delegator: the history keeps both names.
        const delegation = delegationBehind(standing.delegations, transition.role, placementOf(item, record));
        const onBehalfOf = delegation ? { id: delegation.delegatorId, name: delegation.delegatorName } : undefined;
        await itemState().recordHistory({ item, actor, onBehalfOf, role: transition.role, action, from: record.state, to: next, comment: request.comment, reasonCategory, at: input.now });
        const told = onBehalfOf ? { ...actor, name: onBehalfOfName(actor.name, onBehalfOf.name) } : actor;
        const queued = await inbox().afterTransition({ item, record: next, action, actor: told, comment: request.comment, reasonLabel });
        onCommit(() => outbox().deliverLater(queued));
        const online = next.state === 'published' ? true : request.action === 'unpublish' ? false : item.online;
        return view.view({ ...item, online }, next, standing);
      }));
    },

    /** Publishes the approved items whose time has come (the scheduler's job). */
    async publishDue(now = new Date()): Promise<number> {
      const run = jobRun('scheduled-publish');
      const due: ItemStateRow[] = await strapi.db.query(ITEM_STATE).findMany({
        where: { state: 'approved', scheduledAt: { $notNull: true, $lte: now } },
        orderBy: [{ scheduledAt: 'asc' }],
        limit: SCHEDULER_BATCH,
      });
      let published = 0;
      for (const candidate of due) {
        const timer = scheduledPublishTimer();
        try {
          await strapi.db.transaction(async ({ onCommit }) => {
            const record = await itemState().recordOf(candidate.itemDocumentId);
            const item = await getService(strapi, 'item-content').loadDraft(candidate.itemDocumentId);
            if (!item || record.state !== 'approved' || !record.scheduledAt) return;
            const changes = { state: 'published' as const, scheduledAt: null, ...publicationFacts(item, record, now) };
            const next = await itemState().compareAndSet(record, changes);
            await publishApproved(strapi, item, record, now);
            const actor = SYSTEM_ACTOR;
            await itemState().recordHistory({ item, actor, role: 'system', action: 'publish', from: record.state, to: next, comment: 'Đăng theo lịch hẹn', at: now });
            const queued = await inbox().afterTransition({ item, record: next, action: 'publish', actor });
            onCommit(() => outbox().deliverLater(queued));
            onCommit(() => timer.committed());
            published += 1;
          });
        } catch (error) {
          run.failed();
          strapi.log.warn(`[editorial-workflow] scheduled publish of ${candidate.itemDocumentId} failed: ${(error as Error).message}`);
        }
      }
      run.finish();
      return published;
    },
  };
};
