#!/usr/bin/env node
// npm run restore -- DIR [--force]: checks every SHA-256 of the backup, then restores it into an empty
// database and uploads folder, or with S3_BUCKET an empty bucket (refuses a non-empty one unless --force). Stop the app first.
const path = require('path');
const { loadBackupModule, loadDotEnv } = require('./backup');

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const rest = args.filter((arg) => arg !== '--force');
  if (rest.length !== 1 || rest[0].startsWith('--')) {
    console.error('Cách dùng: npm run restore -- THƯ_MỤC_SAO_LƯU [--force]');
    return 2;
  }
  loadDotEnv();
  const backup = await loadBackupModule();
  const target = backup.dataTargetFromEnv(process.env);
  const dir = path.resolve(process.env.INIT_CWD || process.cwd(), rest[0]);
  try {
    const result = await backup.restoreBackup(target, dir, { force, log: (line) => console.log(line) });
    console.log(
      `Đã khôi phục bản sao lưu lúc ${result.manifest.createdAtVietnam} (giờ Việt Nam) trong ${result.seconds.toFixed(1)} giây: ` +
        `${result.tables} bảng, ${result.files} tệp. Chạy npm run check:integrity để kiểm tra.`
    );
    return 0;
  } catch (error) {
    if (error instanceof backup.RestoreRefused) {
      console.error(`Từ chối khôi phục: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Khôi phục thất bại: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
);
