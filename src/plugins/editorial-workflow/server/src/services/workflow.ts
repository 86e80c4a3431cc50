import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  ACTION_LABELS,
  ROLE_LABELS,
  STATE_LABELS,
  allowedActions,
  decide,
  type WorkflowAction,
  type WorkflowRole,
  type WorkflowState,
} from '../../../shared/state-machine';
import { canSee, rolesForItem, type ItemPlacement, type Standing } from './membership';
import type { ItemDraft } from './item-content';
import { WorkflowConflict, forbidden } from '../utils/errors';
import { withPublicationPass } from '../utils/publication-pass';
import { bumpCounters } from '../stats/counters';
import { ARTICLE, ITEM_STATE, TRANSITION, UNIT } from '../../../shared/uids';
import { displayName } from '../utils/display-name';

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
  submittedById: number | null;
  firstSubmittedAt: string | Date | null;
  firstSubmittedUnitId: number | null;
  firstSubmittedKind: string | null;
  lastPublishedAt: string | Date | null;
  firstPublishedAt: string | Date | null;
  firstPublishedUnitId: number | null;
}

/**
 * The counters' facts of a publication, set with the state in one compare-and-set: the first
 * publication only (a republication after an unpublish does not count again), for the unit the
 * item has at that moment.
 */
const publicationFacts = (item: ItemDraft, record: ItemStateRow, now: Date): Partial<ItemStateRow> =>
  record.firstPublishedAt ? { lastPublishedAt: now } : { lastPublishedAt: now, firstPublishedAt: now, firstPublishedUnitId: item.unitId };

export interface Actor {
  id: number;
  name: string;
}

export interface TransitionRequest {
  documentId: string;
  action: WorkflowAction;
  expectedVersion: number;
  comment?: string;
  departmentCode?: string;
  publishAt?: Date;
}

/** The item's place in the workflow as the API shows it to one person. */
export interface ItemView {
  documentId: string;
  title: string;
  state: WorkflowState;
  stateLabel: string;
  version: number;
  online: boolean;
  unit: { id: number; name: string | null } | null;
  department: { id: number; code: string; name: string } | null;
  scheduledAt: string | Date | null;
  allowedActions: WorkflowAction[];
  /** The roles the caller holds for this item. */
  roles: WorkflowRole[];
}

const SYSTEM: Actor = { id: 0, name: 'Hệ thống' };

/** "Who acts next" names at most this many people; a department rarely has more editors. */
const MAX_NAMED_PEOPLE = 10;

export interface HistoryEntry {
  id: number;
  actorName: string;
  role: string;
  action: string;
  fromState: WorkflowState;
  toState: WorkflowState;
  comment: string | null;
  version: number;
  createdAt: string | Date;
}

/** The role that moves an item on from `state`; nobody waits on a published item. */
export function nextStepOf(state: WorkflowState): { role: WorkflowRole; roleLabel: string } | null {
  const role = NEXT_ROLE[state];
  return role ? { role, roleLabel: ROLE_LABELS[role] } : null;
}

const NEXT_ROLE: Record<WorkflowState, WorkflowRole | null> = {
  draft: 'author',
  returned: 'author',
  unpublished: 'author',
  in_review: 'editor',
  awaiting_approval: 'head',
  approved: 'publisher',
  published: null,
};

/** The reason of the last return or unpublish, while the author has not resubmitted since: what they must fix. */
export function lastReasonOf(history: HistoryEntry[]): HistoryEntry | null {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const entry = history[i];
    if (entry.action === 'submit') return null;
    if (entry.action === 'return' || entry.action === 'unpublish') return entry;
  }
  return null;
}

export const placementOf = (item: ItemDraft, record: ItemStateRow): ItemPlacement => ({
  unitId: item.unitId,
  departmentId: record.departmentId,
  submitted: record.firstSubmittedAt !== null,
});

