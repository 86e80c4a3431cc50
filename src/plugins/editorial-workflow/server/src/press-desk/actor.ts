import type { Core } from '@strapi/strapi';
import type { Actor } from '../services/item-state';
import { actorName, displayName } from '../utils/display-name';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** The signed-in person as the desk records them (id and display name). */
export async function actorOf(strapi: Core.Strapi, ctx: Ctx): Promise<Actor> {
  const user = ctx.state.user as { id: number; email?: string };
  return { id: user.id, name: user.email ? displayName(user) : await actorName(strapi, user.id) };
}
