import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { laneOf, type WorkflowAction } from '../../../shared/state-machine';
import type { ItemDraft } from '../services/item-content';
import type { Actor, ItemStateRow } from '../services/item-state';
import { getService } from '../get-service';
import { conflict } from './conflict';
import { publishApproved, unpublishLive } from './publication';
import { CHANGED_SINCE_APPROVAL } from './wording';
import { startCorrection } from '../corrections/records';
import { assertResponseReady } from '../concern-links/response-ready';
import { fulfilAssignments } from '../assignments/fulfilment';

/**
 * What each action does beyond the state change that `shared/state-machine.ts` (TRANSITIONS)
 * decides: the table that sits beside that data. `changes` computes the other fields of the
 * compare-and-set; `afterMove` runs once the move has won, in the same transaction (publishing
 * or unpublishing the document). The history records `historyAction` when the action's outcome
 * has a name of its own (a publish at a later time is a `schedule`).
 */
export interface ActionInput {
  strapi: Core.Strapi;
  item: ItemDraft;
  record: ItemStateRow;
  actor: Actor;
  now: Date;
  departmentCode?: string;
  publishAt?: Date;
  unpublishAt?: Date;
  /** The step's comment: a correction's public note. */
  comment?: string;
}

export interface ActionOutcome {
  changes: Partial<ItemStateRow>;
  historyAction?: 'schedule';
}

export interface ActionHandler {
  changes?(input: ActionInput): Promise<ActionOutcome> | ActionOutcome;
  afterMove?(input: ActionInput, moved: ItemStateRow): Promise<void>;
}

/** The counters' facts of a publication: the first publication only, for the unit the item has then. */
export const publicationFacts = (item: ItemDraft, record: ItemStateRow, now: Date): Partial<ItemStateRow> =>
  record.firstPublishedAt ? { lastPublishedAt: now } : { lastPublishedAt: now, firstPublishedAt: now, firstPublishedUnitId: item.unitId };

const voidApproval: Partial<ItemStateRow> = { approvedHash: null, approvedAt: null, scheduledAt: null, scheduledById: null };

export const ACTION_HANDLERS: Record<WorkflowAction, ActionHandler> = {
  submit: {
    changes: async ({ strapi, item, record, actor, now }) => {
      if (item.unitId === null) throw new errors.ValidationError('Tin bài chưa có đơn vị.');
      const response = laneOf(item.kind, record.firstSubmittedKind) === 'official-response';
      // The official response goes to the leadership: no department is routed, so none sees or acts on it.
      if (response) await assertResponseReady(strapi, item);
      else if (item.routedDepartmentId === null || item.routedDepartmentId === undefined) {
        throw new errors.ValidationError('Không xác định được phòng chuyên môn phụ trách: hãy chọn chủ đề, hoặc đặt phòng mặc định cho đơn vị.');
      }
      const changes: Partial<ItemStateRow> = { departmentId: response ? null : (item.routedDepartmentId as number), submittedById: actor.id };
      // The counters' facts, in the same compare-and-set as the state: the first submission only.
      if (!record.firstSubmittedAt) Object.assign(changes, { firstSubmittedAt: now, firstSubmittedUnitId: item.unitId, firstSubmittedKind: item.kind });
      return { changes };
    },
    // An item written for an assignment fulfils the unit's part as it is sent (assignments/fulfilment.ts).
    afterMove: ({ strapi, item, now }) => fulfilAssignments(strapi, item.documentId, now),
  },

  forward: {},

  reroute: {
    async changes({ strapi, record, departmentCode }) {
      const department = await getService(strapi, 'item-view').departmentByCode(departmentCode ?? '');
      if (department.id === record.departmentId) throw new errors.ValidationError('Tin bài đang ở phòng này rồi; hãy chọn phòng khác.');
      return { changes: { departmentId: department.id } };
    },
  },

  approve: {
    changes: ({ item, now }) => ({ changes: { approvedHash: item.hash, approvedAt: now } }),
  },

  return: {
    changes: () => ({ changes: voidApproval }),
  },

  publish: {
    changes(input) {
      const { item, record, actor, now, publishAt } = input;
      // Each publication says when it comes down (or that it stays): a new round's publish replaces the last one's end.
      const unpublishAt = input.unpublishAt ?? null;
      if (publishAt && publishAt.getTime() > now.getTime()) {
        // Scheduled: the state stays `approved` until the scheduler publishes it.
        if (item.hash !== record.approvedHash) throw conflict(record, CHANGED_SINCE_APPROVAL);
        return { changes: { state: 'approved', scheduledAt: publishAt, scheduledById: actor.id, unpublishAt }, historyAction: 'schedule' };
      }
      return { changes: { scheduledAt: null, scheduledById: null, unpublishAt, ...publicationFacts(item, record, now) } };
    },
    async afterMove({ strapi, item, record, now }, moved) {
      if (moved.state === 'published') await publishApproved(strapi, item, record, now);
    },
  },

  unpublish: {
    // Taken down by hand: no scheduled takedown is left to run.
    changes: () => ({ changes: { unpublishAt: null } }),
    afterMove: ({ strapi, item }) => unpublishLive(strapi, item),
  },

  correct: {
    // The approval of the round that published the version online is spent; the new round needs its own.
    changes: () => ({ changes: voidApproval }),
    afterMove: ({ strapi, item, actor, now, comment }) => startCorrection(strapi, item.documentId, comment ?? '', actor, now),
  },
};
