import type { Core } from '@strapi/strapi';
import type { ActingRole, WorkflowAction, WorkflowState } from '../../../shared/state-machine';
import type { ItemDraft } from './item-content';
import { conflict } from '../workflow/conflict';
import { bumpCounters } from '../stats/counters';
import { syncItemLines } from '../plan-coverage/line-counts';
import { recordSnapshot } from '../snapshots/record';
import { ITEM_STATE, TRANSITION } from '../../../shared/uids';

/** The workflow's row of one item: where it stands, at which version, and the counters' facts. */
export interface ItemStateRow {
  id: number;
  itemDocumentId: string;
  state: WorkflowState;
  version: number;
  departmentId: number | null;
  approvedHash: string | null;
  approvedAt: string | Date | null;
  scheduledAt: string | Date | null;
  scheduledById: number | null;
  unpublishAt: string | Date | null;
  submittedById: number | null;
  firstSubmittedAt: string | Date | null;
  firstSubmittedUnitId: number | null;
  firstSubmittedKind: string | null;
  lastPublishedAt: string | Date | null;
  firstPublishedAt: string | Date | null;
  firstPublishedUnitId: number | null;
}

/** Who took a step: a person, or the system (id 0) for scheduled jobs. */
export interface Actor {
  id: number;
  name: string;
}

export const SYSTEM_ACTOR: Actor = { id: 0, name: 'Hệ thống' };

/** One append-only history row. */
export interface HistoryRecord {
  item: ItemDraft;
  actor: Actor;
  /** The delegator, when the actor acted in a role delegated to them (delegation/). */
  onBehalfOf?: Actor;
  role: ActingRole | 'system';
  action: WorkflowAction | 'edit' | 'schedule';
  from: WorkflowState;
  to: ItemStateRow;
  comment?: string;
  /** A return's or an unpublish's category (api::reason-category `code`). */
  reasonCategory?: string | null;
  at?: Date;
}

/**
 * The item's workflow state as stored: read (creating the row of an item the workflow has not
 * seen), moved by compare-and-set with the counters of the facts a move stamps, and the history.
 * The workflow's commands, the Document Service rules and the seeds all write through here.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const states = () => strapi.db.query(ITEM_STATE);

  /** The counters' +1 for a first submission or a first publication stamped by this move. */
  async function countStampedFacts(record: ItemStateRow, changes: Partial<ItemStateRow>): Promise<void> {
    if (changes.firstSubmittedAt && !record.firstSubmittedAt && changes.firstSubmittedUnitId) {
      const at = new Date(changes.firstSubmittedAt);
      await bumpCounters(strapi, { unitId: changes.firstSubmittedUnitId, at, submitted: { feature: changes.firstSubmittedKind === 'feature' } });
    }
    if (changes.firstPublishedAt && !record.firstPublishedAt && changes.firstPublishedUnitId) {
      await bumpCounters(strapi, { unitId: changes.firstPublishedUnitId, at: new Date(changes.firstPublishedAt), published: true });
    }
    // The plan's coverage counts the item under its lines from its first publication on.
    if (changes.firstPublishedAt && !record.firstPublishedAt) await syncItemLines(strapi, record.itemDocumentId);
  }

  return {
    /** The state row of an item; an item the workflow has not seen yet is a draft at version 1. */
    async recordOf(documentId: string): Promise<ItemStateRow> {
      const found = await states().findOne({ where: { itemDocumentId: documentId } });
      if (found) return found;
      try {
        return await states().create({ data: { itemDocumentId: documentId, state: 'draft', version: 1 } });
      } catch (error) {
        // Two first reads at once: the unique key keeps one row, both callers get it.
        const again = await states().findOne({ where: { itemDocumentId: documentId } });
        if (again) return again;
        throw error;
      }
    },

    /**
     * Moves the record from its current (state, version) to `changes` if nobody moved it first: the
     * compare-and-set that makes one of many simultaneous transitions win.
     */
    async compareAndSet(record: ItemStateRow, changes: Partial<ItemStateRow>): Promise<ItemStateRow> {
      // One transaction (the caller's, when there is one): the move and the counters of the facts it stamps.
      return strapi.db.transaction(async () => {
        const { count } = await states().updateMany({
          where: { id: record.id, state: record.state, version: record.version },
          data: { ...changes, version: record.version + 1 },
        });
        if (count !== 1) {
          const now = await states().findOne({ where: { id: record.id } });
          throw conflict(now ?? record, 'Tin bài vừa được người khác xử lý; hãy tải lại.');
        }
        await countStampedFacts(record, changes);
        return { ...record, ...changes, version: record.version + 1 } as ItemStateRow;
      });
    },

    /** The history row of a transition, and its snapshot (snapshots/record.ts): every caller gets both, in its transaction. */
    async recordHistory(entry: HistoryRecord): Promise<void> {
      const at = entry.at ?? new Date();
      // createMany: one INSERT, without create()'s read-back of a row nobody uses.
      await strapi.db.query(TRANSITION).createMany({
        data: [
          {
            itemDocumentId: entry.item.documentId,
            actorId: entry.actor.id || null,
            actorName: entry.actor.name,
            onBehalfOfId: entry.onBehalfOf?.id ?? null,
            onBehalfOfName: entry.onBehalfOf?.name ?? null,
            role: entry.role,
            action: entry.action,
            fromState: entry.from,
            toState: entry.to.state,
            comment: entry.comment ?? null,
            reasonCategory: entry.reasonCategory ?? null,
            version: entry.to.version,
            contentHash: entry.item.hash,
            departmentId: entry.to.departmentId,
            unitId: entry.item.unitId,
            createdAt: at,
          },
        ],
      });
      await recordSnapshot(strapi, { ...entry, at });
    },
  };
};
