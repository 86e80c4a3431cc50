import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { seedReference } from './seed/reference';
import { assertNotProduction, seedDemo } from './seed/demo';
import { importUnits, UNIT_COLUMNS } from './import/units';
import { formatIntegrityReport, runIntegrityChecks } from './operations/integrity';

/** The commands of `scripts/run.js` (npm run seed, seed:demo, import:units), run in a booted Strapi. Returns the exit code. */
export async function runCommand(strapi: Core.Strapi, command: string | undefined, args: string[]): Promise<number> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  switch (command) {
    case 'seed':
      log('Dữ liệu tham chiếu (đơn vị của Sở, chủ đề, chỉ tiêu, vai trò quản trị):');
      await seedReference(strapi, log);
      return 0;
    case 'seed-demo':
      assertNotProduction();
      log('Dữ liệu tham chiếu và dữ liệu mẫu:');
      await seedDemo(strapi, { password: process.env.DEMO_PASSWORD || undefined, log });
      return 0;
    case 'import-units':
      return importUnitsCommand(strapi, args[0], log);
    case 'check-integrity': {
      const report = await runIntegrityChecks(strapi);
      for (const line of formatIntegrityReport(report)) log(line);
      return report.violations === 0 ? 0 : 1;
    }
    default:
      log(`Lệnh không rõ: ${command ?? '(trống)'}. Dùng: seed | seed-demo | import-units FILE.csv | check-integrity`);
      return 2;
  }
}

async function importUnitsCommand(strapi: Core.Strapi, file: string | undefined, log: (line: string) => void): Promise<number> {
  if (!file) {
    log(`Cách dùng: npm run import:units -- FILE.csv  (cột: ${UNIT_COLUMNS.join(', ')})`);
    return 2;
  }
  const fullPath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!fs.existsSync(fullPath)) {
    log(`Không tìm thấy tệp ${fullPath}`);
    return 2;
  }
  const text = fs.readFileSync(fullPath, 'utf8');
  // One line per tenth, and only for files long enough to wait on.
  let shownTenths = 0;
  const report = await importUnits(strapi, text, (done, total) => {
    const tenths = total === 0 ? 10 : Math.floor((done * 10) / total);
    if (total >= 50 && tenths > shownTenths) {
      shownTenths = tenths;
      log(`  … ${done}/${total} dòng (${tenths * 10}%)`);
    }
  });
  log(
    `Đã đọc ${report.rows} dòng: ${report.created} đơn vị mới, ${report.updated} cập nhật, ` +
      `${report.unchanged} không đổi, ${report.errors.length} dòng lỗi.`
  );
  for (const error of report.errors) log(`  dòng ${error.line}: ${error.message}`);
  if (report.errors.length > 0) log('Các dòng hợp lệ đã được lưu; sửa các dòng lỗi rồi chạy lại (chạy lại không tạo trùng).');
  return report.errors.length > 0 ? 1 : 0;
}
