import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import type { WorkflowAction } from '../plugins/editorial-workflow/shared/state-machine';
import { actorName } from '../plugins/editorial-workflow/server/src/utils/display-name';
import { ARTICLE, CORRECTION, ITEM_STATE } from '../plugins/editorial-workflow/shared/uids';

/** The demo's desk (src/seed/data/demo.ts) beside the item's own author. */
const DESK_EMAILS = { editor: 'editor@demo.local', head: 'head@demo.local', publisher: 'publisher@demo.local' } as const;

/**
 * One published demo item corrected (đính chính), so that a newcomer finds the note at the end of
 * the item in the public API and the feed: the publisher starts the correction with its public
 * note, and the item goes through its new round (its author, the department's editor and head, the
 * publisher), as people would, through the workflow. Once: a second seeding finds the correction.
 */
export async function ensureDemoCorrections(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  const existing = await strapi.db.query(CORRECTION).count();
  if (existing > 0) return { created: 0, kept: existing };
  const published: { itemDocumentId: string; submittedById: number | null } | null = await strapi.db.query(ITEM_STATE).findOne({
    where: { state: 'published', unpublishAt: null, submittedById: { $notNull: true } },
    orderBy: [{ id: 'asc' }],
    select: ['itemDocumentId', 'submittedById'],
  });
  if (!published?.submittedById) return { created: 0, kept: 0 };
  const person = async (email: string) => {
    const user = await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] });
    return { id: user.id as number, name: await actorName(strapi, user.id) };
  };
  const desk = {
    author: { id: published.submittedById, name: await actorName(strapi, published.submittedById) },
    editor: await person(DESK_EMAILS.editor),
    head: await person(DESK_EMAILS.head),
    publisher: await person(DESK_EMAILS.publisher),
  };
  const workflow = getService(strapi, 'workflow');
  const itemState = getService(strapi, 'item-state');
  const steps: Array<[WorkflowAction, keyof typeof desk, string?]> = [
    ['correct', 'publisher', 'Bản tin trước ghi chưa đúng thời gian khai mạc; thời gian đúng là 7 giờ 30 phút.'],
    ['submit', 'author'],
    ['forward', 'editor'],
    ['approve', 'head'],
    ['publish', 'publisher'],
  ];
  for (const [action, role, comment] of steps) {
    const { version } = await itemState.recordOf(published.itemDocumentId);
    await workflow.transition({ documentId: published.itemDocumentId, action, expectedVersion: version, ...(comment ? { comment } : {}) }, desk[role], { now });
  }
  // Strapi stamps the publication with the clock; the demo's story is told at `now`, as its other items' are.
  await strapi.db.query(ARTICLE).updateMany({ where: { documentId: published.itemDocumentId, publishedAt: { $notNull: true } }, data: { publishedAt: now, updatedAt: now } });
  return { created: 1, kept: 0 };
}
