import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import knexFactory, { type Knex } from 'knex';
import type { Core } from '@strapi/strapi';
import { startStrapi, type TestApp } from './harness/strapi';
import { freshDatabase, type FreshDatabase } from './harness/fresh-database';
import { createSuperAdmin } from './harness/http';
import { uploadPhoto } from './harness/media';
import { codeDesk } from './harness/workflow';
import { runCliCommand, runScript } from './harness/cli-command';
import { seedDemo } from '../src/seed/demo';
import { COUNTERS_TABLE } from '../src/plugins/editorial-workflow/server/src/stats/counters';
import { ARTICLE, OPINION_REPORT, TRANSITION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const sha256 = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex');

/**
 * The tables the product owns: every table of the newsroom's content types (api::), of the
 * workflow plugin and of the media library (plugin::upload), their link tables, and the plugin's
 * and the public API's tables of their own (counters, search index).
 */
function productTables(strapi: Core.Strapi): string[] {
  const tables = new Set<string>([COUNTERS_TABLE, 'public_article_search']);
  for (const [uid, meta] of strapi.db.metadata as unknown as Map<string, { tableName: string; attributes: Record<string, { joinTable?: { name: string } }> }>) {
    if (!/^(api::|plugin::editorial-workflow\.|plugin::upload\.)/.test(uid)) continue;
    tables.add(meta.tableName);
    for (const attribute of Object.values(meta.attributes)) if (attribute.joinTable?.name) tables.add(attribute.joinTable.name);
  }
  return [...tables].sort();
}

/** A connection of its own to a database, without Strapi (a booting Strapi would write to it). */
function connect(database: { kind: string; env: Record<string, string> }): Knex {
  return database.kind === 'postgres'
    ? knexFactory({ client: 'pg', connection: database.env.DATABASE_URL, pool: { min: 0, max: 2 } })
    : knexFactory({ client: 'better-sqlite3', connection: { filename: database.env.DATABASE_FILENAME }, useNullAsDefault: true });
}

/** Row count and content hash of each table: rows in id order (or by every column), each as JSON. */
async function fingerprint(knex: Knex, tables: string[]): Promise<Record<string, { rows: number; sha256: string }>> {
  const out: Record<string, { rows: number; sha256: string }> = {};
  for (const table of tables) {
    if (!(await knex.schema.hasTable(table))) continue;
    const columns = Object.keys(await knex(table).columnInfo()).sort();
    const rows = await knex(table).select(columns).orderBy(columns.includes('id') ? ['id'] : columns);
    const text = rows.map((row: Record<string, unknown>) => JSON.stringify(columns.map((column) => (row[column] instanceof Date ? (row[column] as Date).toISOString() : row[column])))).join('\n');
    out[table] = { rows: rows.length, sha256: sha256(text) };
  }
  return out;
}

/** SHA-256 of every file under `dir`, by relative path. */
function fileHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
    if (!name.startsWith('.')) out[name] = sha256(fs.readFileSync(path.join(dir, name)));
  }
  return out;
}

