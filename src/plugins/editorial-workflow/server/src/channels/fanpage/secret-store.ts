import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * Where the encrypted tokens live: a table of the plugin's own, outside Strapi's content types, so
 * that no API of Strapi's (the content-manager lists even hidden tables to a super admin) can hand
 * a cipher text out. One row per saved token, named by the settings row's `tokenKey`.
 */
export const SECRETS_TABLE = 'ew_channel_secrets';

export async function ensureSecretsTable(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw(
    `CREATE TABLE IF NOT EXISTS ?? (
    name varchar(100) NOT NULL PRIMARY KEY,
    cipher text NOT NULL,
    created_at varchar(30) NOT NULL)`,
    [SECRETS_TABLE]
  );
}

/** The table's queries join the caller's transaction when there is one (SQLite has one connection: a second would wait forever). */
const table = async <T>(strapi: Core.Strapi, work: (rows: Knex.QueryBuilder) => Promise<T>): Promise<T> =>
  (await strapi.db.transaction(async ({ trx }) => work(trx(SECRETS_TABLE)))) as T;

export const secretName = (tokenKey: string) => `fanpage-token:${tokenKey}`;

export async function readSecret(strapi: Core.Strapi, name: string): Promise<string | null> {
  const row = await table(strapi, (rows) => rows.where({ name }).first('cipher'));
  return (row?.cipher as string | undefined) ?? null;
}

export async function writeSecret(strapi: Core.Strapi, name: string, cipher: string): Promise<void> {
  await table(strapi, (rows) => rows.insert({ name, cipher, created_at: new Date().toISOString() }).onConflict('name').merge());
}

/** Every fanpage token but the one kept (the previous ones, once replaced or cleared). */
export async function forgetOtherSecrets(strapi: Core.Strapi, keep: string | null): Promise<void> {
  await table(strapi, (rows) => {
    const query = rows.where('name', 'like', 'fanpage-token:%');
    return (keep ? query.whereNot({ name: keep }) : query).delete();
  });
}
