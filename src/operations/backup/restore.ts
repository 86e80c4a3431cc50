import fs from 'node:fs';
import path from 'node:path';
import { databaseTables, loadDatabase, wipeDatabase } from './database';
import { copyFile, filesUnder } from './uploads';
import { objectRel, objectsPresent, restoreObjects, wipeObjects } from './objects';
import { MANIFEST, sha256File, type BackupManifest } from './checksums';
import type { DataTarget } from './target';

/** A restore refused before anything was changed: the reason, and the exit code the command gives. */
export class RestoreRefused extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

/** Reads the manifest and checks every file's SHA-256 against it; throws RestoreRefused naming each bad file. */
export async function verifyBackup(dir: string): Promise<BackupManifest> {
  const manifestFile = path.join(dir, MANIFEST);
  if (!fs.existsSync(manifestFile)) throw new RestoreRefused(`không thấy ${MANIFEST} trong ${dir}: không phải bản sao lưu, hoặc bản sao lưu chưa hoàn tất`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest;
  if (manifest.format !== 'sgddt-newsroom-backup' || manifest.formatVersion !== 1) throw new RestoreRefused(`${MANIFEST} không đúng định dạng bản sao lưu của Tòa soạn`);
  const expected = [
    { rel: manifest.database.file, sha256: manifest.database.sha256 },
    ...manifest.uploads.files.map((file) => ({ rel: path.join('uploads', file.path), sha256: file.sha256 })),
    ...(manifest.objects?.files ?? []).map((file) => ({ rel: objectRel(file.key), sha256: file.sha256 })),
  ];
  const bad: string[] = [];
  for (const { rel, sha256 } of expected) {
    const file = path.join(dir, rel);
    if (!fs.existsSync(file)) bad.push(`${rel}: thiếu tệp`);
    else if ((await sha256File(file)) !== sha256) bad.push(`${rel}: sai mã kiểm tra SHA-256`);
  }
  if (bad.length > 0) throw new RestoreRefused(`bản sao lưu bị hỏng, không khôi phục gì:\n  ${bad.slice(0, 20).join('\n  ')}${bad.length > 20 ? `\n  … và ${bad.length - 20} tệp khác` : ''}`);
  return manifest;
}

export interface RestoreResult {
  manifest: BackupManifest;
  seconds: number;
  tables: number;
  files: number;
}

/**
 * Restores a backup into an empty database and an empty uploads folder (or, with S3_BUCKET, a bucket
 * with nothing under `private/` and `public/`): checksums first (nothing
 * is touched if one fails), then the emptiness of the target (refused unless `force`, which empties
 * it), then the database, the files, and the row count of every table checked against the manifest.
 * The app must be stopped meanwhile.
 */
export async function restoreBackup(target: DataTarget, dir: string, { force = false, log = (_line: string) => undefined } = {}): Promise<RestoreResult> {
  const started = Date.now();
  log(`Kiểm tra mã SHA-256 của bản sao lưu ${dir}…`);
  const manifest = await verifyBackup(dir);
  const db = target.database;
  if (manifest.database.kind !== db.kind) {
    throw new RestoreRefused(`bản sao lưu là của ${manifest.database.kind === 'postgres' ? 'PostgreSQL' : 'SQLite'}, nơi khôi phục là ${db.label}`);
  }
  const bucket = target.objectStorage;
  if (manifest.objects && !bucket) {
    throw new RestoreRefused(`bản sao lưu giữ các đối tượng của bucket "${manifest.objects.bucket}" nhưng nơi khôi phục chưa cấu hình lưu trữ đối tượng (S3_BUCKET và các biến S3_*)`);
  }
  if (!manifest.objects && bucket && manifest.uploads.files.length > 0) {
    throw new RestoreRefused(`bản sao lưu giữ tệp tải lên trên đĩa nhưng nơi khôi phục dùng bucket "${bucket.bucket}"; bỏ S3_BUCKET để khôi phục vào thư mục tệp`);
  }
  const tables = await databaseTables(db);
  const present = bucket ? [] : filesUnder(target.uploadsDir);
  const objects = bucket ? await objectsPresent(bucket) : [];
  if ((tables > 0 || present.length > 0 || objects.length > 0) && !force) {
    const where = bucket ? `bucket "${bucket.bucket}": ${objects.length} đối tượng` : `${target.uploadsDir}: ${present.length} tệp`;
    throw new RestoreRefused(
      `nơi khôi phục chưa trống (${db.label}: ${tables} bảng; ${where}). ` +
        `Khôi phục chỉ vào cơ sở dữ liệu và ${bucket ? 'bucket' : 'thư mục tệp'} trống; thêm --force để xoá hết dữ liệu hiện có rồi khôi phục.`
    );
  }
  if (tables > 0) {
    log(`--force: xoá dữ liệu hiện có của ${db.label}`);
    await wipeDatabase(db);
  }
  if (present.length > 0) {
    log(`--force: xoá ${present.length} tệp trong ${target.uploadsDir}`);
    for (const rel of present) fs.rmSync(path.join(target.uploadsDir, rel), { force: true });
  }
  if (bucket && objects.length > 0) {
    log(`--force: xoá ${objects.length} đối tượng trong bucket "${bucket.bucket}"`);
    await wipeObjects(bucket, objects);
  }

  log(`Khôi phục cơ sở dữ liệu vào ${db.label}…`);
  const facts = await loadDatabase(db, path.join(dir, manifest.database.file));
  const wrong = Object.entries(manifest.database.tables).filter(([table, rows]) => facts.tables[table] !== rows);
  if (wrong.length > 0) {
    throw new Error(`số dòng sau khôi phục khác bản sao lưu: ${wrong.map(([table, rows]) => `${table} ${facts.tables[table] ?? 'thiếu'}/${rows}`).join(', ')}`);
  }
  if (manifest.objects && bucket) {
    log(`Khôi phục ${manifest.objects.files.length} đối tượng vào bucket "${bucket.bucket}"…`);
    await restoreObjects(bucket, dir, manifest.objects.files, log);
  } else {
    log(`Khôi phục ${manifest.uploads.files.length} tệp vào ${target.uploadsDir}…`);
    fs.mkdirSync(target.uploadsDir, { recursive: true });
    for (const file of manifest.uploads.files) copyFile(path.join(dir, 'uploads', file.path), path.join(target.uploadsDir, file.path));
  }
  const files = manifest.uploads.files.length + (manifest.objects?.files.length ?? 0);
  return { manifest, seconds: (Date.now() - started) / 1000, tables: Object.keys(facts.tables).length, files };
}
