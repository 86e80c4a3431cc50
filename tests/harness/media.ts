import fs from 'fs';
import path from 'path';
import type { TestApp } from './strapi';
import { adminClient } from './admin-client';
import { photoWithGps } from '../fixtures/media/samples';

/**
 * Where the app's local upload provider writes files: `<PUBLIC_DIR>/uploads`, the suite's own folder
 * (own-public-dir.js), or public/uploads of the repository.
 */
export const UPLOADS = path.resolve(process.env.PUBLIC_DIR || path.resolve(__dirname, '..', '..', 'public'), 'uploads');

/** What the uploads folder holds now; `removeAdded()` deletes what a suite added since (whatever was there stays). */
export function uploadsSnapshot() {
  const before = new Set(fs.readdirSync(UPLOADS));
  return {
    removeAdded() {
      for (const name of fs.readdirSync(UPLOADS)) if (!before.has(name)) fs.rmSync(path.join(UPLOADS, name), { force: true });
    },
  };
}

/** Uploads a photo (a JPEG carrying GPS) to the media library as the holder of `token`; returns the file's id. */
export async function uploadPhoto(app: TestApp, token: string, filename: string, { width = 1200, height = 800 } = {}): Promise<number> {
  const bytes = await photoWithGps(width, height);
  const res = await adminClient(app.server, token).post('/upload').attach('files', bytes, { filename, contentType: 'image/jpeg' });
  if (res.status !== 201) throw new Error(`upload of ${filename} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body[0].id as number;
}
