import type { AddressInfo } from 'net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface SlowMail {
  /** The envelope's recipients, comma-joined. */
  to: string;
  subject: string;
  text: string;
  /** Kept only with `keepAttachments` (else empty): the files are large. */
  attachments: Array<{ filename: string; contentType: string; content: Buffer }>;
}

/**
 * A local SMTP server that answers each message only after `delayMs`, so that two processes sending
 * one e-mail would overlap and both be seen: for the suites that run the cron jobs in several app
 * processes (jobs-once, report-email-once). It keeps the envelope recipients, subject and text of
 * each message, and its attachments when asked.
 */
export function slowMailbox({ delayMs = 300, keepAttachments = false }: { delayMs?: number; keepAttachments?: boolean } = {}) {
  const messages: SlowMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // The monthly report's Word and PDF files ride along.
    size: 50 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        messages.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','),
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          attachments: keepAttachments
            ? mail.attachments.map((file) => ({ filename: file.filename ?? '', contentType: file.contentType, content: file.content }))
            : [],
        });
        setTimeout(() => callback(), delayMs);
      }, callback);
    },
  });
  return {
    messages,
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
