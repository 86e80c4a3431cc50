import type { Core } from '@strapi/strapi';
import { ARTICLE } from '../plugins/editorial-workflow/shared/uids';

/**
 * The demo's versions to compare (snapshots): every demo item goes through the real workflow, so
 * each step already keeps a snapshot; this gives one item a correction by its department's editor
 * between the author's submission and the editor's forward, so that its side panel ("Lịch sử phiên
 * bản" / "So sánh thay đổi") shows a diff: two words of the body and one of the summary.
 */
export const DEMO_CORRECTION = { from: 'Tin:', to: 'Nguồn tin:', added: ' biên tập' };

/** The editor's correction of one item in review (before the forward that keeps it). */
export async function editorCorrects(strapi: Core.Strapi, documentId: string): Promise<void> {
  const draft = await strapi.documents(ARTICLE).findOne({ documentId, fields: ['summary', 'body'] });
  if (!draft) return;
  const body = JSON.parse(JSON.stringify(draft.body ?? [])) as Array<{ children?: Array<{ text?: string }> }>;
  const last = body[body.length - 1]?.children?.[0];
  if (last?.text) last.text = last.text.replace(DEMO_CORRECTION.from, DEMO_CORRECTION.to).replace(/hệ thống\.$/, `hệ thống${DEMO_CORRECTION.added}.`);
  const summary = typeof draft.summary === 'string' ? draft.summary.replace(/\.$/, ' trong tuần này.') : draft.summary;
  // As the editor would save it in the edit view: through the Document Service and its rules (an item in review stays in review).
  await strapi.documents(ARTICLE).update({ documentId, data: { summary, body } as never });
}
