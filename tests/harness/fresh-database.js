// A database of its own for one throw-away app: a new SQLite file, or, when a PostgreSQL server is
// named (DATABASE_URL), a new database created on that server and dropped afterwards. Used by the
// integration harness (strapi.ts), the browser run (scripts/e2e.js) and the benchmarks (bench/*).
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const repoDir = path.resolve(__dirname, '..', '..');

/**
 * One PostgreSQL server, through short-lived admin connections (CREATE and DROP DATABASE cannot run
 * inside the app's own pool, and a connection to a database blocks dropping it).
 * @param {string} serverUrl e.g. postgres://postgres@127.0.0.1:5432/postgres
 */
function postgresServer(serverUrl) {
  /** @param {string} sql */
  const query = async (sql) => {
    const { Client } = require('pg');
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    query,
    /** The URL of database `name` on this server. @param {string} name */
    urlOf: (name) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString(),
    /** @param {string} name */
    exists: async (name) => (await query(`SELECT 1 FROM pg_database WHERE datname = '${name}'`)).rowCount === 1,
    /** @param {string} name @param {string} [template] a database to copy (no connection may be open to it) */
    create: async (name, template) => {
      await query(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
    },
    /** Drops `name` if it is there, closing the connections still open to it. @param {string} name */
    drop: async (name) => {
      await query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Removes a SQLite database and the files SQLite keeps beside it. @param {string} file */
function removeSqliteFiles(file) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * @typedef {object} FreshDatabase
 * @property {'sqlite' | 'postgres'} kind
 * @property {string} name the database's name, or the SQLite file's base name
 * @property {string} label for logs: "PostgreSQL newsroom_test_…" or "SQLite .tmp/newsroom_test_….db"
 * @property {Record<string, string>} env what the app's config/database.ts reads to open it
 * @property {() => Promise<void>} drop removes it (files or database), whatever state it is in
 */

/**
 * A new, empty database named `<prefix>_<pid>_<random>`. `env` always sets DATABASE_URL, empty for
 * SQLite, so that a developer's .env (Strapi reads it through dotenv) cannot point the app elsewhere.
 * @param {object} options
 * @param {string} options.prefix e.g. newsroom_test
 * @param {string} [options.postgresUrl] the PostgreSQL server to create it on; SQLite when empty
 *   (default: DATABASE_URL)
 * @param {string} [options.sqliteDir] where the SQLite file goes (default: the repository's .tmp/)
 * @param {{ kind: 'sqlite' | 'postgres', name: string, file: string }} [options.template] a database to
 *   start from instead of an empty one (template-database.js), of the same kind
 * @returns {Promise<FreshDatabase>}
 */
async function freshDatabase({ prefix, postgresUrl = process.env.DATABASE_URL || '', sqliteDir = path.join(repoDir, '.tmp'), template }) {
  const name = `${prefix}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  if (postgresUrl) {
    const server = postgresServer(postgresUrl);
    await server.create(name, template?.kind === 'postgres' ? template.name : undefined);
    return { kind: 'postgres', name, label: `PostgreSQL ${name}`, env: { DATABASE_URL: server.urlOf(name) }, drop: () => server.drop(name) };
  }
  const file = path.join(sqliteDir, `${name}.db`);
  fs.mkdirSync(sqliteDir, { recursive: true });
  // The template was closed cleanly (boot-once.js), so its one file holds everything.
  if (template?.kind === 'sqlite') fs.copyFileSync(template.file, file);
  return {
    kind: 'sqlite',
    name,
    label: `SQLite ${path.relative(repoDir, file)}`,
    env: { DATABASE_URL: '', DATABASE_FILENAME: file },
    drop: async () => removeSqliteFiles(file),
  };
}

module.exports = { freshDatabase, postgresServer, removeSqliteFiles };
