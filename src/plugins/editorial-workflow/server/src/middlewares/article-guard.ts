import type { Core, Modules } from '@strapi/strapi';
import { forbidden } from '../utils/errors';
import { CONTENT_EDITORS, ROLE_LABELS, STATE_LABELS, mayEditContent, stateAfterEdit, type WorkflowState } from '../../../shared/state-machine';
import { rolesForItem, type Standing } from '../services/membership';
import { placementOf, type ItemStateRow } from '../services/workflow';
import type { ItemDraft } from '../services/item-content';
import { hasPublicationPass, type PublicationOperation } from '../utils/publication-pass';
import { ARTICLE } from '../../../shared/uids';
import { unitIdOf } from '../utils/unit-ref';
import { adminUserOf } from '../utils/request-user';
import { actorName } from '../utils/display-name';

type Middleware = Modules.Documents.Middleware.Middleware;
type Context = Modules.Documents.Middleware.Context;
type Params = { documentId?: string; status?: string; data?: Record<string, unknown> };

/** States in which an item is on its way to the site or on it: deleting it would bypass the workflow. */
const UNDELETABLE: ReadonlySet<WorkflowState> = new Set(['in_review', 'awaiting_approval', 'approved', 'published']);

const refusePublication = (operation: string) =>
  forbidden(
    `Tin bài chỉ được đăng, gỡ hoặc hoàn tác qua quy trình biên tập (thao tác "${operation}" bị từ chối). ` +
      'Items are published only by the editorial workflow.'
  );

/**
 * The workflow's one Document Service middleware on items (STRAPI-FACTS: every path that
 * publishes goes through the Document Service). It refuses:
 * - publish, unpublish and discard without the pass of the matching transition in progress, which
 *   covers the content-manager (publish, bulk publish, create-and-publish), releases and other code;
 * - create, update or clone asking for `status: 'published'` (they publish without `publish`);
 * - content edits by anyone outside the item's scope and state, and deletes of items under way.
 * Edits that void an approval or start a new round move the workflow state, in the same transaction.
 */
export const articleGuard =
  (strapi: Core.Strapi): Middleware =>
  async (ctx: Context, next) => {
    if (ctx.uid !== ARTICLE) return next();
    const params = (ctx.params ?? {}) as Params;

    switch (ctx.action) {
      case 'publish':
      case 'unpublish':
      case 'discardDraft':
        if (!hasPublicationPass(params.documentId, ctx.action as PublicationOperation)) throw refusePublication(ctx.action);
        return next();
      case 'create':
      case 'clone':
        if (params.status === 'published') throw refusePublication(`${ctx.action} status=published`);
        return strapi.db.transaction(async () => {
          await assertMayFile(strapi, params.data?.unit, ctx.action === 'clone' ? params.documentId : undefined);
          const created = await next();
          const documentId = (created as { documentId?: string } | null)?.documentId;
          if (documentId) await workflow(strapi).recordOf(documentId);
          return created;
        });
      case 'update':
        if (params.status === 'published') throw refusePublication('update status=published');
        return strapi.db.transaction(() => guardedUpdate(strapi, params, () => Promise.resolve(next())));
      case 'delete':
        return strapi.db.transaction(async () => {
          await assertMayDelete(strapi, params.documentId);
          return next();
        });
      default:
        return next();
    }
  };

const workflow = (strapi: Core.Strapi) => strapi.plugin('editorial-workflow').service('workflow');
const membership = (strapi: Core.Strapi) => strapi.plugin('editorial-workflow').service('membership');
const itemContent = (strapi: Core.Strapi) => strapi.plugin('editorial-workflow').service('item-content');

