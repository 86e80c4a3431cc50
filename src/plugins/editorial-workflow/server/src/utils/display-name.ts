import type { Core } from '@strapi/strapi';

export type Named = { firstname?: string | null; lastname?: string | null; email?: string | null };

/** How history and e-mails name a person. */
export const displayName = (user: Named): string => [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || '';

export async function actorName(strapi: Core.Strapi, userId: number): Promise<string> {
  const user = await strapi.db.query('admin::user').findOne({ where: { id: userId }, select: ['firstname', 'lastname', 'email'] });
  if (!user) return `#${userId}`;
  return displayName(user);
}