describe(`backup and restore drill (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  let app: TestApp;
  const baseUrl = process.env.DATABASE_URL || '';
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-drill-'));
  const source = { publicDir: path.join(work, 'source-public'), uploads: path.join(work, 'source-public', 'uploads') };
  const target = { publicDir: path.join(work, 'target-public'), uploads: path.join(work, 'target-public', 'uploads') };
  const backupDir = path.join(work, 'backup');
  const extraDatabases: FreshDatabase[] = [];
  let sourceDb: { kind: string; env: Record<string, string> };
  let tables: string[];
  let before: Awaited<ReturnType<typeof fingerprint>>;
  let filesBefore: Record<string, string>;

  /** The environment of a command run against `database` and `publicDir`. */
  const envOf = (database: { env: Record<string, string> }, publicDir: string) => ({ DATABASE_FILENAME: '', ...database.env, PUBLIC_DIR: publicDir });

  beforeAll(async () => {
    fs.mkdirSync(source.uploads, { recursive: true });
    process.env.PUBLIC_DIR = source.publicDir;
    app = await startStrapi();
    sourceDb = { kind: baseUrl ? 'postgres' : 'sqlite', env: baseUrl ? { DATABASE_URL: process.env.DATABASE_URL! } : { DATABASE_URL: '', DATABASE_FILENAME: process.env.DATABASE_FILENAME! } };
    // 1. the demo; 2. transitions, uploads and a report on top of it.
    await seedDemo(app.strapi);
    const desk = await codeDesk(app.strapi);
    const unit = await app.strapi.db.query(UNIT).findOne({ where: { code: 'SGD-VP' }, select: ['documentId'] });
    for (const title of ['Tin sao lưu thứ nhất', 'Tin sao lưu thứ hai']) {
      const { documentId } = await app.strapi.documents(ARTICLE).create({ data: { title, kind: 'news', unit: unit.documentId } as never });
      await desk.publish(documentId);
    }
    const token = await createSuperAdmin(app, 'saoluu@test.local');
    await uploadPhoto(app, token, 'le-khai-giang.jpg', { width: 1600, height: 900 });
    await uploadPhoto(app, token, 'hoi-thao.jpg', { width: 800, height: 600 });
    // This month in Vietnam time: a report about a month not yet begun is refused (the report rules).
    const period = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
    const reported = new Set((await app.strapi.db.query(OPINION_REPORT).findMany({ where: { period }, populate: ['unit'] })).map((r: { unit?: { code: string } }) => r.unit?.code));
    const reportUnit = await app.strapi.db.query(UNIT).findOne({ where: { kind: 'commune-culture', code: { $notIn: [...reported].filter(Boolean) } }, select: ['documentId'] });
    await app.strapi.documents(OPINION_REPORT).create({ data: { unit: reportUnit.documentId, period, concerns: 'Phụ huynh quan tâm học phí', handling: 'Đã trả lời trên trang' } as never });
    tables = productTables(app.strapi);
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
    for (const database of extraDatabases) await database.drop();
    delete process.env.PUBLIC_DIR;
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('backs up while the app runs, wipes, restores into an empty database and folder, and everything the product owns comes back identical', async () => {
    const sourceKnex = connect(sourceDb);
    try {
      before = await fingerprint(sourceKnex, tables);
    } finally {
      await sourceKnex.destroy();
    }
    filesBefore = fileHashes(source.uploads);
    expect(Object.keys(filesBefore).length).toBeGreaterThanOrEqual(4); // two photos, each with its formats
    expect(before[app.strapi.db.metadata.get(TRANSITION as never).tableName].rows).toBeGreaterThan(50);

    // 3. back up (the app still running).
    const backup = await runScript('backup.js', ['--out', backupDir], envOf(sourceDb, source.publicDir));
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    // eslint-disable-next-line no-console
    console.info(`backup of the demo data (${sourceDb.kind}): ${backup.stdout.split('\n').find((line) => line.startsWith('Đã sao lưu'))}`);
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'));
    expect(manifest.database.file).toBe(sourceDb.kind === 'postgres' ? 'database.dump' : 'database.sqlite');
    expect(manifest.uploads.files.map((file: { path: string }) => file.path).sort()).toEqual(Object.keys(filesBefore));
    for (const file of manifest.uploads.files) expect(file.sha256).toBe(filesBefore[file.path]);
    expect(fs.readFileSync(path.join(backupDir, 'SHA256SUMS'), 'utf8')).toContain(`${manifest.database.sha256}  ${manifest.database.file}`);

    // 4. wipe: a new empty database and an empty uploads folder; 5. restore.
    const restored = await freshDatabase({ prefix: 'newsroom_restore', postgresUrl: baseUrl });
    extraDatabases.push(restored);
    fs.mkdirSync(target.uploads, { recursive: true });
    const restore = await runScript('restore.js', [backupDir], envOf(restored, target.publicDir));
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/Đã khôi phục bản sao lưu lúc .* \(giờ Việt Nam\)/);

    // 6. the same rows and content in every table the product owns, the same files.
    const restoredKnex = connect(restored);
    try {
      const after = await fingerprint(restoredKnex, tables);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      expect(after).toEqual(before);
    } finally {
      await restoredKnex.destroy();
    }
    expect(fileHashes(target.uploads)).toEqual(filesBefore);

    // The history one row per version, the counters against a recount, files against rows: check:integrity on the restored data.
    const check = await runCliCommand('check-integrity', [], envOf(restored, target.publicDir));
    expect(check.stdout).toMatch(/Toàn vẹn dữ liệu: không có vi phạm\./);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/ĐẠT\s+Lịch sử quy trình: mỗi phiên bản đúng một dòng: đã kiểm tra [1-9]\d*, vi phạm 0/);
    expect(check.stdout).toMatch(/ĐẠT\s+Bộ đếm chỉ tiêu bằng kết quả đếm lại: đã kiểm tra [1-9]\d*, vi phạm 0/);

    // A non-empty target is refused, nothing changed; --force empties it and restores again.
    const refused = await runScript('restore.js', [backupDir], envOf(restored, target.publicDir));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/Từ chối khôi phục: nơi khôi phục chưa trống .*--force/);
    const forced = await runScript('restore.js', [backupDir, '--force'], envOf(restored, target.publicDir));
    expect(forced.code).toBe(0);
    expect(fileHashes(target.uploads)).toEqual(filesBefore);
  }, 300_000);

  it('verifies the checksums first: a damaged backup is refused and the empty target stays empty', async () => {
    const damaged = path.join(work, 'damaged');
    fs.cpSync(backupDir, damaged, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(damaged, 'manifest.json'), 'utf8'));
    const victim = path.join(damaged, 'uploads', manifest.uploads.files[0].path);
    fs.appendFileSync(victim, 'x');
    const empty = await freshDatabase({ prefix: 'newsroom_restore', postgresUrl: baseUrl });
    extraDatabases.push(empty);
    const emptyPublic = path.join(work, 'empty-public');
    const run = await runScript('restore.js', [damaged], envOf(empty, emptyPublic));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`uploads/${manifest.uploads.files[0].path}: sai mã kiểm tra SHA-256`);
    const knex = connect(empty);
    try {
      expect(await knex.schema.hasTable('articles')).toBe(false);
    } finally {
      await knex.destroy();
    }
    expect(fs.existsSync(path.join(emptyPublic, 'uploads'))).toBe(false);
  }, 120_000);
});
