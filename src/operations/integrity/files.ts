import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { UPLOAD_FILE } from '../../plugins/editorial-workflow/shared/uids';
import { objectStorageOf, PRIVATE_PREFIX } from '../../media/storage';
import { LISTED_VIOLATIONS, type IntegrityCheck } from './types';

/** Where the local upload provider writes: `<public>/uploads` (PUBLIC_DIR moves `<public>`). */
export function uploadsDirOf(strapi: Core.Strapi): string {
  return path.join(strapi.dirs.static.public, 'uploads');
}

type FileRow = { id: number; url: string | null; provider: string | null; formats: Record<string, { url?: string }> | string | null };

/** The stored objects of one file row: its original and each format (thumbnail, WebP widths). */
export function storedUrlsOf(row: FileRow): string[] {
  const formats = typeof row.formats === 'string' ? (JSON.parse(row.formats) as FileRow['formats']) : row.formats;
  const urls = [row.url, ...Object.values((formats ?? {}) as Record<string, { url?: string }>).map((format) => format?.url)];
  return urls.filter((url): url is string => typeof url === 'string' && url.length > 0);
}

/** Every file under `dir`, as paths relative to it with forward slashes; dot-files (.gitkeep) left out. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** The file rows of the media library (every provider), read in pages. */
export async function fileRows(strapi: Core.Strapi): Promise<FileRow[]> {
  const rows: FileRow[] = [];
  for (let offset = 0; ; offset += 5000) {
    const page: FileRow[] = await strapi.db.query(UPLOAD_FILE).findMany({ select: ['id', 'url', 'provider', 'formats'], orderBy: { id: 'asc' }, offset, limit: 5000 });
    rows.push(...page);
    if (page.length < 5000) return rows;
  }
}

/**
 * No file without its row, no row without its file: each local row's original and formats exist
 * under the uploads folder, and each file there belongs to a row. Rows of another provider (object
 * storage through another provider) are counted in a note. With the bucket of src/media/storage,
 * its `private/` objects are compared instead of the disk.
 */
export async function checkFiles(strapi: Core.Strapi): Promise<IntegrityCheck> {
  const dir = uploadsDirOf(strapi);
  const rows = await fileRows(strapi);
  const expected = new Map<string, number>();
  const otherProviders = new Map<string, number>();
  for (const row of rows) {
    if (row.provider && row.provider !== 'local') {
      otherProviders.set(row.provider, (otherProviders.get(row.provider) ?? 0) + 1);
      continue;
    }
    for (const url of storedUrlsOf(row)) {
      const rel = url.replace(/^\/uploads\//, '').split(/[?#]/)[0];
      expected.set(decodeURIComponent(rel), row.id);
    }
  }
  // With object storage (S3_BUCKET), rows keep their `/uploads/<name>` URLs and the bytes live
  // in the bucket under `private/<name>` (src/media/storage): the bucket is listed instead of the disk.
  const storage = objectStorageOf(strapi);
  const onDisk = new Set<string>();
  if (storage) {
    for await (const { key } of storage.store.list(PRIVATE_PREFIX)) onDisk.add(key.slice(PRIVATE_PREFIX.length));
  } else {
    for (const rel of listFiles(dir)) onDisk.add(rel);
  }
  const where = storage ? `bucket "${storage.store.config.bucket}"` : '/uploads';
  const listed: string[] = [];
  let violations = 0;
  for (const [rel, id] of expected) {
    if (onDisk.has(rel)) continue;
    violations += 1;
    if (listed.length < LISTED_VIOLATIONS) listed.push(`tệp #${id}: có dòng nhưng thiếu tệp ${where === '/uploads' ? `/uploads/${rel}` : `${rel} trong ${where}`}`);
  }
  for (const rel of onDisk) {
    if (expected.has(rel)) continue;
    violations += 1;
    if (listed.length < LISTED_VIOLATIONS) listed.push(storage ? `đối tượng ${PRIVATE_PREFIX}${rel} trong ${where}: không có dòng nào trong thư viện` : `tệp /uploads/${rel}: có trên đĩa nhưng không có dòng nào trong thư viện`);
  }
  const notes = [...otherProviders].map(([provider, count]) => `${count} tệp lưu ở "${provider}" (không ở đĩa này), không kiểm tra ở đây`);
  return { name: 'files', label: `Tệp tải lên khớp với thư viện (${storage ? where : dir})`, checked: rows.length, violations, listed, notes };
}
