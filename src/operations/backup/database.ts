import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { Client } from 'pg';
import type { DataTarget } from './target';

/** The part of better-sqlite3 used here (the package ships no types; Strapi's SQLite driver is this one). */
interface SqliteHandle {
  prepare(sql: string): { all(): unknown[]; get(): unknown };
  backup(file: string): Promise<unknown>;
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-var-requires
const Database = require('better-sqlite3') as new (file: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => SqliteHandle;

type Db = DataTarget['database'];
type PgDb = Extract<Db, { kind: 'postgres' }>;
type SqliteDb = Extract<Db, { kind: 'sqlite' }>;

/** One row of the media library's table, enough to name its stored files. */
export type StoredFileRow = { url: string | null; provider: string | null; formats: unknown };

/** What the snapshot holds besides the dump itself: every table's row count and the file rows. */
export interface SnapshotFacts {
  tables: Record<string, number>;
  files: StoredFileRow[];
}

/** The PostgreSQL client programs: PG_DUMP / PG_RESTORE, else the ones on PATH. */
const pgDump = () => process.env.PG_DUMP || 'pg_dump';
const pgRestore = () => process.env.PG_RESTORE || 'pg_restore';

function run(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    child.on('error', (error) => reject(new Error(`không chạy được ${program}: ${error.message}`)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${program} dừng với mã ${code}: ${stderr.trim()}`))));
  });
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function pgClient(db: PgDb): Promise<Client> {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  await client.query(`SET search_path TO ${quoteIdent(db.schema)}`);
  return client;
}

async function pgFacts(client: Client, schema: string): Promise<SnapshotFacts> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
    [schema]
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) counts[name] = Number((await client.query(`SELECT count(*) AS n FROM ${quoteIdent(name)}`)).rows[0].n);
  const files = counts.files === undefined ? [] : (await client.query<StoredFileRow>('SELECT url, provider, formats FROM files ORDER BY id')).rows;
  return { tables: counts, files };
}

function sqliteFacts(file: string): SnapshotFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>;
    const counts: Record<string, number> = {};
    for (const { name } of tables) counts[name] = Number((db.prepare(`SELECT count(*) AS n FROM ${quoteIdent(name)}`).get() as { n: number }).n);
    const files = counts.files === undefined ? [] : (db.prepare('SELECT url, provider, formats FROM files ORDER BY id').all() as StoredFileRow[]);
    return { tables: counts, files };
  } finally {
    db.close();
  }
}

/**
 * Dumps the database into `file`, consistently: on PostgreSQL pg_dump in custom format reads an
 * exported snapshot, the same one in which the row counts and the file rows are read (so the
 * uploads copied afterwards are exactly those the dumped rows name); on SQLite the online backup
 * API copies the live database page by page while the app may keep writing, then the facts are
 * read from the copy.
 */
export async function dumpDatabase(db: Db, file: string): Promise<SnapshotFacts> {
  if (db.kind === 'sqlite') return dumpSqlite(db, file);
  const client = await pgClient(db);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0].id;
    const facts = await pgFacts(client, db.schema);
    await run(pgDump(), ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, `--file=${file}`, `--dbname=${db.url}`]);
    await client.query('COMMIT');
    return facts;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dumpSqlite(db: SqliteDb, file: string): Promise<SnapshotFacts> {
  if (!fs.existsSync(db.file)) throw new Error(`không tìm thấy cơ sở dữ liệu SQLite ${db.file}`);
  const live = new Database(db.file, { fileMustExist: true });
  try {
    await live.backup(file);
  } finally {
    live.close();
  }
  return sqliteFacts(file);
}

/** Whether the target database holds any table (a restore goes only into an empty one unless forced). */
export async function databaseTables(db: Db): Promise<number> {
  if (db.kind === 'sqlite') {
    if (!fs.existsSync(db.file) || fs.statSync(db.file).size === 0) return 0;
    const live = new Database(db.file, { readonly: true, fileMustExist: true });
    try {
      return Number((live.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number }).n);
    } finally {
      live.close();
    }
  }
  const client = await pgClient(db);
  try {
    const { rows } = await client.query(`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = $1`, [db.schema]);
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

/** Empties the target database (restore --force): the schema dropped and made again, or the SQLite files removed. */
export async function wipeDatabase(db: Db): Promise<void> {
  if (db.kind === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${db.file}${suffix}`, { force: true });
    return;
  }
  const client = await pgClient(db);
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(db.schema)} CASCADE`);
    await client.query(`CREATE SCHEMA ${quoteIdent(db.schema)}`);
  } finally {
    await client.end();
  }
}

/**
 * Loads a dump into the (empty) target: pg_restore in one transaction, stopping at the first
 * error, so a failed restore leaves the database as empty as it was; SQLite: the copy written
 * beside the target, then renamed over it.
 */
export async function loadDatabase(db: Db, file: string): Promise<SnapshotFacts> {
  if (db.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(db.file), { recursive: true });
    const temporary = `${db.file}.restoring`;
    fs.copyFileSync(file, temporary);
    fs.renameSync(temporary, db.file);
    return sqliteFacts(db.file);
  }
  await run(pgRestore(), ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${db.url}`, file]);
  const client = await pgClient(db);
  try {
    await client.query('ANALYZE');
    return await pgFacts(client, db.schema);
  } finally {
    await client.end();
  }
}
