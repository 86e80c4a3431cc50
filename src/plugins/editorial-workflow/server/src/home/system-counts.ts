import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN_ID } from '../../../shared/permissions';
import { SYSTEM_COUNTS_ACTION } from '../../../shared/contracts/home';

/**
 * Strapi's home page counts the whole system for whoever opens it. In Strapi 5.54:
 * - `GET /admin/homepage/key-statistics` ("Project statistics": content types, components,
 *   locales, files, admins, webhooks, API tokens) and
 * - `GET /content-manager/homepage/count-documents` ("Entries": every row of every content type
 *   the person may read, counted by table, RBAC conditions ignored, so an author sees the entries
 *   of every unit)
 * are guarded by `admin::isAuthenticatedAdmin` only. The key-statistics widget declares
 * `roles: ['strapi-super-admin']` (strapi/strapi#23938 meant it for the super admin), but 5.54's
 * home page never reads `roles`: every account sees it. Its "last edited / last published"
 * widgets are fine: they read through the content-manager's permission checker, conditions
 * included.
 *
 * So both endpoints get one more policy here (the routes are plain objects until Strapi builds its
 * router in bootstrap, after every register), and the admin panel hides their widgets through
 * the widget API's own `permissions` with the same action (admin/src/home/widgets.ts).
 */
const POLICY = 'system-administrator';
const POLICY_UID = `plugin::${PLUGIN_ID}.${POLICY}`;

/** The handlers behind those counts, by the module whose routes hold them. */
const SYSTEM_COUNTS_ROUTES = [
  { owner: 'admin', handler: 'homepage.getKeyStatistics' },
  { owner: 'content-manager', handler: 'homepage.getCountDocuments' },
] as const;

type Route = { method: string; path: string; handler: string; config?: { policies?: unknown[] } };
type Router = { routes?: Route[] };

const systemAdministrator = (policyContext: { state: { userAbility?: { can(action: string): boolean } } }) => {
  if (policyContext.state.userAbility?.can(SYSTEM_COUNTS_ACTION)) return true;
  throw new errors.PolicyError('Số liệu toàn hệ thống chỉ dành cho quản trị hệ thống.');
};

function routersOf(routes: unknown): Router[] {
  if (!routes || typeof routes !== 'object') return [];
  if (Array.isArray(routes)) return [{ routes: routes as Route[] }];
  return Object.values(routes as Record<string, unknown>).filter((router): router is Router => Boolean(router) && typeof router === 'object');
}

/** At register: the policy, and the routes behind Strapi's global counts guarded by it. */
export function restrictSystemCounts(strapi: Core.Strapi): void {
  strapi.get('policies').set(POLICY_UID, systemAdministrator);
  const owners: Record<string, unknown> = {
    admin: (strapi.admin as unknown as { routes?: unknown })?.routes,
    'content-manager': strapi.plugin('content-manager')?.routes,
  };
  for (const { owner, handler } of SYSTEM_COUNTS_ROUTES) {
    const route = routersOf(owners[owner])
      .flatMap((router) => router.routes ?? [])
      .find((candidate) => candidate.handler === handler);
    if (!route) {
      // A Strapi upgrade moved it: the suite tests/home.test.ts fails on the 403 it expects.
      strapi.log.warn(`[${PLUGIN_ID}] ${owner} route ${handler} not found: its system-wide counts are not restricted`);
      continue;
    }
    route.config ??= {};
    const policies = (route.config.policies ??= []);
    if (!policies.includes(POLICY_UID)) policies.push(POLICY_UID);
  }
}
