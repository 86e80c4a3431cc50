/**
 * Changes to the content-manager for items: the workflow side panel, and Strapi's own publish
 * controls taken away (the workflow is the only way to publish). Filled in by the admin UI work.
 */
export const registerContentManagerExtensions = (_app: any) => {};