const conflict = (record: ItemStateRow, message: string) =>
  new WorkflowConflict(`${message} Trạng thái hiện tại: ${STATE_LABELS[record.state]} (${record.state}), phiên bản ${record.version}.`, {
    state: record.state,
    version: record.version,
  });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('editorial-workflow');
  const membership = () => plugin().service('membership');
  const content = () => plugin().service('item-content');
  const notifications = () => plugin().service('notifications');
  const states = () => strapi.db.query(ITEM_STATE);

  /** The state row of an item; an item the workflow has not seen yet is a draft at version 1. */
  async function recordOf(documentId: string): Promise<ItemStateRow> {
    const found = await states().findOne({ where: { itemDocumentId: documentId } });
    if (found) return found;
    try {
      return await states().create({ data: { itemDocumentId: documentId, state: 'draft', version: 1 } });
    } catch (error) {
      const again = await states().findOne({ where: { itemDocumentId: documentId } });
      if (again) return again;
      throw error;
    }
  }

  /**
   * Moves the record from its current (state, version) to `changes` if nobody moved it first: the
   * compare-and-set that makes one of many simultaneous transitions win.
   */
  async function compareAndSet(record: ItemStateRow, changes: Partial<ItemStateRow>): Promise<ItemStateRow> {
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
  }

  /** The counters' +1 for a first submission or a first publication stamped by this move. */
  async function countStampedFacts(record: ItemStateRow, changes: Partial<ItemStateRow>): Promise<void> {
    if (changes.firstSubmittedAt && !record.firstSubmittedAt && changes.firstSubmittedUnitId) {
      const at = new Date(changes.firstSubmittedAt);
      await bumpCounters(strapi, { unitId: changes.firstSubmittedUnitId, at, submitted: { feature: changes.firstSubmittedKind === 'feature' } });
    }
    if (changes.firstPublishedAt && !record.firstPublishedAt && changes.firstPublishedUnitId) {
      await bumpCounters(strapi, { unitId: changes.firstPublishedUnitId, at: new Date(changes.firstPublishedAt), published: true });
    }
  }

  async function recordHistory(entry: {
    item: ItemDraft;
    actor: Actor;
    role: WorkflowRole | 'system';
    action: WorkflowAction | 'edit' | 'schedule';
    from: WorkflowState;
    to: ItemStateRow;
    comment?: string;
    at?: Date;
  }): Promise<void> {
    // createMany: one INSERT, without create()'s read-back of a row nobody uses.
    await strapi.db.query(TRANSITION).createMany({
      data: [
        {
          itemDocumentId: entry.item.documentId,
          actorId: entry.actor.id || null,
          actorName: entry.actor.name,
          role: entry.role,
          action: entry.action,
          fromState: entry.from,
          toState: entry.to.state,
          comment: entry.comment ?? null,
          version: entry.to.version,
          contentHash: entry.item.hash,
          departmentId: entry.to.departmentId,
          unitId: entry.item.unitId,
          createdAt: entry.at ?? new Date(),
        },
      ],
    });
  }

  async function departmentByCode(code: string): Promise<{ id: number }> {
    const unit = await strapi.db.query(UNIT).findOne({ where: { code }, select: ['id', 'kind'] });
    if (!unit || unit.kind !== 'department') {
      throw new errors.ValidationError(`Không có phòng chuyên môn mã "${code}" (departmentCode must name a department of the Sở).`);
    }
    return unit;
  }

  async function view(item: ItemDraft, record: ItemStateRow, standing: Standing): Promise<ItemView> {
    const roles = rolesForItem(standing, placementOf(item, record));
    const department = record.departmentId
      ? await strapi.db.query(UNIT).findOne({ where: { id: record.departmentId }, select: ['id', 'code', 'name'] })
      : null;
    return {
      documentId: item.documentId,
      title: item.title,
      state: record.state,
      stateLabel: STATE_LABELS[record.state],
      version: record.version,
      online: item.online,
      unit: item.unitId === null ? null : { id: item.unitId, name: item.unitName },
      department: department ?? null,
      scheduledAt: record.scheduledAt,
      allowedActions: allowedActions(record.state, roles),
      roles: [...roles],
    };
  }

  /** The item as `userId` may see it, or a 404 that does not tell whether it exists. */
  async function loadInScope(documentId: string, userId: number, options: { routing?: boolean } = {}) {
    const item: ItemDraft | null = await content().loadDraft(documentId, options);
    const record = item ? await recordOf(documentId) : null;
    const standing: Standing = await membership().standingOf(userId);
    if (!item || !record || !canSee(standing, placementOf(item, record))) {
      throw new errors.NotFoundError('Không tìm thấy tin bài, hoặc tin bài không thuộc phạm vi của bạn.');
    }
    return { item, record, standing };
  }

  /** Publishes the approved content, provided it is still the content the head approved. */
  async function publishApproved(item: ItemDraft, record: ItemStateRow): Promise<void> {
    if (item.hash !== record.approvedHash) {
      throw conflict(record, 'Nội dung đã thay đổi sau khi được duyệt; tin bài phải được duyệt lại.');
    }
    await withPublicationPass(item.documentId, 'publish', () => strapi.documents(ARTICLE).publish({ documentId: item.documentId }));
  }

  /** Names of the people holding `role` for the item (the publisher: anywhere), for "who acts next". */
  async function peopleWithRole(role: WorkflowRole, unitId: number | null): Promise<string[]> {
    if (role !== 'publisher' && unitId === null) return [];
    const ids = await membership().userIdsWithRole(role, role === 'publisher' ? undefined : (unitId as number));
    if (ids.length === 0) return [];
    const users = await strapi.db.query('admin::user').findMany({
      where: { id: { $in: ids }, isActive: true },
      select: ['firstname', 'lastname', 'email'],
      orderBy: [{ id: 'asc' }],
      limit: MAX_NAMED_PEOPLE,
    });
    return users.map(displayName);
  }

  /** The departments an editor may send an item on to. */
  async function departmentOptions(): Promise<Array<{ code: string; name: string }>> {
    return strapi.db.query(UNIT).findMany({ where: { kind: 'department', active: true }, select: ['code', 'name'], orderBy: [{ name: 'asc' }] });
  }

  return {
    recordOf,
    compareAndSet,
    recordHistory,

    /** The item as the side panel shows it: state, what the caller may do, who acts next, the reason, the history. */
    async describe(documentId: string, userId: number) {
      const { item, record, standing } = await loadInScope(documentId, userId);
      const history: HistoryEntry[] = await strapi.db.query(TRANSITION).findMany({
        where: { itemDocumentId: documentId },
        orderBy: [{ id: 'asc' }],
        select: ['id', 'actorName', 'role', 'action', 'fromState', 'toState', 'comment', 'version', 'createdAt'],
      });
      const itemView = await view(item, record, standing);
      const next = nextStepOf(record.state);
      const [nextPeople, departments] = await Promise.all([
        next ? peopleWithRole(next.role, next.role === 'author' ? item.unitId : record.departmentId) : [],
        itemView.allowedActions.includes('reroute') ? departmentOptions() : undefined,
      ]);
      return {
        ...itemView,
        next: next && { ...next, people: nextPeople },
        lastReason: lastReasonOf(history),
        ...(departments ? { departments } : {}),
        history,
      };
    },

    /**
     * Takes one workflow action, in one database transaction: the compare-and-set on (state,
     * version), the item's publication when the action is `publish`, the history row and the
     * notifications. E-mail leaves after the commit. `clock` is for code that replays the past
     * (the demo seed, test fixtures); the HTTP API always acts now.
     */
    async transition(request: TransitionRequest, actor: Actor, clock: { now?: Date } = {}): Promise<ItemView> {
      const result = await strapi.db.transaction(async ({ onCommit }) => {
        // Only a submission routes the item: other actions skip the routing relations.
        const { item, record, standing } = await loadInScope(request.documentId, actor.id, { routing: request.action === 'submit' });
        const roles = rolesForItem(standing, placementOf(item, record));
        const decision = decide(record.state, request.action, roles);
        if (decision.outcome === 'illegal') {
          throw conflict(record, `Không thể "${ACTION_LABELS[request.action]}" (${request.action}) ở trạng thái này.`);
        }
        if (decision.outcome === 'forbidden') {
          throw forbidden(
            `Chỉ ${roleOwner(decision.role)} mới được "${ACTION_LABELS[request.action]}" tin bài này.`,
            { role: decision.role }
          );
        }
        if (request.expectedVersion !== record.version) {
          throw conflict(record, `Bạn đang xem phiên bản ${request.expectedVersion}, tin bài đã thay đổi; hãy tải lại.`);
        }

        const { transition } = decision;
        const now = clock.now ?? new Date();
        const changes: Partial<ItemStateRow> = { state: transition.to };
        let historyAction: WorkflowAction | 'schedule' = request.action;

        switch (request.action) {
          case 'submit':
            if (item.unitId === null) throw new errors.ValidationError('Tin bài chưa có đơn vị.');
            if (item.routedDepartmentId === null || item.routedDepartmentId === undefined) {
              throw new errors.ValidationError(
                'Không xác định được phòng chuyên môn phụ trách: hãy chọn chủ đề, hoặc đặt phòng mặc định cho đơn vị.'
              );
            }
            Object.assign(changes, { departmentId: item.routedDepartmentId, submittedById: actor.id });
            // The counters' facts, in the same compare-and-set as the state: the first submission only.
            if (!record.firstSubmittedAt) Object.assign(changes, { firstSubmittedAt: now, firstSubmittedUnitId: item.unitId, firstSubmittedKind: item.kind });
            break;
          case 'reroute': {
            const department = await departmentByCode(request.departmentCode ?? '');
            if (department.id === record.departmentId) {
              throw new errors.ValidationError('Tin bài đang ở phòng này rồi; hãy chọn phòng khác.');
            }
            changes.departmentId = department.id;
            break;
          }
          case 'approve':
            Object.assign(changes, { approvedHash: item.hash, approvedAt: now });
            break;
          case 'return':
            Object.assign(changes, { approvedHash: null, approvedAt: null, scheduledAt: null, scheduledById: null });
            break;
          case 'publish':
            if (request.publishAt && request.publishAt.getTime() > now.getTime()) {
              // Scheduled: the state stays `approved` until the scheduler publishes it.
              Object.assign(changes, { state: 'approved', scheduledAt: request.publishAt, scheduledById: actor.id });
              historyAction = 'schedule';
              if (item.hash !== record.approvedHash) {
                throw conflict(record, 'Nội dung đã thay đổi sau khi được duyệt; tin bài phải được duyệt lại.');
              }
            } else {
              Object.assign(changes, { scheduledAt: null, scheduledById: null, ...publicationFacts(item, record, now) });
            }
            break;
          default:
            break;
        }

        const next = await compareAndSet(record, changes);
        if (request.action === 'publish' && next.state === 'published') await publishApproved(item, record);
        if (request.action === 'unpublish') {
          await withPublicationPass(item.documentId, 'unpublish', () => strapi.documents(ARTICLE).unpublish({ documentId: item.documentId }));
        }
        await recordHistory({ item, actor, role: transition.role, action: historyAction, from: record.state, to: next, comment: request.comment, at: now });
        const queued: number[] = await notifications().afterTransition({ item, record: next, action: historyAction, actor, comment: request.comment });
        onCommit(() => notifications().deliverLater(queued));
        const online = next.state === 'published' ? true : request.action === 'unpublish' ? false : item.online;
        return view({ ...item, online }, next, standing);
      });
      return result;
    },

    /** Publishes the approved items whose time has come (the scheduler's job). */
    async publishDue(now = new Date()): Promise<number> {
      const due: ItemStateRow[] = await states().findMany({
        where: { state: 'approved', scheduledAt: { $notNull: true, $lte: now } },
        orderBy: [{ scheduledAt: 'asc' }],
        limit: 100,
      });
      let published = 0;
      for (const candidate of due) {
        try {
          await strapi.db.transaction(async ({ onCommit }) => {
            const record = await recordOf(candidate.itemDocumentId);
            const item: ItemDraft | null = await content().loadDraft(candidate.itemDocumentId);
            if (!item || record.state !== 'approved' || !record.scheduledAt) return;
            const next = await compareAndSet(record, { state: 'published', scheduledAt: null, ...publicationFacts(item, record, now) });
            await publishApproved(item, record);
            const actor = SYSTEM;
            await recordHistory({ item, actor, role: 'system', action: 'publish', from: record.state, to: next, comment: 'Đăng theo lịch hẹn', at: now });
            const queued: number[] = await notifications().afterTransition({ item, record: next, action: 'publish', actor });
            onCommit(() => notifications().deliverLater(queued));
            published += 1;
          });
        } catch (error) {
          strapi.log.warn(`[editorial-workflow] scheduled publish of ${candidate.itemDocumentId} failed: ${(error as Error).message}`);
        }
      }
      return published;
    },
  };
};

function roleOwner(role: WorkflowRole): string {
  switch (role) {
    case 'author':
      return 'cộng tác viên của đơn vị viết bài';
    case 'editor':
      return 'biên tập viên của phòng chuyên môn được giao';
    case 'head':
      return 'Trưởng phòng chuyên môn được giao';
    default:
      return 'chuyên viên Phòng Quản lý Chất lượng';
  }
}
