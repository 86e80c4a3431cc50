import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'net';

/**
 * A local SMTP server that keeps what it receives, for the suites that read e-mails back (the app
 * sends through nodemailer to SMTP_HOST/SMTP_PORT). `refuse(true)` makes it answer 451, as a mail
 * server down for maintenance does, so the outbox's retries can be seen.
 */
export function mailbox() {
  const messages: ParsedMail[] = [];
  /** The same messages with the envelope's recipients (a Bcc recipient is only there, not in the headers). */
  const received: Array<{ mail: ParsedMail; rcptTo: string[] }> = [];
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      if (refusing) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('451 Mail server is down for maintenance'), { responseCode: 451 })));
        return;
      }
      const rcptTo = session.envelope.rcptTo.map((to) => to.address.toLowerCase());
      simpleParser(stream).then((mail) => {
        messages.push(mail);
        received.push({ mail, rcptTo });
        callback();
      }, callback);
    },
  });
  return {
    messages,
    received,
    refuse: (value: boolean) => (refusing = value),
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Mailbox = ReturnType<typeof mailbox>;
