import type { Core } from '@strapi/strapi';
import { reasonLabels } from '../reason-categories/catalogue';
import { errors } from '@strapi/utils';
import { ROLE_LABELS, allowedActions, laneOf, stateLabelOf, type ActingRole, type Lane, type WorkflowRole, type WorkflowState } from '../../../shared/state-machine';
import type { HistoryEntry, ItemDescription, ItemView } from '../../../shared/contracts/items';
import { canSee, placementOf, rolesForItem, type Standing } from './membership';
import type { ItemDraft } from './item-content';
import type { ItemStateRow } from './item-state';
import { getService } from '../get-service';
import { displayName } from '../utils/display-name';
import { whereItWent } from '../item-channels/where-it-went';
import { ADMIN_USER, TRANSITION, UNIT } from '../../../shared/uids';

/** "Who acts next" names at most this many people; a department rarely has more editors. */
const MAX_NAMED_PEOPLE = 10;

const NEXT_ROLE: Record<WorkflowState, WorkflowRole | null> = {
  draft: 'author',
  returned: 'author',
  unpublished: 'author',
  in_review: 'editor',
  awaiting_approval: 'head',
  approved: 'publisher',
  published: null,
};

/** The role that moves an item on from `state`; nobody waits on a published item. The official response waits on the leadership's approval. */
export function nextStepOf(state: WorkflowState, lane: Lane = 'standard'): { role: ActingRole; roleLabel: string } | null {
  const role: ActingRole | null = lane === 'official-response' && state === 'awaiting_approval' ? 'leadership' : NEXT_ROLE[state];
  return role ? { role, roleLabel: ROLE_LABELS[role] } : null;
}

/** The reason of the last return or unpublish, while the author has not resubmitted since: what they must fix. */
export function lastReasonOf(history: HistoryEntry[]): HistoryEntry | null {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const entry = history[i];
    if (entry.action === 'submit') return null;
    if (entry.action === 'return' || entry.action === 'unpublish') return entry;
  }
  return null;
}

/** An item with its state row, as one person may see it. */
export interface ItemInScope {
  item: ItemDraft;
  record: ItemStateRow;
  standing: Standing;
}

/**
 * The read side of the workflow: an item as one person may see it (404 outside their scope), what
 * they may do with it, who acts next, and the people and departments the screens name.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Names of the people holding `role` for the item (the publisher: anywhere), for "who acts next". */
  async function peopleWithRole(role: ActingRole, unitId: number | null): Promise<string[]> {
    const membership = getService(strapi, 'membership');
    if (role !== 'publisher' && role !== 'leadership' && unitId === null) return [];
    const ids =
      role === 'leadership' ? await membership.leadershipUserIds() : await membership.userIdsWithRole(role, role === 'publisher' ? undefined : (unitId as number));
    if (ids.length === 0) return [];
    const users = await strapi.db.query(ADMIN_USER).findMany({
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

  const service = {
    /** The item as `userId` may see it, or a 404 that does not tell whether it exists. */
    async loadInScope(documentId: string, userId: number, options: { routing?: boolean } = {}): Promise<ItemInScope> {
      const item = await getService(strapi, 'item-content').loadDraft(documentId, options);
      const record = item ? await getService(strapi, 'item-state').recordOf(documentId) : null;
      const standing = await getService(strapi, 'membership').standingOf(userId);
      if (!item || !record || !canSee(standing, placementOf(item, record))) {
        throw new errors.NotFoundError('Không tìm thấy tin bài, hoặc tin bài không thuộc phạm vi của bạn.');
      }
      return { item, record, standing };
    },

    /**
     * The item's place in the workflow as `standing` sees it: its state and what they may do now.
     * The unit's head sees the item (canSee: any member of its unit) and holds no acting role, so
     * `allowedActions` and `roles` are empty for them whatever the state.
     */
    async view(item: ItemDraft, record: ItemStateRow, standing: Standing): Promise<ItemView> {
      const roles = rolesForItem(standing, placementOf(item, record));
      const department = record.departmentId
        ? await strapi.db.query(UNIT).findOne({ where: { id: record.departmentId }, select: ['id', 'code', 'name'] })
        : null;
      return {
        documentId: item.documentId,
        title: item.title,
        state: record.state,
        stateLabel: stateLabelOf(record.state, laneOf(item.kind, record.firstSubmittedKind)),
        version: record.version,
        online: item.online,
        unit: item.unitId === null ? null : { id: item.unitId, name: item.unitName },
        department: department ?? null,
        scheduledAt: record.scheduledAt,
        unpublishAt: record.unpublishAt ?? null,
        allowedActions: allowedActions(record.state, roles, { online: item.online, lane: laneOf(item.kind, record.firstSubmittedKind) }),
        lane: laneOf(item.kind, record.firstSubmittedKind),
        roles: [...roles],
      };
    },

    /** The item as the side panel shows it: state, what the caller may do, who acts next, the reason, the history. */
    async describe(documentId: string, userId: number): Promise<ItemDescription> {
      const { item, record, standing } = await service.loadInScope(documentId, userId);
      const history: HistoryEntry[] = await strapi.db.query(TRANSITION).findMany({
        where: { itemDocumentId: documentId },
        orderBy: [{ id: 'asc' }],
        select: ['id', 'actorName', 'onBehalfOfName', 'role', 'action', 'fromState', 'toState', 'comment', 'reasonCategory', 'version', 'createdAt'],
      });
      if (history.some((entry) => entry.reasonCategory)) {
        const labels = await reasonLabels(strapi);
        for (const entry of history) entry.reasonLabel = entry.reasonCategory ? (labels.get(entry.reasonCategory) ?? entry.reasonCategory) : null;
      } else {
        for (const entry of history) entry.reasonLabel = null;
      }
      const itemView = await service.view(item, record, standing);
      const next = nextStepOf(record.state, laneOf(item.kind, record.firstSubmittedKind));
      const [nextPeople, departments, channels] = await Promise.all([
        next ? peopleWithRole(next.role, next.role === 'author' ? item.unitId : record.departmentId) : [],
        itemView.allowedActions.includes('reroute') ? departmentOptions() : undefined,
        whereItWent(strapi, documentId),
      ]);
      return {
        ...itemView,
        next: next && { ...next, people: nextPeople },
        lastReason: lastReasonOf(history),
        ...(departments ? { departments } : {}),
        history,
        channels,
      };
    },

    /** The department of the Sở with this code, or a 400 naming it. */
    async departmentByCode(code: string): Promise<{ id: number }> {
      const unit = await strapi.db.query(UNIT).findOne({ where: { code }, select: ['id', 'kind'] });
      if (!unit || unit.kind !== 'department') {
        throw new errors.ValidationError(`Không có phòng chuyên môn mã "${code}" (departmentCode must name a department of the Sở).`);
      }
      return unit;
    },
  };
  return service;
};
