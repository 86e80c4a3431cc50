import fs from 'node:fs';
import path from 'node:path';
import type { StoredFileRow } from './database';

/** Every file under `dir` (relative, forward slashes), dot-files left out. */
export function filesUnder(dir: string): string[] {
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

/** The local files a row names (`/uploads/<name>` of the original and each format), and the rows kept elsewhere by provider. */
export function namedFiles(rows: StoredFileRow[]): { local: Set<string>; elsewhere: Record<string, number> } {
  const local = new Set<string>();
  const elsewhere: Record<string, number> = {};
  for (const row of rows) {
    if (row.provider && row.provider !== 'local') {
      elsewhere[row.provider] = (elsewhere[row.provider] ?? 0) + 1;
      continue;
    }
    const formats = (typeof row.formats === 'string' ? JSON.parse(row.formats) : row.formats) as Record<string, { url?: string }> | null;
    for (const url of [row.url, ...Object.values(formats ?? {}).map((format) => format?.url)]) {
      if (typeof url !== 'string' || !url.startsWith('/uploads/')) continue;
      local.add(decodeURIComponent(url.slice('/uploads/'.length).split(/[?#]/)[0]));
    }
  }
  return { local, elsewhere };
}

/**
 * A copy of its own (a reflink where the disk offers one): never a hard link, because a replace
 * rewrites an upload in place and would change the backup's bytes too.
 */
export function copyFile(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to, fs.constants.COPYFILE_FICLONE);
}
