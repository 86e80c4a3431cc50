import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import knexFactory, { type Knex } from 'knex';
import { startStrapi, type TestApp } from './harness/strapi';
import { freshDatabase, type FreshDatabase } from './harness/fresh-database';
import { createSuperAdmin, createDraft } from './harness/http';
import { uploadPhoto } from './harness/media';
import { newsroomDesk, publishThroughWorkflow } from './harness/workflow';
import { runCliCommand, runScript } from './harness/cli-command';
import { seedReference } from '../src/seed/reference';
import { objectStorageConfigFromEnv, objectStore, type ObjectStore } from '../src/media/storage';
import { TOPIC, UNIT, UPLOAD_FILE } from '../src/plugins/editorial-workflow/shared/uids';

const { startS3 } = require('./harness/s3') as typeof import('./harness/s3');
const { until } = require('./harness/until') as typeof import('./harness/until');

type S3 = Awaited<ReturnType<typeof startS3>>;
type ObjectFacts = Record<string, { sha256: string; contentType?: string; cacheControl?: string }>;

/**
 * The AWS SDK's notice that its releases after January 2027 need Node 22 (the app runs on Node 20):
 * printed once per process by any command that opens the bucket; anything else on stderr fails.
 */
const withoutSdkNotice = (stderr: string) =>
  stderr.replace(/^\(node:\d+\) Warning: NodeVersionSupportWarning:[\s\S]*?\(Use `node --trace-warnings \.\.\.` to show where the warning was created\)\n/m, '');

