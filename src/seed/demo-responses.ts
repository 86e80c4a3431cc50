import type { Core } from '@strapi/strapi';
import type { SeedTally } from './reference';
import { getService } from '../plugins/editorial-workflow/server/src/get-service';
import { actorName } from '../plugins/editorial-workflow/server/src/utils/display-name';
import { linkRowOf } from '../plugins/editorial-workflow/server/src/concern-links/content-type';
import { officeUnitIdOf } from '../plugins/editorial-workflow/server/src/concerns/office';
import { RESPONSE_KIND, pathTo, type WorkflowState } from '../plugins/editorial-workflow/shared/state-machine';
import { ARTICLE, CONCERN, CONCERN_LINK } from '../plugins/editorial-workflow/shared/uids';

const HOUR = 3_600_000;
const PEOPLE = { author: 'office@demo.local', leadership: 'leader@demo.local', publisher: 'publisher@demo.local' } as const;

interface DemoResponse {
  /** The demo concern it answers (src/seed/demo-concerns.ts), by its severity. */
  concernSeverity: 'crisis' | 'incident';
  title: string;
  summary: string;
  /** Where it stops: online, or waiting for the leadership. */
  stage: WorkflowState;
  /** Hours after the concern's filing that each step was taken. */
  hoursAfterFiling: number;
}

/**
 * The official responses' fast lane at the first start: the crisis (false news of food poisoning)
 * answered by a statement the Office drafted, the leadership approved and the publisher published,
 * three hours after the filing (the desk shows that time); the incident (a clip of a fight) answered
 * by a statement awaiting the leadership's approval, in leader@demo.local's queue. Their words are the
 * Sở's public ones, none copied from the internal register. Once: a second seeding finds the links.
 */
const RESPONSES: DemoResponse[] = [
  {
    concernSeverity: 'crisis',
    title: 'Sở GD&ĐT thông tin về sức khoẻ học sinh bán trú tại xã Mường Phăng',
    summary: 'Các em học sinh có biểu hiện đau bụng đã được khám, sức khoẻ ổn định; không có trường hợp ngộ độc tập thể.',
    stage: 'published',
    hoursAfterFiling: 1,
  },
  {
    concernSeverity: 'incident',
    title: 'Sở GD&ĐT chỉ đạo xác minh vụ việc học sinh xô xát trước cổng trường',
    summary: 'Sở đã yêu cầu nhà trường báo cáo vụ việc, phối hợp với gia đình và công an xã giáo dục học sinh.',
    stage: 'awaiting_approval',
    hoursAfterFiling: 1,
  },
];

export async function ensureDemoResponses(strapi: Core.Strapi, now: Date): Promise<SeedTally> {
  const existing = await strapi.db.query(CONCERN_LINK).count();
  if (existing > 0) return { created: 0, kept: existing };
  const office = await officeUnitIdOf(strapi);
  const person = async (email: string) => {
    const user = await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] });
    return user ? { id: user.id as number, name: await actorName(strapi, user.id) } : null;
  };
  const desk = { author: await person(PEOPLE.author), leadership: await person(PEOPLE.leadership), publisher: await person(PEOPLE.publisher) };
  if (office === null || !desk.author || !desk.leadership || !desk.publisher) return { created: 0, kept: 0 };
  const workflow = getService(strapi, 'workflow');
  const itemState = getService(strapi, 'item-state');
  let created = 0;
  for (const demo of RESPONSES) {
    const concern: { id: number; createdAt: string } | null = await strapi.db.query(CONCERN).findOne({ where: { severity: demo.concernSeverity }, select: ['id', 'createdAt'] });
    if (!concern) continue;
    const { documentId } = await strapi.documents(ARTICLE).create({
      data: {
        title: demo.title,
        summary: demo.summary,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: demo.summary }] }],
        kind: RESPONSE_KIND,
        unit: office,
        byline: 'Văn phòng Sở',
        channelWebsite: true,
      } as never,
    });
    await strapi.db.query(CONCERN_LINK).create({ data: linkRowOf(concern.id, documentId, 'response', desk.author) });
    let at = new Date(concern.createdAt).getTime();
    for (const { action, role } of pathTo(demo.stage, 'official-response')) {
      at = Math.min(now.getTime(), at + demo.hoursAfterFiling * HOUR);
      const { version } = await itemState.recordOf(documentId);
      await workflow.transition({ documentId, action, expectedVersion: version }, desk[role as keyof typeof desk]!, { now: new Date(at) });
    }
    if (demo.stage === 'published') {
      // Strapi stamps the publication with the clock; the story is told at the step's time.
      await strapi.db.query(ARTICLE).updateMany({ where: { documentId, publishedAt: { $notNull: true } }, data: { publishedAt: new Date(at), updatedAt: new Date(at) } });
    }
    created += 1;
  }
  return { created, kept: 0 };
}
