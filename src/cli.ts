import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { seedReference } from './seed/reference';
import { assertNotProduction, seedDemo } from './seed/demo';
import { importUnits, UNIT_COLUMNS } from './import/units';
import { PEOPLE_IMPORT_COLUMNS, type PeopleImportReport } from './plugins/editorial-workflow/shared/contracts/network-import';
import { getService } from './plugins/editorial-workflow/server/src/get-service';
import { formatIntegrityReport, runIntegrityChecks } from './operations/integrity';
import { reportCommand } from './plugins/editorial-workflow/server/src/reports/cli';

/** The commands of `scripts/run.js` (npm run seed, seed:demo, import:units, import:people), run in a booted Strapi. Returns the exit code. */
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
    case 'import-people':
      return importPeopleCommand(strapi, args, log);
    case 'check-integrity': {
      const report = await runIntegrityChecks(strapi);
      for (const line of formatIntegrityReport(report)) log(line);
      return report.violations === 0 ? 0 : 1;
    }
    case 'report':
      return reportCommand(strapi, args, log);
    default:
      log(`Lệnh không rõ: ${command ?? '(trống)'}. Dùng: seed | seed-demo | import-units FILE.csv | import-people FILE.csv [--dry-run] | check-integrity | report --month YYYY-MM`);
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

/** Lines between two progress lines of `import:people` (it reports after each batch it writes). */
const PEOPLE_PROGRESS_EVERY = 100;

async function importPeopleCommand(strapi: Core.Strapi, args: string[], log: (line: string) => void): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const [file, ...rest] = args.filter((arg) => arg !== '--dry-run');
  if (!file || rest.length > 0 || file.startsWith('--')) {
    log(`Cách dùng: npm run import:people -- FILE.csv [--dry-run]  (cột: ${PEOPLE_IMPORT_COLUMNS.join(', ')})`);
    return 2;
  }
  const fullPath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!fs.existsSync(fullPath)) {
    log(`Không tìm thấy tệp ${fullPath}`);
    return 2;
  }
  const text = fs.readFileSync(fullPath, 'utf8');
  log(`Nhập danh sách cán bộ từ ${fullPath}${dryRun ? ' (chạy thử: không ghi gì)' : ''}`);
  let shown = 0;
  const report = await getService(strapi, 'people-import').run(text, {
    dryRun,
    progress: (done, total) => {
      // A line each time a hundred more lines are done, and the last one if any was shown.
      if (Math.floor(done / PEOPLE_PROGRESS_EVERY) > Math.floor(shown / PEOPLE_PROGRESS_EVERY) || (done === total && shown > 0 && done > shown)) {
        shown = done;
        log(`  … ${done}/${total} dòng`);
      }
    },
  });
  printPeopleReport(report, log);
  return report.refused > 0 ? 1 : 0;
}

function printPeopleReport(report: PeopleImportReport, log: (line: string) => void): void {
  const would = report.dryRun ? 'sẽ ' : '';
  const t = report.totals;
  log(
    `Đã đọc ${report.lines} dòng trong ${report.seconds.toFixed(1)} giây: ${report.created} dòng ${would}tạo tài khoản, ` +
      `${report.updated} dòng ${would}cập nhật, ${report.unchanged} dòng không đổi, ${report.refused} dòng bị từ chối.`
  );
  log(
    `Tài khoản: ${t.accountsCreated} ${would}tạo mới (${t.invitations} thư mời), ${t.accountsUpdated} ${would}cập nhật. ` +
      `Thành viên đơn vị: ${t.membershipsGranted} ${would}cấp, ${t.membershipsEnded} ${would}kết thúc. ` +
      `Vai trò quản trị: ${t.adminRolesGranted} ${would}thêm, ${t.adminRolesRemoved} ${would}bỏ.`
  );
  if (report.dryRun) {
    if (report.changes.length > 0) log('Những thay đổi sẽ ghi:');
    for (const change of report.changes) log(`  dòng ${change.line} (${change.email}): ${change.changes.join('; ')}`);
  }
  if (report.refused > 0) log('Các dòng bị từ chối (không ghi gì của các dòng này):');
  for (const refused of report.refusedLines) log(`  dòng ${refused.line}${refused.email ? ` (${refused.email})` : ''}: ${refused.reasons.join('; ')}`);
  if (report.refused > 0 && !report.dryRun) log('Các dòng hợp lệ đã được lưu; sửa các dòng bị từ chối rồi chạy lại (chạy lại không tạo trùng).');
  if (!report.dryRun && report.totals.invitations > 0) log(`Đang gửi ${report.totals.invitations} thư mời qua hộp thư đi…`);
}