const nameOf = (url: string) => url.replace(/^\/uploads\//, '').replace(/[?#].*$/, '');

/** Every object under `private/` and `public/`: its SHA-256 and the headers it is served with. */
async function objectFacts(store: ObjectStore): Promise<ObjectFacts> {
  const out: ObjectFacts = {};
  for (const prefix of ['private/', 'public/']) {
    for await (const { key } of store.list(prefix)) {
      const { body, contentType, cacheControl } = await store.get(key);
      const hash = crypto.createHash('sha256');
      for await (const chunk of body) hash.update(chunk as Buffer);
      out[key] = { sha256: hash.digest('hex'), contentType, cacheControl };
    }
  }
  return out;
}

/** Rows of every table, read without Strapi. */
async function rowCounts(database: { env: Record<string, string> }): Promise<Record<string, number>> {
  const knex: Knex = database.env.DATABASE_URL
    ? knexFactory({ client: 'pg', connection: database.env.DATABASE_URL, pool: { min: 0, max: 2 } })
    : knexFactory({ client: 'better-sqlite3', connection: { filename: database.env.DATABASE_FILENAME }, useNullAsDefault: true });
  try {
    const tables: string[] = database.env.DATABASE_URL
      ? (await knex.raw(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)).rows.map((r: { name: string }) => r.name)
      : (await knex.raw(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)).map((r: { name: string }) => r.name);
    const out: Record<string, number> = {};
    for (const table of tables.sort()) out[table] = Number((await knex(table).count({ n: '*' }))[0].n);
    return out;
  } finally {
    await knex.destroy();
  }
}

/**
 * Backup and restore with object storage (S3_BUCKET; local s3rvers started here): the backup holds
 * every object of the bucket's `private/` and `public/` with its checksum, the restore puts them
 * into a new empty bucket with their headers, and check:integrity, run against the restored copy,
 * passes, then names an object deleted from it (its bucket branch).
 */
describe(`backup and restore with object storage (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  let app: TestApp;
  let source: S3;
  let target: S3;
  let sourceStore: ObjectStore;
  let targetStore: ObjectStore;
  const baseUrl = process.env.DATABASE_URL || '';
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-s3-drill-'));
  const backupDir = path.join(work, 'backup');
  // No upload may land on a disk: the commands are given an empty public folder of their own.
  const publicDir = path.join(work, 'public');
  const extraDatabases: FreshDatabase[] = [];
  const envBefore: Record<string, string | undefined> = {};
  let sourceDb: { env: Record<string, string> };
  let privateFile: { url: string };
  let publishedFile: { url: string; formats: Record<string, { url: string }> };

  const envOf = (database: { env: Record<string, string> }, s3: S3) => ({ DATABASE_FILENAME: '', ...database.env, ...s3.env, PUBLIC_DIR: publicDir });

  beforeAll(async () => {
    [source, target] = await Promise.all([startS3(), startS3()]);
    for (const [key, value] of Object.entries(source.env)) {
      envBefore[key] = process.env[key];
      process.env[key] = value;
    }
    fs.mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
    app = await startStrapi();
    sourceDb = { env: baseUrl ? { DATABASE_URL: process.env.DATABASE_URL! } : { DATABASE_URL: '', DATABASE_FILENAME: process.env.DATABASE_FILENAME! } };
    sourceStore = objectStore(objectStorageConfigFromEnv(source.env)!);
    targetStore = objectStore(objectStorageConfigFromEnv(target.env)!);
    await seedReference(app.strapi);
    const root = await createSuperAdmin(app, 'saoluu-s3@test.local');
    const desk = await newsroomDesk(app, { authorUnit: 'SGD-VP', domain: 'backup-s3.test' });
    privateFile = await app.strapi.db.query(UPLOAD_FILE).findOne({ where: { id: await uploadPhoto(app, root, 'bien-ban-hop.jpg', { width: 900, height: 600 }) } });
    publishedFile = await app.strapi.db.query(UPLOAD_FILE).findOne({ where: { id: await uploadPhoto(app, desk.author, 'le-tong-ket.jpg', { width: 1200, height: 800 }) } });
    const office = await app.strapi.db.query(UNIT).findOne({ select: ['documentId'], where: { code: 'SGD-VP' } });
    const topic = await app.strapi.db.query(TOPIC).findOne({ select: ['documentId'], where: { code: 'III.2' } });
    const { documentId } = await createDraft(app, desk.author, { title: 'Lễ tổng kết năm học', unit: office.documentId, topic: topic.documentId, cover: (publishedFile as unknown as { id: number }).id });
    await publishThroughWorkflow(app, desk, documentId);
    await until(async () => sourceStore.exists(`public/${nameOf(publishedFile.url)}`), 'the public copy of the cover');
  }, 180_000);

  afterAll(async () => {
    sourceStore?.destroy();
    targetStore?.destroy();
    await app?.stop();
    for (const database of extraDatabases) await database.drop();
    await source?.stop();
    await target?.stop();
    for (const [key, value] of Object.entries(envBefore)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('backs up every object with its checksum, restores into a new empty bucket and database, and check:integrity passes there, then names a deleted object', async () => {
    await until(async () => {
      const facts = await objectFacts(sourceStore);
      return Object.values(publishedFile.formats).every((format) => facts[`public/${nameOf(format.url)}`] !== undefined);
    }, 'the public copies of every format');
    const objectsBefore = await objectFacts(sourceStore);
    expect(Object.keys(objectsBefore).filter((key) => key.startsWith('public/')).length).toBeGreaterThanOrEqual(4); // the cover and its formats
    expect(objectsBefore[`private/${nameOf(privateFile.url)}`]).toBeDefined();
    expect(objectsBefore[`public/${nameOf(privateFile.url)}`]).toBeUndefined();
    expect(objectsBefore[`public/${nameOf(publishedFile.url)}`].cacheControl).toMatch(/^public, max-age=\d+$/);
    const rowsBefore = await rowCounts(sourceDb);

    const backup = await runScript('backup.js', ['--out', backupDir], envOf(sourceDb, source));
    expect(withoutSdkNotice(backup.stderr)).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(new RegExp(`\\d+ đối tượng của bucket "${source.bucket}"`));
    // eslint-disable-next-line no-console
    console.info(`backup with object storage: ${backup.stdout.split('\n').find((line) => line.startsWith('Đã sao lưu'))}`);
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'));
    expect(manifest.uploads.files).toEqual([]);
    expect(manifest.uploads.missing).toEqual([]);
    expect(manifest.objects.files.map((file: { key: string }) => file.key).sort()).toEqual(Object.keys(objectsBefore).sort());
    for (const file of manifest.objects.files) {
      expect(file.sha256).toBe(objectsBefore[file.key].sha256);
      const copy = fs.readFileSync(path.join(backupDir, 'objects', file.key));
      expect(crypto.createHash('sha256').update(copy).digest('hex')).toBe(file.sha256);
    }
    const sums = fs.readFileSync(path.join(backupDir, 'SHA256SUMS'), 'utf8');
    expect(sums).toContain(`${objectsBefore[`public/${nameOf(publishedFile.url)}`].sha256}  objects/public/${nameOf(publishedFile.url)}`);

    // Wipe: a new empty database and a new empty bucket (another s3rver); restore.
    const restored = await freshDatabase({ prefix: 'newsroom_restore', postgresUrl: baseUrl });
    extraDatabases.push(restored);
    const restore = await runScript('restore.js', [backupDir], envOf(restored, target));
    expect(withoutSdkNotice(restore.stderr)).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(new RegExp(`Khôi phục ${manifest.objects.files.length} đối tượng vào bucket "${target.bucket}"`));

    // Every object with the same bytes and headers (Content-Type, the public copies' Cache-Control); the same rows.
    expect(await objectFacts(targetStore)).toEqual(objectsBefore);
    expect(await rowCounts(restored)).toEqual(rowsBefore);
    expect(fs.readdirSync(path.join(publicDir, 'uploads'))).toEqual([]);

    // check:integrity on the restored copy: its files check lists the restored bucket.
    const check = await runCliCommand('check-integrity', [], envOf(restored, target));
    expect(check.stdout).toMatch(new RegExp(`ĐẠT\\s+Tệp tải lên khớp với thư viện \\(bucket "${target.bucket}"\\): đã kiểm tra [1-9]\\d*, vi phạm 0`));
    expect(check.stdout).toMatch(/Toàn vẹn dữ liệu: không có vi phạm\./);
    expect(check.code).toBe(0);

    // A bucket that is not empty is refused (the database empty), nothing changed; --force empties and restores.
    const second = await freshDatabase({ prefix: 'newsroom_restore', postgresUrl: baseUrl });
    extraDatabases.push(second);
    const refused = await runScript('restore.js', [backupDir], envOf(second, target));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`Từ chối khôi phục: nơi khôi phục chưa trống .*bucket "${target.bucket}": ${manifest.objects.files.length} đối tượng.*--force`));
    expect(await rowCounts(second)).toEqual({});

    // One object gone from the restored bucket: check:integrity fails and names it.
    const victim = nameOf(privateFile.url);
    await targetStore.deleteKeys([`private/${victim}`]);
    const broken = await runCliCommand('check-integrity', [], envOf(restored, target));
    expect(broken.code).not.toBe(0);
    expect(broken.stdout).toContain(`thiếu tệp ${victim} trong bucket "${target.bucket}"`);

    // --force: the bucket emptied and the backup restored again, the object back.
    const forced = await runScript('restore.js', [backupDir, '--force'], envOf(restored, target));
    expect(withoutSdkNotice(forced.stderr)).toBe('');
    expect(forced.code).toBe(0);
    expect(await objectFacts(targetStore)).toEqual(objectsBefore);
  }, 300_000);

  it('verifies the objects\' checksums first: a damaged object refuses the restore and the bucket stays empty', async () => {
    const damaged = path.join(work, 'damaged');
    fs.cpSync(backupDir, damaged, { recursive: true });
    const victim = `private/${nameOf(publishedFile.url)}`;
    fs.appendFileSync(path.join(damaged, 'objects', victim), 'x');
    const empty = await freshDatabase({ prefix: 'newsroom_restore', postgresUrl: baseUrl });
    extraDatabases.push(empty);
    const third = await startS3();
    try {
      const run = await runScript('restore.js', [damaged], envOf(empty, third));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`objects/${victim}: sai mã kiểm tra SHA-256`);
      const store = objectStore(objectStorageConfigFromEnv(third.env)!);
      try {
        expect(await objectFacts(store)).toEqual({});
      } finally {
        store.destroy();
      }
      expect(await rowCounts(empty)).toEqual({});
    } finally {
      await third.stop();
    }
  }, 120_000);
});
