import type { Core } from '@strapi/strapi';

export interface AdminRequestUser {
  id: number;
  roles?: Array<{ code?: string }>;
}

/** The admin user behind the current request, if the call comes from the admin panel (not code, not the REST API). */
export function adminUserOf(strapi: Core.Strapi): AdminRequestUser | undefined {
  const request = strapi.requestContext.get();
  const auth = request?.state?.auth as { strategy?: { name?: string } } | undefined;
  return auth?.strategy?.name === 'admin' ? (request?.state?.user as AdminRequestUser) : undefined;
}

export const isSuperAdmin = (user: AdminRequestUser): boolean => Boolean(user.roles?.some((role) => role.code === 'strapi-super-admin'));
