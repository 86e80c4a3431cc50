/**
 * The Content-Security-Policy directives of `strapi::security`. Scripts come from this server only:
 * the built admin panel (dist/build/index.html) loads one module script and runs nothing inline, so
 * no `'unsafe-inline'` script is allowed. (In development and test, Strapi adds it itself for the
 * admin's Vite hot reload; a production server never does.)
 */
export const CSP_DIRECTIVES = {
  'script-src': ["'self'"],
  'connect-src': ["'self'", 'https:'],
  'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io'],
  'media-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'frame-ancestors': ["'self'"],
  upgradeInsecureRequests: null,
};
