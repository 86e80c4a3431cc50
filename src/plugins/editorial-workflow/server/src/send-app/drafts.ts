import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { SEND_DRAFTS_TABLE, type SendReplayDetails } from '../../../shared/contracts/send-app';

/**
 * The app's client keys: each draft written on a phone carries a random key, and the first create
 * with it records which item it made. A replay of the same draft (the connection came back twice,
 * the author tapped twice offline) finds the key and makes nothing. A table of the plugin's own,
 * outside the content types: no API of Strapi's lists it.
 */
export async function ensureSendDraftsTable(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw(
    `CREATE TABLE IF NOT EXISTS ?? (
    client_key varchar(64) NOT NULL PRIMARY KEY,
    user_id integer NOT NULL,
    item_document_id varchar(255) NOT NULL,
    created_at varchar(30) NOT NULL)`,
    [SEND_DRAFTS_TABLE]
  );
}

export interface SendDraftRow {
  userId: number;
  itemDocumentId: string;
}

/** Joins the caller's transaction when there is one (SQLite has one connection: a second would wait forever). */
const table = async <T>(strapi: Core.Strapi, work: (rows: Knex.QueryBuilder) => Promise<T>): Promise<T> =>
  (await strapi.db.transaction(async ({ trx }) => work(trx(SEND_DRAFTS_TABLE)))) as T;

export async function draftOfKey(strapi: Core.Strapi, clientKey: string): Promise<SendDraftRow | null> {
  const row = await table(strapi, (rows) => rows.where({ client_key: clientKey }).first('user_id', 'item_document_id'));
  return row ? { userId: Number(row.user_id), itemDocumentId: String(row.item_document_id) } : null;
}

/** Records the key's item; a second insert of the key fails on the primary key (two replays at once). */
export async function recordDraftKey(strapi: Core.Strapi, clientKey: string, row: SendDraftRow): Promise<void> {
  await table(strapi, (rows) =>
    rows.insert({ client_key: clientKey, user_id: row.userId, item_document_id: row.itemDocumentId, created_at: new Date().toISOString() })
  );
}

/** A create with a client key that already made an item (HTTP 409, with that item's documentId when it is the caller's). */
export class DraftReplayed extends errors.ApplicationError {
  constructor(message: string, details: Partial<SendReplayDetails>) {
    super(message, details);
    (this as { name: string }).name = 'ConflictError';
  }
}
