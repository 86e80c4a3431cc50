import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { PdfUnavailable } from './pdf';
import { reportPeriodOf } from './period';

/** An e-mail attachment, as nodemailer takes it. */
export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

const ACTION = /^periodic-report:(\d{4}-\d{2})$/;

/**
 * The files of a periodic report's e-mail (schedule.ts): the month named by the notification's
 * action, for the whole province (the e-mail goes to the leadership only), built at sending time so
 * a retry sends the same report. The Word file always; the PDF when this machine has Chromium.
 * Any other notification has none.
 */
export async function reportAttachmentsOf(strapi: Core.Strapi, action: string | null): Promise<MailAttachment[]> {
  const month = action ? ACTION.exec(action)?.[1] : undefined;
  const period = month ? reportPeriodOf(month) : null;
  if (!period) return [];
  const reports = getService(strapi, 'reports');
  const whole = { ...period, until: period.to };
  const files = [await reports.file({ all: true }, whole, 'docx')];
  try {
    files.push(await reports.file({ all: true }, whole, 'pdf'));
  } catch (error) {
    if (!(error instanceof PdfUnavailable)) throw error;
    strapi.log.warn(`[editorial-workflow] periodic report ${month}: no PDF attached (${error.message})`);
  }
  return files.map((file) => ({ filename: file.fileName, content: file.body, contentType: file.contentType }));
}
