import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../shared/permissions';
import type services from './services';

type ServiceFactories = typeof services;

/** Each service of the plugin, by name, as its factory builds it. */
export type PluginServices = { [Name in keyof ServiceFactories]: ReturnType<ServiceFactories[Name]> };
export type ServiceName = keyof PluginServices;

/**
 * The plugin's services, typed: `getService(strapi, 'workflow').transition(...)` is checked by the
 * compiler and found by the editor, where `strapi.plugin(...).service(...)` is `any`.
 */
export function getService<Name extends ServiceName>(strapi: Core.Strapi, name: Name): PluginServices[Name] {
  return strapi.plugin(PLUGIN_ID).service(name) as PluginServices[Name];
}