/** An admin user files items only for units where they are an author. */
async function assertMayFile(strapi: Core.Strapi, unitValue: unknown, sourceDocumentId?: string): Promise<void> {
  const user = adminUserOf(strapi);
  if (!user) return;
  let unitId = await unitIdOf(strapi, unitValue);
  if (unitId === undefined && sourceDocumentId) unitId = (await itemContent(strapi).loadDraft(sourceDocumentId))?.unitId ?? null;
  // No unit at all is the content rules' 400 (src/document-rules/article.ts), not a scope question.
  if (unitId === undefined || unitId === null) return;
  const authorOf: number[] = await membership(strapi).unitIdsOf(user.id, ['author']);
  if (authorOf.includes(unitId)) return;
  throw forbidden(
    authorOf.length === 0
      ? 'Bạn chưa là cộng tác viên của đơn vị nào nên chưa thể viết tin bài; hãy liên hệ quản trị hệ thống.'
      : 'Bạn chỉ viết tin bài cho đơn vị mà bạn là cộng tác viên; hãy chọn đúng đơn vị.'
  );
}

async function guardedUpdate<T>(strapi: Core.Strapi, params: Params, next: () => Promise<T>): Promise<T> {
  const documentId = params.documentId;
  const before: ItemDraft | null = documentId ? await itemContent(strapi).loadDraft(documentId) : null;
  if (!documentId || !before) return next();
  const record: ItemStateRow = await workflow(strapi).recordOf(documentId);
  const user = adminUserOf(strapi);
  const standing: Standing | undefined = user ? await membership(strapi).standingOf(user.id) : undefined;

  if (user && standing) {
    const roles = rolesForItem(standing, placementOf(before, record));
    if (!mayEditContent(record.state, roles)) {
      const who = CONTENT_EDITORS[record.state].map((role) => ROLE_LABELS[role]).join(' hoặc ');
      throw forbidden(
        `Tin bài đang ở trạng thái "${STATE_LABELS[record.state]}": chỉ ${who} được sửa nội dung lúc này.`,
        { state: record.state, version: record.version }
      );
    }
    const newUnit = await unitIdOf(strapi, params.data?.unit);
    if (newUnit !== undefined && newUnit !== null && newUnit !== before.unitId && !standing.rolesByUnit.get(newUnit)?.has('author')) {
      throw forbidden('Bạn chỉ chuyển tin bài sang đơn vị mà bạn là cộng tác viên.');
    }
  }

  const result = await next();
  const after: ItemDraft | null = await itemContent(strapi).loadDraft(documentId);
  const target = stateAfterEdit(record.state);
  if (after && target !== record.state && after.hash !== record.approvedHash) {
    const reset = { state: target, approvedHash: null, approvedAt: null, scheduledAt: null, scheduledById: null };
    const moved: ItemStateRow = await workflow(strapi).compareAndSet(record, reset);
    const roles = standing ? rolesForItem(standing, placementOf(before, record)) : new Set();
    const role = [...roles][0] ?? 'system';
    const name = user ? await actorName(strapi, user.id) : 'Hệ thống';
    await workflow(strapi).recordHistory({
      item: after,
      actor: { id: user?.id ?? 0, name },
      role,
      action: 'edit',
      from: record.state,
      to: moved,
      comment: target === 'draft' ? 'Sửa tin bài đã đăng: bắt đầu vòng duyệt mới' : 'Nội dung thay đổi sau khi duyệt: duyệt lại',
    });
  }
  return result;
}

async function assertMayDelete(strapi: Core.Strapi, documentId: string | undefined): Promise<void> {
  if (!documentId) return;
  const item: ItemDraft | null = await itemContent(strapi).loadDraft(documentId);
  if (!item) return;
  const record: ItemStateRow = await workflow(strapi).recordOf(documentId);
  if (UNDELETABLE.has(record.state) || item.online) {
    throw forbidden(
      `Không thể xoá tin bài đang trong quy trình hoặc đang đăng (trạng thái "${STATE_LABELS[record.state]}"). ` +
        'Hãy trả lại hoặc gỡ bài trước.'
    );
  }
  const user = adminUserOf(strapi);
  if (!user) return;
  const authorOf: number[] = await membership(strapi).unitIdsOf(user.id, ['author']);
  if (item.unitId === null || !authorOf.includes(item.unitId)) {
    throw forbidden('Chỉ cộng tác viên của đơn vị viết bài mới được xoá tin bài.');
  }
}

