import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { SnapshotAction, SnapshotEntry } from '../../../shared/contracts/snapshots';
import type { WorkflowState } from '../../../shared/state-machine';
import { ITEM_SNAPSHOT } from '../../../shared/uids';

/** A snapshot row as stored (without its content unless asked for). */
export interface SnapshotRow {
  id: number;
  itemDocumentId: string;
  version: number;
  action: SnapshotAction;
  fromState: WorkflowState;
  toState: WorkflowState;
  role: string;
  actorName: string;
  actedAt: string | Date;
  hash: string;
  content?: string;
  onlineFrom: string | Date | null;
  approvedByName: string | null;
  approvedAt: string | Date | null;
}

const LISTED = ['id', 'itemDocumentId', 'version', 'action', 'fromState', 'toState', 'role', 'actorName', 'actedAt', 'hash', 'onlineFrom', 'approvedByName', 'approvedAt'];

export const NO_SUCH_SNAPSHOT = 'Không tìm thấy phiên bản này của tin bài.';

const iso = (value: string | Date | null | undefined) => (value === null || value === undefined ? null : new Date(value).toISOString());

/** A step that ends the time online of the publication before it: an unpublish, or a new publication replacing it. */
const endsPublication = (row: SnapshotRow) => row.action === 'unpublish' || (row.action === 'publish' && row.toState === 'published');

/**
 * The item's snapshots, oldest first. A publication's end is read off the chain, not stored: it is
 * the time of the next step that took it down or replaced it, so the rows never change.
 */
export async function snapshotChain(strapi: Core.Strapi, documentId: string): Promise<SnapshotEntry[]> {
  const rows: SnapshotRow[] = await strapi.db.query(ITEM_SNAPSHOT).findMany({
    where: { itemDocumentId: documentId },
    select: LISTED,
    orderBy: [{ id: 'asc' }],
  });
  return rows.map((row, index) => {
    const ended = row.onlineFrom ? rows.slice(index + 1).find(endsPublication) : undefined;
    return {
      id: row.id,
      version: row.version,
      action: row.action,
      fromState: row.fromState,
      toState: row.toState,
      hash: row.hash,
      actorName: row.actorName,
      role: row.role,
      actedAt: iso(row.actedAt) as string,
      publication: row.onlineFrom
        ? { onlineFrom: iso(row.onlineFrom) as string, onlineUntil: iso(ended?.actedAt), approvedByName: row.approvedByName ?? null, approvedAt: iso(row.approvedAt) }
        : null,
    };
  });
}

/** One snapshot of this item, with its content; another item's snapshot is as unknown as a missing one (404). */
export async function snapshotOf(strapi: Core.Strapi, documentId: string, id: number): Promise<SnapshotRow> {
  const row: SnapshotRow | null = await strapi.db.query(ITEM_SNAPSHOT).findOne({ where: { id, itemDocumentId: documentId }, select: [...LISTED, 'content'] });
  if (!row) throw new errors.NotFoundError(NO_SUCH_SNAPSHOT, { snapshotId: id });
  return row;
}
