/**
 * Backup and restore (`npm run backup`, `npm run restore`): the database and the uploads, with a
 * manifest of SHA-256 checksums. Runs without booting Strapi: a restore goes into an empty database,
 * which a booting Strapi would fill with its schema.
 */
export { createBackup, defaultBackupDir, type BackupResult } from './backup';
export { restoreBackup, verifyBackup, RestoreRefused, type RestoreResult } from './restore';
export { dataTargetFromEnv, type DataTarget } from './target';
export type { BackupManifest } from './checksums';
