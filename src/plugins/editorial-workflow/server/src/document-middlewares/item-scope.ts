import type { Core } from '@strapi/strapi';
import { LANE_CONTENT_EDITORS, ROLE_LABELS, STATE_LABELS, laneOf, mayEditContent, stateLabelOf, type WorkflowState } from '../../../shared/state-machine';
import { placementOf, rolesForItem } from '../services/membership';
import { forbidden } from '../utils/errors';
import { getService } from '../get-service';
import { itemBeforeEdit } from './item-before-edit';
import { dataOf, documentIdOf, type DocumentContext, type DocumentMiddleware } from './context';
import { ARTICLE } from '../../../shared/uids';

/** States in which an item is on its way to the site or on it: deleting it would bypass the workflow. */
const UNDELETABLE: ReadonlySet<WorkflowState> = new Set(['in_review', 'awaiting_approval', 'approved', 'published']);

/**
 * Who may create, clone, edit and delete an item, for calls from the admin panel:
 * - create and clone: an author of the item's unit (a clone keeps its source's unit unless given one);
 *   the new item gets its workflow row at once;
 * - update: the roles that may edit in the item's state (CONTENT_EDITORS), and a move only to a unit
 *   where the person is an author;
 * - delete: never while the item is under way or online (whoever asks), and only by its unit's authors.
 * The unit's head (`unit-head`) is none of these: they read every item of the unit and write none.
 */
export const itemScope =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE) return next();
    switch (ctx.action) {
      case 'create':
      case 'clone':
        return strapi.db.transaction(async () => {
          await assertMayFile(strapi, ctx);
          const created = await next();
          const documentId = (created as { documentId?: string } | null)?.documentId;
          if (documentId) await getService(strapi, 'item-state').recordOf(documentId);
          return created;
        });
      case 'update':
        // In the edit's transaction, which the edit-voids-approval rule joins: the check and the write see one state.
        return strapi.db.transaction(async () => {
          await assertMayEdit(strapi, ctx);
          return next();
        });
      case 'delete':
        return strapi.db.transaction(async () => {
          await assertMayDelete(strapi, documentIdOf(ctx));
          return next();
        });
      default:
        return next();
    }
  };

async function assertMayFile(strapi: Core.Strapi, ctx: DocumentContext): Promise<void> {
  const scope = getService(strapi, 'unit-scope');
  const user = scope.requestUser();
  if (!user) return;
  let unitId = await scope.unitIdOf(dataOf(ctx)?.unit);
  const source = ctx.action === 'clone' ? documentIdOf(ctx) : undefined;
  if (unitId === undefined && source) unitId = (await getService(strapi, 'item-content').loadDraft(source))?.unitId ?? null;
  // No unit at all is the content rules' 400 (src/document-rules/article.ts), not a scope question.
  if (unitId === undefined || unitId === null) return;
  await scope.assertMayFileItem(user, unitId);
}

async function assertMayEdit(strapi: Core.Strapi, ctx: DocumentContext): Promise<void> {
  const scope = getService(strapi, 'unit-scope');
  const user = scope.requestUser();
  if (!user) return;
  const loaded = await itemBeforeEdit(strapi, ctx);
  if (!loaded) return;
  const { before, record } = loaded;
  const standing = await getService(strapi, 'membership').standingOf(user.id);
  const roles = rolesForItem(standing, placementOf(before, record));
  // The unit's head holds no acting role (rolesForItem gives none): whatever rights an admin role
  // may have been given by mistake, they read the unit's items and change none.
  if (roles.size === 0 && before.unitId !== null && standing.rolesByUnit.get(before.unitId)?.has('unit-head')) {
    throw forbidden('Thủ trưởng đơn vị chỉ xem tin bài của đơn vị, không sửa nội dung.', { state: record.state, version: record.version });
  }
  const lane = laneOf(before.kind, record.firstSubmittedKind);
  if (!mayEditContent(record.state, roles, lane)) {
    const editors = LANE_CONTENT_EDITORS[lane][record.state];
    const who = editors.map((role) => ROLE_LABELS[role]).join(' hoặc ');
    const message = editors.length
      ? `Tin bài đang ở trạng thái "${STATE_LABELS[record.state]}": chỉ ${who} được sửa nội dung lúc này.`
      : // The official response: what the leadership approves is what they read.
        `Phản hồi chính thức đang ở trạng thái "${stateLabelOf(record.state, lane)}": không ai sửa nội dung lúc này; cần sửa thì Lãnh đạo Sở hoặc Phòng QLCL trả lại tác giả.`;
    throw forbidden(message, {
      state: record.state,
      version: record.version,
    });
  }
  const newUnit = await scope.unitIdOf(dataOf(ctx)?.unit);
  if (newUnit !== undefined && newUnit !== null && newUnit !== before.unitId && !standing.rolesByUnit.get(newUnit)?.has('author')) {
    throw forbidden('Bạn chỉ chuyển tin bài sang đơn vị mà bạn là cộng tác viên.');
  }
}

async function assertMayDelete(strapi: Core.Strapi, documentId: string | undefined): Promise<void> {
  if (!documentId) return;
  const item = await getService(strapi, 'item-content').loadDraft(documentId);
  if (!item) return;
  const record = await getService(strapi, 'item-state').recordOf(documentId);
  if (UNDELETABLE.has(record.state) || item.online) {
    throw forbidden(
      `Không thể xoá tin bài đang trong quy trình hoặc đang đăng (trạng thái "${STATE_LABELS[record.state]}"). Hãy trả lại hoặc gỡ bài trước.`
    );
  }
  const scope = getService(strapi, 'unit-scope');
  const user = scope.requestUser();
  if (user) await scope.assertMayDeleteItem(user, item.unitId);
}
