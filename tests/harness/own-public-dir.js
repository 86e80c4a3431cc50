// Jest setup (setupFilesAfterEnv of the integration project): each suite file gets a public folder
// of its own (PUBLIC_DIR, which config/server.ts reads), so the suites can run side by side, in
// several workers or with SQLite and PostgreSQL at once (.ci/run): one suite's uploads are never
// removed, counted or served by another, and a developer's own public/uploads is left alone.
// A suite that sets PUBLIC_DIR itself (integrity, backup drills) overrides this one.
const fs = require('fs');
const os = require('os');
const path = require('path');

const repoPublic = path.resolve(__dirname, '..', '..', 'public');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-public-'));
fs.mkdirSync(path.join(dir, 'uploads'));
for (const name of fs.readdirSync(repoPublic)) {
  const from = path.join(repoPublic, name);
  if (fs.statSync(from).isFile()) fs.copyFileSync(from, path.join(dir, name)); // robots.txt
}
process.env.PUBLIC_DIR = dir;

// Registered before the suite's own hooks, so it runs before its afterAll stops the app: nothing
// writes there any more by then, and a file still open is removed on Linux all the same.
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
