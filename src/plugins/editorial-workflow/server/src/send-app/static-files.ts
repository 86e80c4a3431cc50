import path from 'path';
import { promises as fs } from 'fs';
import type { Core } from '@strapi/strapi';
import { SEND_APP_PATH } from '../../../shared/contracts/send-app';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * The app's files, as they are in the repository (src/plugins/editorial-workflow/send-app/): plain
 * JS and CSS with no build step, so a fresh clone serves them at `npm run develop`. Only the files
 * of this list are served: a path is never joined from the request.
 */
export const SEND_APP_FILES: Readonly<Record<string, string>> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
  'sw.js': 'text/javascript; charset=utf-8',
  'manifest.webmanifest': 'application/manifest+json; charset=utf-8',
  'icon.svg': 'image/svg+xml',
};

/** The folder of the app's files, the same whether the server runs from `dist` or not. */
export const sendAppDir = (strapi: Core.Strapi): string => path.join(strapi.dirs.app.src, 'plugins', 'editorial-workflow', 'send-app');

/** Mounts `/gui-tin/` outside the admin panel: public files (the shell), every datum behind the admin API. */
export function serveSendApp(strapi: Core.Strapi): void {
  const dir = sendAppDir(strapi);
  const serve = (name: string) => async (ctx: Ctx) => {
    ctx.type = SEND_APP_FILES[name];
    // Always revalidated: the service worker keeps the offline copy; a new version reaches the phone at the next visit.
    ctx.set('Cache-Control', 'no-cache');
    // The worker answers for the whole app, from /gui-tin/ (its scope).
    if (name === 'sw.js') ctx.set('Service-Worker-Allowed', `${SEND_APP_PATH}/`);
    ctx.body = await fs.readFile(path.join(dir, name));
  };
  const open = { auth: false as const };
  strapi.server.routes([
    // The router takes /gui-tin and /gui-tin/ as one path: the app's relative links need the slash.
    { method: 'GET', path: `${SEND_APP_PATH}/`, handler: (ctx: Ctx) => (ctx.path.endsWith('/') ? serve('index.html')(ctx) : ctx.redirect(`${SEND_APP_PATH}/`)), config: open },
    ...Object.keys(SEND_APP_FILES).map((name) => ({ method: 'GET' as const, path: `${SEND_APP_PATH}/${name}`, handler: serve(name), config: open })),
  ]);
}
