import { PLUGIN_ID } from '../../../shared/permissions';

/** Every message id of the plugin is prefixed with its id, as Strapi's own plugins do. */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;
