import type { Core } from '@strapi/strapi';
import { mayEditContent, STATE_LABELS, type WorkflowState } from '../plugins/editorial-workflow/shared/state-machine';
import { rolesForItem, type Standing } from '../plugins/editorial-workflow/server/src/services/membership';
import type { FileUse } from '../plugins/editorial-workflow/server/src/services/item-content';
import { forbidden } from '../plugins/editorial-workflow/server/src/utils/errors';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { ITEM_STATE } from '../plugins/editorial-workflow/shared/uids';

/** What is done to a file in the media library. */
export type FileChange = 'replace' | 'edit' | 'delete';

const VERB: Record<FileChange, string> = {
  replace: 'thay tệp',
  edit: 'sửa tên, mô tả (alt) hoặc chú thích của tệp',
  delete: 'xoá tệp',
};

/**
 * States in which an item's draft is being worked on by one role, who may change its files as they
 * may change its text (CONTENT_EDITORS): nothing of it is approved yet, so nothing is voided.
 */
const IN_ROUND: ReadonlySet<WorkflowState> = new Set(['draft', 'returned', 'in_review', 'awaiting_approval']);

interface Refusal {
  title: string;
  why: string;
}

/**
 * A file is part of the items that use it: replacing it, editing what the website shows of it, or
 * deleting it changes those items. So it is allowed only where editing the item would be allowed
 * without voiding an approval or touching what is online:
 * - never while a published version (the website) uses it: the item is changed through a new round,
 *   whose draft gets a new file, and the published version stays as approved until that round is published;
 * - never while the item is approved (or published): editing the item sends it back to review;
 * - in review or awaiting approval only by whoever may edit the item then (its department's editor,
 *   its head); nobody else, not the uploader, the publisher or an API token;
 * - in a draft, returned or taken-down item (nothing approved, nothing online), as the media
 *   library's rights allow.
 * Refused with a 403 naming the items; nothing is changed.
 */
export async function assertFilesChangeable(strapi: Core.Strapi, fileIds: number[], change: FileChange): Promise<void> {
  const ids = [...new Set(fileIds.filter((id) => Number.isInteger(id)))];
  if (ids.length === 0) return;
  const uses = await getService(strapi, 'item-content').usesOfFiles(ids);
  if (uses.length === 0) return;

  const byItem = new Map<string, FileUse[]>();
  for (const use of uses) byItem.set(use.documentId, [...(byItem.get(use.documentId) ?? []), use]);
  const records: Array<{ itemDocumentId: string; state: WorkflowState; departmentId: number | null }> = await strapi.db.query(ITEM_STATE).findMany({
    where: { itemDocumentId: { $in: [...byItem.keys()] } },
    select: ['itemDocumentId', 'state', 'departmentId'],
  });
  const recordOf = new Map(records.map((record) => [record.itemDocumentId, record]));

  let standing: Standing | null | undefined;
  const standingOfCaller = async (): Promise<Standing | null> => {
    if (standing === undefined) {
      const user = getService(strapi, 'unit-scope').requestUser();
      standing = user ? await getService(strapi, 'membership').standingOf(user.id) : null;
    }
    return standing;
  };

  const refusals: Refusal[] = [];
  for (const [documentId, itemUses] of byItem) {
    const title = itemUses.find((use) => !use.published)?.title ?? itemUses[0].title;
    const record = recordOf.get(documentId);
    const state: WorkflowState = record?.state ?? 'draft';
    if (itemUses.some((use) => use.published)) {
      refusals.push({ title, why: 'đang đăng trên trang thông tin' });
      continue;
    }
    if (!IN_ROUND.has(state)) {
      if (state !== 'unpublished') refusals.push({ title, why: STATE_LABELS[state] });
      continue;
    }
    if (state === 'draft' || state === 'returned') continue;
    const caller = await standingOfCaller();
    const unitId = itemUses[0].unitId;
    const roles = caller ? rolesForItem(caller, { unitId, departmentId: record?.departmentId ?? null, submitted: true }) : new Set<never>();
    if (!mayEditContent(state, roles)) refusals.push({ title, why: STATE_LABELS[state] });
  }
  if (refusals.length === 0) return;

  const items = refusals.map((refusal) => `"${refusal.title}" (${refusal.why})`).join(', ');
  throw forbidden(
    `Không thể ${VERB[change]}: tệp đang được dùng trong tin bài ${items}. ` +
      'Muốn đổi ảnh hay thông tin của ảnh, hãy sửa tin bài và chọn tệp mới: thay đổi sẽ qua vòng duyệt mới, bản đang đăng giữ nguyên đến khi bản mới được đăng. ' +
      '(The file is used by an item under review, approved or published: change it through a new round of the item.)',
    { items: refusals.map((refusal) => refusal.title) }
  );
}
