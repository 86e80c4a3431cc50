import path from 'node:path';
import { objectStorageConfigFromEnv, type ObjectStorageConfig } from '../../media/storage/config';

/** The project's root (src/operations/backup → three up, from src or from dist/src). */
export const PROJECT_ROOT = (() => {
  let dir = __dirname;
  for (let i = 0; i < 6; i += 1) {
    if (require('node:fs').existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
})();

/** Where the app keeps its data, read from the environment as config/database.ts and config/server.ts read it. */
export type DataTarget = {
  database:
    | { kind: 'postgres'; url: string; schema: string; label: string }
    | { kind: 'sqlite'; file: string; label: string };
  /** The local upload provider's folder: `<PUBLIC_DIR>/uploads`. */
  uploadsDir: string;
  /** The bucket uploads live in when S3_BUCKET is set (then the uploads folder is not used), else null. */
  objectStorage: ObjectStorageConfig | null;
};

export function dataTargetFromEnv(env: NodeJS.ProcessEnv = process.env): DataTarget {
  const publicDir = path.resolve(PROJECT_ROOT, env.PUBLIC_DIR || 'public');
  const uploadsDir = path.join(publicDir, 'uploads');
  const objectStorage = objectStorageConfigFromEnv(env);
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    const label = `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
    return { database: { kind: 'postgres', url: env.DATABASE_URL, schema: env.DATABASE_SCHEMA || 'public', label }, uploadsDir, objectStorage };
  }
  const filename = env.DATABASE_FILENAME || '.tmp/data.db';
  const file = path.isAbsolute(filename) ? filename : path.join(PROJECT_ROOT, filename);
  return { database: { kind: 'sqlite', file, label: `SQLite ${file}` }, uploadsDir, objectStorage };
}
