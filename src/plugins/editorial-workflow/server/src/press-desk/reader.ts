import type { Core } from '@strapi/strapi';
import { PERMISSIONS, PLUGIN_ID } from '../../../shared/permissions';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
type Ability = { can(action: string): boolean };

/** Whether the person holds `inquiries.manage` (the Office), by their admin rights as Strapi built them for the request. */
export const managesInquiries = (ctx: Ctx): boolean => Boolean((ctx.state.userAbility as Ability | undefined)?.can(PERMISSIONS.manageInquiries));

/**
 * Reading the information requests and the press inquiries takes either right: the Office's
 * `inquiries.manage` or the leadership's `inquiries.read`. `admin::hasPermissions` asks for every
 * action listed, hence this policy (registered in the plugin's index as `inquiries-reader`).
 */
export const inquiriesReader = (ctx: Ctx): boolean => {
  const ability = ctx.state.userAbility as Ability | undefined;
  return Boolean(ability && (ability.can(PERMISSIONS.manageInquiries) || ability.can(PERMISSIONS.readInquiries)));
};

/** Route config: an admin session holding either right. */
export const readsInquiries = { policies: ['admin::isAuthenticatedAdmin', `plugin::${PLUGIN_ID}.inquiries-reader`] };
