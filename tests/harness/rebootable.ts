import path from 'path';
import { createStrapi, type Core } from '@strapi/strapi';
import { TEST_ENV } from './app-env';
import { freshDatabase } from './fresh-database';
import type { TestApp } from './strapi';

const appDir = path.resolve(__dirname, '..', '..');
const baseDatabaseUrl = process.env.DATABASE_URL || '';

/**
 * As startStrapi (strapi.ts), plus `reboot()`: stops the app and boots it again on the same
 * database, for the suites that prove what a start does to data already there (a migration at
 * boot). `app.strapi` and `app.server` are the new app's after a reboot.
 */
export async function startRebootableStrapi(): Promise<TestApp & { reboot(): Promise<void> }> {
  const database = await freshDatabase({ prefix: 'newsroom_test', postgresUrl: baseDatabaseUrl });
  Object.assign(process.env, TEST_ENV, database.env);
  const boot = async (): Promise<Core.Strapi> => {
    const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
    await strapi.server.mount();
    return strapi;
  };
  let strapi: Core.Strapi;
  try {
    strapi = await boot();
  } catch (error) {
    await database.drop();
    throw error;
  }
  const app = {
    strapi,
    server: strapi.server.httpServer as TestApp['server'],
    async reboot() {
      await app.strapi.destroy();
      app.strapi = await boot();
      app.server = app.strapi.server.httpServer;
    },
    async stop() {
      await app.strapi.destroy();
      await database.drop();
      process.env.DATABASE_URL = baseDatabaseUrl;
    },
  };
  return app;
}
