/**
 * The plugin options of a table of the plugin's own: hidden from the content-manager and the
 * content-type builder, so it is reachable only through the plugin's services.
 */
export const hidden = {
  'content-manager': { visible: false },
  'content-type-builder': { visible: false },
};
