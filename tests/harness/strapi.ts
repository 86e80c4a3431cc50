import fs from 'fs';
import path from 'path';
import crypto from 'crypto';
import { Client } from 'pg';
import { createStrapi, type Core } from '@strapi/strapi';

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

const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  STRAPI_DISABLE_CRON: 'true',
  STRAPI_TELEMETRY_DISABLED: 'true',
  SEED_ON_FIRST_RUN: 'false',
  APP_KEYS: 'test-key-1,test-key-2',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  JWT_SECRET: 'test-jwt-secret',
  ENCRYPTION_KEY: 'test-encryption-key',
};

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
