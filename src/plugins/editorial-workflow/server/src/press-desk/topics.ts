import type { Core } from '@strapi/strapi';
import { TOPIC } from '../../../shared/uids';

/** The plan's topics (lĩnh vực) as the desk names them: "III.2 Giáo dục phổ thông", in the plan's order. */
export async function topicChoices(strapi: Core.Strapi): Promise<Array<{ id: number; name: string }>> {
  const topics: Array<{ id: number; code: string; title: string }> = await strapi.db.query(TOPIC).findMany({ select: ['id', 'code', 'title'], orderBy: [{ id: 'asc' }] });
  return topics.map((topic) => ({ id: topic.id, name: `${topic.code} ${topic.title}` }));
}
