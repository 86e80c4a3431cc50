import fs from 'fs';
import path from 'path';
import crypto from 'crypto';
import { Client } from 'pg';
import { createStrapi, type Core } from '@strapi/strapi';
import testEnv from './test-env.json';

/**
 * Boots a real Strapi for one suite, on a database of its own: a temporary SQLite file, or, when
 * DATABASE_URL is set, a fresh PostgreSQL database created on that server and dropped afterwards.
 * Cron is off, the app was compiled once by the global setup (tests/harness/compile.js).
 */
const appDir = path.resolve(__dirname, '..', '..');
const baseDatabaseUrl = process.env.DATABASE_URL || '';

export interface TestApp {
  strapi: Core.Strapi;
  /** The HTTP server, for supertest. */
  server: Parameters<typeof import('supertest')>[0];
  stop(): Promise<void>;
}

/** Secrets and switches of every test app (cron off); shared with scripts/e2e.js. */
const TEST_ENV: Record<string, string> = testEnv;

export async function startStrapi(): Promise<TestApp> {
  Object.assign(process.env, TEST_ENV);
  const name = `newsroom_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  let dropDatabase: () => Promise<void>;

  if (baseDatabaseUrl) {
    await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(baseDatabaseUrl);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    dropDatabase = () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  } else {
    const file = path.join(appDir, '.tmp', `${name}.db`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Set, even empty, so a developer's .env (read by Strapi through dotenv) cannot point tests elsewhere.
    process.env.DATABASE_URL = '';
    process.env.DATABASE_FILENAME = file;
    dropDatabase = async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
    };
  }

  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  await strapi.server.mount();
  return {
    strapi,
    server: strapi.server.httpServer,
    async stop() {
      await strapi.destroy();
      await dropDatabase();
      process.env.DATABASE_URL = baseDatabaseUrl;
    },
  };
}

async function withAdminClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: baseDatabaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
