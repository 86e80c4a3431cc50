import crypto from 'node:crypto';
import fs from 'node:fs';

/** SHA-256 of a file's bytes, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** What a backup folder holds, written last (manifest.json), with `SHA256SUMS` beside it for `sha256sum -c`. */
export interface BackupManifest {
  format: 'sgddt-newsroom-backup';
  formatVersion: 1;
  /** When the database snapshot was taken (ISO), and the same in Vietnam time for people. */
  createdAt: string;
  createdAtVietnam: string;
  app: { name: string; version: string; strapi: string };
  database: {
    kind: 'postgres' | 'sqlite';
    /** `database.dump` (pg_dump custom format) or `database.sqlite` (SQLite online backup). */
    file: string;
    bytes: number;
    sha256: string;
    /** Rows of every table in the snapshot: checked again after a restore. */
    tables: Record<string, number>;
  };
  uploads: {
    /** Files under `uploads/`, as the local provider names them. */
    files: Array<{ path: string; bytes: number; sha256: string }>;
    bytes: number;
    /** Rows of another upload provider, counted by provider: their bytes are not in this backup. */
    elsewhere: Record<string, number>;
    /** Files a row names that were not on the disk when the backup was taken. */
    missing: string[];
  };
  /**
   * With object storage (S3_BUCKET): every object under the bucket's `private/` and `public/`, as
   * `objects/<key>` in the folder, with the headers it is served with. Absent for a local-disk backup.
   */
  objects?: {
    bucket: string;
    files: Array<{ key: string; bytes: number; sha256: string; contentType?: string; cacheControl?: string }>;
    bytes: number;
  };
}

export const MANIFEST = 'manifest.json';
export const SUMS = 'SHA256SUMS';
