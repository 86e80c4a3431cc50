import path from 'path';
import { createStrapi, type Core } from '@strapi/strapi';
import { TEST_ENV } from './app-env';
import { freshDatabase } from './fresh-database';
import { templateOf } from './template-database';

/**
 * Boots a real Strapi for one suite, on a database of its own (fresh-database.js: a temporary
 * SQLite file, or, when DATABASE_URL is set, a fresh PostgreSQL database on that server, dropped
 * afterwards). Cron is off, the app was compiled once by the global setup (compile.js), which also
 * booted it once on a template database each suite's database is a copy of (template-database.js).
 */
const appDir = path.resolve(__dirname, '..', '..');
const baseDatabaseUrl = process.env.DATABASE_URL || '';

export interface TestApp {
  strapi: Core.Strapi;
  /** The HTTP server, for supertest. */
  server: Parameters<typeof import('supertest')>[0];
  stop(): Promise<void>;
}

export async function startStrapi(): Promise<TestApp> {
  const database = await freshDatabase({ prefix: 'newsroom_test', postgresUrl: baseDatabaseUrl, template: templateOf() });
  Object.assign(process.env, TEST_ENV, database.env);

  let strapi: Core.Strapi;
  try {
    strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
    await strapi.server.mount();
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    strapi,
    server: strapi.server.httpServer,
    async stop() {
      await strapi.destroy();
      await database.drop();
      process.env.DATABASE_URL = baseDatabaseUrl;
    },
  };
}
