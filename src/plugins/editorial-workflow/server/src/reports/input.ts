import { errors, yup } from '@strapi/utils';
import { REPORT_FORMATS, type ReportFormat, type ReportPeriod } from '../../../shared/contracts/reports';
import { UNKNOWN_PARAMETER, assertFlatQuery, parseWith, text } from '../validation/common';
import { PERIOD_EXAMPLES, parseReportPeriod } from './period';

/** The edge of the reports: a bad period or format is a 400 in Vietnamese, and nothing is read. */

const FORMAT_MESSAGE = `format phải là một trong: ${REPORT_FORMATS.join(', ')}.`;

const figuresSchema = yup
  .object({ period: text('period').max(20, `period quá dài. Ví dụ: ${PERIOD_EXAMPLES}.`) })
  .noUnknown(true, UNKNOWN_PARAMETER);

const fileSchema = yup
  .object({
    period: text('period').max(20, `period quá dài. Ví dụ: ${PERIOD_EXAMPLES}.`),
    format: text('format').required(`Thiếu định dạng (format): ${REPORT_FORMATS.join(' hoặc ')}.`).oneOf([...REPORT_FORMATS], FORMAT_MESSAGE),
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

export async function parseFiguresQuery(query: unknown, now = new Date()): Promise<{ period: ReportPeriod }> {
  const parsed = (await parseWith(figuresSchema)(assertFlatQuery(query))) as { period?: string };
  return { period: parseReportPeriod(parsed.period, now) };
}

export async function parseFileQuery(query: unknown, now = new Date()): Promise<{ period: ReportPeriod; format: ReportFormat }> {
  const parsed = (await parseWith(fileSchema)(assertFlatQuery(query))) as { period?: string; format?: string };
  if (!REPORT_FORMATS.includes(parsed.format as ReportFormat)) throw new errors.ValidationError(FORMAT_MESSAGE);
  return { period: parseReportPeriod(parsed.period, now), format: parsed.format as ReportFormat };
}
