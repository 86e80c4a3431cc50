import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { actorName } from '../plugins/editorial-workflow/server/src/utils/display-name';
import { COMMENT, ITEM_STATE } from '../plugins/editorial-workflow/shared/uids';

/** The demo editor: the one who opens the thread (src/seed/data/demo.ts). */
const EDITOR_EMAIL = 'editor@demo.local';

/**
 * A small thread of editorial comments on a demo item in review, so that a newcomer sees one in the
 * side panel: the editor asks about the summary and mentions the author (who finds it in their
 * notifications), the author answers. Written through the comments' own service, as people would,
 * and only when no comment exists yet.
 */
export async function ensureDemoComments(strapi: Core.Strapi): Promise<SeedTally> {
  const existing = await strapi.db.query(COMMENT).count();
  if (existing > 0) return { created: 0, kept: existing };
  const editor = await strapi.db.query('admin::user').findOne({ where: { email: EDITOR_EMAIL }, select: ['id'] });
  const inReview: { itemDocumentId: string; submittedById: number | null } | null = await strapi.db
    .query(ITEM_STATE)
    .findOne({ where: { state: 'in_review', submittedById: { $notNull: true } }, orderBy: [{ id: 'asc' }], select: ['itemDocumentId', 'submittedById'] });
  if (!editor || !inReview?.submittedById) return { created: 0, kept: 0 };

  const comments = getService(strapi, 'comments');
  const itemView = getService(strapi, 'item-view');
  const author = { id: inReview.submittedById, name: await actorName(strapi, inReview.submittedById) };
  const editorActor = { id: editor.id as number, name: await actorName(strapi, editor.id) };
  const asEditor = await itemView.loadInScope(inReview.itemDocumentId, editorActor.id);
  const thread = await comments.create(asEditor, editorActor, {
    body: 'Sapo còn dài, đề nghị rút gọn còn hai câu và nêu rõ thời gian, địa điểm. Nhờ tác giả xem lại giúp.',
    field: 'summary',
    mentions: [author.id],
  });
  const asAuthor = await itemView.loadInScope(inReview.itemDocumentId, author.id);
  await comments.create(asAuthor, author, { body: 'Em đã rút gọn sapo và bổ sung thời gian, địa điểm. Anh chị xem lại giúp em.', parentId: thread.id, mentions: [] });
  return { created: 2, kept: 0 };
}
