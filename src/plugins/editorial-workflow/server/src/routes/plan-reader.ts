import type { Core } from '@strapi/strapi';
import { PERMISSIONS } from '../../../shared/permissions';

type Ctx = Parameters<Core.MiddlewareHandler>[0];
type Ability = { can(action: string): boolean };

/** Whether the person holds `plan.manage` (the Office), by their admin rights as Strapi built them for the request. */
export const managesPlan = (ctx: Ctx): boolean => Boolean((ctx.state.userAbility as Ability | undefined)?.can(PERMISSIONS.managePlan));

/**
 * Reading the plan's documents (scripts, unit plans) takes either right: the units' and departments'
 * people through the workflow's permission (their scope is decided in each service), the Office
 * through `plan.manage` (its admin role may hold no workflow right). `admin::hasPermissions` asks for
 * every action listed, hence this policy (registered in the plugin's index as `plan-reader`).
 */
export const planReader = (ctx: Ctx): boolean => {
  const ability = ctx.state.userAbility as Ability | undefined;
  return Boolean(ability && (ability.can(PERMISSIONS.useWorkflow) || ability.can(PERMISSIONS.managePlan)));
};
