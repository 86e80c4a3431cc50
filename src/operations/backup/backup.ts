import fs from 'node:fs';
import path from 'node:path';
import { dumpDatabase } from './database';
import { copyFile, namedFiles } from './uploads';
import { backupObjects, objectRel } from './objects';
import { PRIVATE_PREFIX } from '../../media/storage/object-keys';
import { MANIFEST, SUMS, sha256File, type BackupManifest } from './checksums';
import { PROJECT_ROOT, type DataTarget } from './target';

export interface BackupResult {
  dir: string;
  manifest: BackupManifest;
  seconds: number;
  bytes: number;
}

const vietnamTime = (date: Date) => date.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false });

/** `backups/2026-12-02_08-30-05` in Vietnam time: sorts by time, readable by the people of the Sở. */
export function defaultBackupDir(now = new Date()): string {
  const vn = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 19).replace('T', '_').replace(/:/g, '-');
  return path.join(PROJECT_ROOT, 'backups', vn);
}

function appVersions(): BackupManifest['app'] {
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string> };
  return { name: pkg.name, version: pkg.version, strapi: pkg.dependencies['@strapi/strapi'] };
}

/**
 * Writes a backup into `dir` (new or empty): the database snapshot first, then the uploads its file
 * rows name, each copied with its SHA-256 (with object storage: every object of the bucket's
 * `private/` and `public/`, listed after the snapshot so every object a row names is there), then
 * `manifest.json` and `SHA256SUMS`. The folder is complete when the manifest is there: it is written last, so a backup cut short is recognisable.
 */
export async function createBackup(target: DataTarget, dir: string, log: (line: string) => void = () => undefined): Promise<BackupResult> {
  const started = Date.now();
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) throw new Error(`thư mục sao lưu ${dir} đã có dữ liệu; hãy chọn thư mục mới hoặc trống`);
  fs.mkdirSync(dir, { recursive: true });

  const db = target.database;
  const dbFile = db.kind === 'postgres' ? 'database.dump' : 'database.sqlite';
  log(`Sao lưu cơ sở dữ liệu (${db.label})…`);
  const takenAt = new Date();
  const facts = await dumpDatabase(db, path.join(dir, dbFile));
  const dbBytes = fs.statSync(path.join(dir, dbFile)).size;
  log(`  ${Object.keys(facts.tables).length} bảng, ${dbBytes} byte`);

  const { local, elsewhere } = namedFiles(facts.files);
  const files: BackupManifest['uploads']['files'] = [];
  const missing: string[] = [];
  let objects: BackupManifest['objects'];
  if (target.objectStorage) {
    // The rows keep their `/uploads/<name>` URLs while the bytes are `private/<name>` in the bucket.
    objects = await backupObjects(target.objectStorage, dir, log);
    const stored = new Set(objects.files.map((file) => file.key));
    for (const rel of [...local].sort()) if (!stored.has(PRIVATE_PREFIX + rel)) missing.push(rel);
    log(`  ${objects.files.length} đối tượng, ${objects.bytes} byte`);
    if (missing.length > 0) log(`  Cảnh báo: ${missing.length} tệp có trong thư viện nhưng không có trong bucket (ghi trong manifest)`);
  } else {
    log(`Sao lưu tệp tải lên (${target.uploadsDir}): ${local.size} tệp theo thư viện…`);
    for (const rel of [...local].sort()) {
      const from = path.join(target.uploadsDir, rel);
      if (!fs.existsSync(from)) {
        missing.push(rel);
        continue;
      }
      const to = path.join(dir, 'uploads', rel);
      copyFile(from, to);
      files.push({ path: rel, bytes: fs.statSync(to).size, sha256: await sha256File(to) });
    }
    if (missing.length > 0) log(`  Cảnh báo: ${missing.length} tệp có trong thư viện nhưng không có trên đĩa (ghi trong manifest)`);
  }
  for (const [provider, count] of Object.entries(elsewhere)) log(`  ${count} tệp lưu ở "${provider}" không nằm trong bản sao lưu này`);

  const manifest: BackupManifest = {
    format: 'sgddt-newsroom-backup',
    formatVersion: 1,
    createdAt: takenAt.toISOString(),
    createdAtVietnam: vietnamTime(takenAt),
    app: appVersions(),
    database: { kind: db.kind, file: dbFile, bytes: dbBytes, sha256: await sha256File(path.join(dir, dbFile)), tables: facts.tables },
    uploads: { files, bytes: files.reduce((sum, file) => sum + file.bytes, 0), elsewhere, missing },
    ...(objects ? { objects } : {}),
  };
  fs.writeFileSync(path.join(dir, SUMS), [`${manifest.database.sha256}  ${dbFile}`, ...files.map((file) => `${file.sha256}  uploads/${file.path}`), ...(objects?.files ?? []).map((file) => `${file.sha256}  ${objectRel(file.key)}`)].join('\n') + '\n');
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  const bytes = dbBytes + manifest.uploads.bytes + (objects?.bytes ?? 0);
  return { dir, manifest, seconds: (Date.now() - started) / 1000, bytes };
}
