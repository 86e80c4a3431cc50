import type { Core } from '@strapi/strapi';
import type { ReportFigures, ReportFormat, ReportPeriod } from '../../../shared/contracts/reports';
import type { StatsScope } from '../stats/scope';
import { gatherReportFigures } from './figures';
import { reportDocument } from './document';
import { toDocx } from './docx';
import { toHtml } from './html';
import { htmlToPdf } from './pdf';
import { loadReportSettings } from './settings';
import { sendMonthlyReport } from './schedule';

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface ReportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** The periodic reports: figures (figures.ts), one document model (document.ts), written as Word or PDF. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const figures = (scope: StatsScope, period: ReportPeriod, now = new Date()): Promise<ReportFigures> => gatherReportFigures(strapi, scope, period, now);

  async function file(scope: StatsScope, period: ReportPeriod, format: ReportFormat, now = new Date()): Promise<ReportFile> {
    const [read, settings] = await Promise.all([figures(scope, period, now), loadReportSettings(strapi)]);
    const doc = reportDocument(read, settings);
    const body = format === 'docx' ? await toDocx(doc) : await htmlToPdf(toHtml(doc));
    return { fileName: `${doc.fileName}.${format}`, contentType: REPORT_CONTENT_TYPES[format], body };
  }

  return {
    figures,
    file,
    /** The day's run of the monthly e-mail (cron, daily at REPORT_SEND_TIME, Vietnam time): on the send day only, once across processes. */
    sendMonthly: ({ now = new Date() }: { now?: Date } = {}) => sendMonthlyReport(strapi, now),
  };
};
