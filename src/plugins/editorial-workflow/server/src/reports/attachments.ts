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
/** The files of one month's e-mail are made once for all its recipients (one Chromium run, not one per leader). */
const MADE_FOR_MS = 10 * 60_000;
const made = new Map<string, { at: number; files: Promise<MailAttachment[]> }>();

/**
 * The files of a periodic report's e-mail (schedule.ts): the month named by the notification's
 * action, for the whole province (the e-mail goes to the leadership only), made when its first
 * e-mail leaves and shared by the others for ten minutes; a retry later makes them again. The Word
 * file always; the PDF when this machine has Chromium.
 * Any other notification has none.
 */
export async function reportAttachmentsOf(strapi: Core.Strapi, action: string | null): Promise<MailAttachment[]> {
  const month = action ? ACTION.exec(action)?.[1] : undefined;
  if (!month || !reportPeriodOf(month)) return [];
  const now = Date.now();
  for (const [key, entry] of made) if (now - entry.at > MADE_FOR_MS) made.delete(key);
  let entry = made.get(month);
  if (!entry) {
    entry = { at: now, files: makeFiles(strapi, month) };
    made.set(month, entry);
    // A failure is not kept: the retry makes the files again.
    entry.files.catch(() => made.delete(month));
  }
  return entry.files;
}

async function makeFiles(strapi: Core.Strapi, month: string): Promise<MailAttachment[]> {
  const period = reportPeriodOf(month)!;
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
