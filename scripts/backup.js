#!/usr/bin/env node
// npm run backup [-- --out DIR]: the database (pg_dump custom format, or SQLite's online backup) and
// the uploads (the local files, or with S3_BUCKET the bucket's private/ and public/ objects), with
// manifest.json and SHA256SUMS. Logic in src/operations/backup; Strapi is not booted.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');

/**
 * The compiled backup module (dist/src/operations/backup). Compiled first (as every command of
 * scripts/run.js is) when missing or older than its sources.
 */
async function loadBackupModule() {
  const distDir = path.join(root, 'dist', 'src', 'operations', 'backup');
  // The backup module and the bucket code it uses (src/media/storage).
  const stale = [path.join('operations', 'backup'), path.join('media', 'storage')].some((sub) =>
    fs.readdirSync(path.join(root, 'src', sub)).some((name) => {
      if (!name.endsWith('.ts')) return false;
      const compiled = path.join(root, 'dist', 'src', sub, name.replace(/\.ts$/, '.js'));
      return !fs.existsSync(compiled) || fs.statSync(compiled).mtimeMs < fs.statSync(path.join(root, 'src', sub, name)).mtimeMs;
    })
  );
  if (stale) {
    const { compileStrapi } = require('@strapi/strapi');
    await compileStrapi();
  }
  return require(distDir);
}

/** The settings of .env, as Strapi would read them (the environment wins). */
function loadDotEnv() {
  const file = path.join(root, '.env');
  if (fs.existsSync(file)) require('dotenv').config({ path: file });
}

async function main() {
  const args = process.argv.slice(2);
  let out;
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--out' && args[i + 1]) out = args[++i];
    else if (args[i].startsWith('--out=')) out = args[i].slice('--out='.length);
    else {
      console.error(`Tham số không rõ: ${args[i]}. Cách dùng: npm run backup [-- --out THƯ_MỤC]`);
      return 2;
    }
  }
  loadDotEnv();
  const backup = await loadBackupModule();
  const target = backup.dataTargetFromEnv(process.env);
  const dir = out ? path.resolve(process.env.INIT_CWD || process.cwd(), out) : backup.defaultBackupDir();
  const result = await backup.createBackup(target, dir, (line) => console.log(line));
  const m = result.manifest;
  console.log(
    `Đã sao lưu vào ${result.dir} trong ${result.seconds.toFixed(1)} giây: cơ sở dữ liệu ${m.database.bytes} byte ` +
      `(${Object.keys(m.database.tables).length} bảng), ` +
      (m.objects ? `${m.objects.files.length} đối tượng của bucket "${m.objects.bucket}" ${m.objects.bytes} byte` : `${m.uploads.files.length} tệp ${m.uploads.bytes} byte`) +
      `; tổng ${result.bytes} byte.`
  );
  console.log(`Mã SHA-256 của từng tệp: ${path.join(result.dir, 'manifest.json')} và SHA256SUMS (kiểm tra: sha256sum -c SHA256SUMS).`);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`Sao lưu thất bại: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    }
  );
}

module.exports = { loadBackupModule, loadDotEnv };
