import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { REPORT_FORMATS, type ReportFormat } from '../../../shared/contracts/reports';
import { getService } from '../get-service';
import { parseReportPeriod, PERIOD_EXAMPLES } from './period';
import { PdfUnavailable } from './pdf';

const USAGE =
  'Cách dùng: npm run report -- --month 2026-11 | --quarter 2026-Q4 | --semester 2025-2026-HK1 | --school-year 2025-2026 [--out THƯ_MỤC] [--format docx|pdf]';

const KIND_FLAGS: Record<string, (value: string) => string> = {
  '--month': (value) => value,
  '--quarter': (value) => value,
  '--semester': (value) => value,
  '--school-year': (value) => value,
  '--period': (value) => value,
};

/**
 * `npm run report -- --month 2026-11`: the report of a period for the whole province (an operator's
 * command), written as .docx and .pdf into `--out` (./bao-cao by default); prints where. Exit 2 on
 * bad arguments, 1 when a file could not be made (the PDF without Chromium: the Word file is still written).
 */
export async function reportCommand(strapi: Core.Strapi, args: string[], log: (line: string) => void): Promise<number> {
  let key: string | undefined;
  let out = 'bao-cao';
  let formats: ReportFormat[] = [...REPORT_FORMATS];
  for (let i = 0; i < args.length; i += 1) {
    const [flag, inline] = args[i].split('=', 2);
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith('--')) {
      log(`Thiếu giá trị sau ${flag}.\n${USAGE}`);
      return 2;
    }
    if (KIND_FLAGS[flag]) {
      if (key) {
        log(`Chỉ chọn một kỳ báo cáo.\n${USAGE}`);
        return 2;
      }
      key = KIND_FLAGS[flag](value);
    } else if (flag === '--out') out = value;
    else if (flag === '--format') {
      if (!REPORT_FORMATS.includes(value as ReportFormat)) {
        log(`Định dạng "${value}" không hợp lệ: docx hoặc pdf.`);
        return 2;
      }
      formats = [value as ReportFormat];
    } else {
      log(`Tham số không rõ: ${flag}.\n${USAGE}`);
      return 2;
    }
  }
  if (!key) {
    log(`${USAGE}\nKỳ báo cáo: ${PERIOD_EXAMPLES}.`);
    return 2;
  }
  let period;
  try {
    period = parseReportPeriod(key);
  } catch (error) {
    log((error as Error).message);
    return 2;
  }
  const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), out);
  fs.mkdirSync(dir, { recursive: true });
  let code = 0;
  for (const format of formats) {
    try {
      const file = await getService(strapi, 'reports').file({ all: true }, period, format);
      const target = path.join(dir, file.fileName);
      fs.writeFileSync(target, file.body);
      log(`Đã ghi báo cáo ${period.label} (${format}): ${target}`);
    } catch (error) {
      if (!(error instanceof PdfUnavailable)) throw error;
      log(error.message);
      code = 1;
    }
  }
  return code;
}
