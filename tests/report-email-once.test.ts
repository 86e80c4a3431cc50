import fs from 'fs';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import type { ChildProcess } from 'child_process';
import JSZip from 'jszip';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { startStrapi, type TestApp } from './harness/strapi';
import { freePort } from './harness/free-port';
import { SERVE, startReadyProcess, stopProcess } from './harness/app-process';
import { until, sleep } from './harness/until';
import { adminWithRole } from './harness/stats-fixture';
import { seedReference } from '../src/seed/reference';
import { REPORT_SEND_TIME } from '../src/plugins/editorial-workflow/shared/contracts/reports';
import { JOB_RUN, NOTIFICATION, REPORT_SETTING } from '../src/plugins/editorial-workflow/shared/uids';

const onPostgres = Boolean(process.env.DATABASE_URL);
const describeOnPostgres = onPostgres ? describe : describe.skip;
if (!onPostgres) {
  // eslint-disable-next-line no-console
  console.info('report-email-once: skipped on SQLite (one process only); run with DATABASE_URL to run the monthly report in two processes.');
}

const SHIFTED_CLOCK = path.join(__dirname, 'harness', 'shifted-clock.js');
const LEADERS = ['lanh-dao-1@test.local', 'lanh-dao-2@test.local'];
/** The send day held as data: not the default 3, so the test proves the setting is read. */
const SEND_DAY = 5;

type Mail = { to: string; subject: string; attachments: Array<{ filename: string; contentType: string; content: Buffer }> };

/** A local SMTP server that answers slowly (two sends of one e-mail would overlap) and keeps each message with its attachments. */
function slowMailbox() {
  const messages: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    size: 50 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        messages.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','),
          subject: mail.subject ?? '',
          attachments: mail.attachments.map((file) => ({ filename: file.filename ?? '', contentType: file.contentType, content: file.content })),
        });
        setTimeout(() => callback(), 300);
      }, callback);
    },
  });
  return {
    messages,
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The next send day at the send time (Vietnam), at least an hour ahead. */
function nextSendInstant(from: Date): Date {
  const offset = 7 * 3600_000;
  const local = new Date(from.getTime() + offset);
  for (let months = 0; ; months += 1) {
    const candidate = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + months, SEND_DAY, REPORT_SEND_TIME.hour, REPORT_SEND_TIME.minute) - offset);
    if (candidate.getTime() > from.getTime() + 3600_000) return candidate;
  }
}

/**
 * The monthly report's e-mail (reports/schedule.ts) with two app processes on PostgreSQL and real
 * cron: both clocks are moved to ten seconds before the send time on the send day held in the
 * settings; both processes fire the job. One run of last month's key, one notification per leader,
 * and each leader gets exactly one e-mail, with the Word and PDF reports attached.
 */
describeOnPostgres('the monthly report is e-mailed once with two processes (PostgreSQL, real cron)', () => {
  let app: TestApp;
  const mailbox = slowMailbox();
  const children: ChildProcess[] = [];
  const outputs: string[] = [];
  const clockFile = path.join(os.tmpdir(), `report-email-clock-${process.pid}`);
  const due = nextSendInstant(new Date());
  const dueLocal = new Date(due.getTime() + 7 * 3600_000);
  const reported = new Date(Date.UTC(dueLocal.getUTCFullYear(), dueLocal.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    await app.strapi.db.query(REPORT_SETTING).updateMany({ where: {}, data: { sendDay: SEND_DAY } });
    for (const email of LEADERS) await adminWithRole(app, email, 'newsroom-leader');

    const smtpPort = await mailbox.listen();
    const ports = [await freePort(), await freePort()];
    children.push(
      ...(await Promise.all(
        ports.map((port) =>
          startReadyProcess(SERVE, [], {
            env: {
              ...process.env,
              HOST: '127.0.0.1',
              PORT: String(port),
              PUBLIC_API_RATE_LIMIT: '0',
              STRAPI_DISABLE_CRON: 'false',
              CRON_ENABLED: 'true',
              NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${SHIFTED_CLOCK}`.trim(),
              TEST_CLOCK_FILE: clockFile,
              SMTP_HOST: '127.0.0.1',
              SMTP_PORT: String(smtpPort),
              SMTP_IGNORE_TLS: 'true',
              EMAIL_FROM: 'Tòa soạn <toasoan@sogd.test>',
              LOG_LEVEL: 'info',
            },
            timeoutMs: 150_000,
            label: `Strapi on port ${port}`,
          })
        )
      ))
    );
    for (const [i, child] of children.entries()) {
      outputs[i] = '';
      child.stdout?.on('data', (chunk) => (outputs[i] += chunk));
      child.stderr?.on('data', (chunk) => (outputs[i] += chunk));
    }
  }, 240_000);

  afterAll(async () => {
    await Promise.all(children.map((child) => stopProcess(child)));
    await mailbox.close();
    await app?.stop();
    fs.rmSync(clockFile, { force: true });
  });

  it('runs last month’s report once and sends each leader one e-mail with the .docx and the .pdf', async () => {
    fs.writeFileSync(clockFile, String(due.getTime() - (Date.now() + 10_000)));
    for (const child of children) child.kill('SIGUSR2');
    await until(() => outputs.every((output) => output.includes('clock shifted')), 'the two processes to move their clocks');

    const runKey = `periodic-report:${reported}`;
    const run = await until(() => app.strapi.db.query(JOB_RUN).findOne({ where: { runKey, finishedAt: { $notNull: true } } }), 'the report run', {
      timeoutMs: 60_000,
      intervalMs: 250,
    });
    expect(run.notified).toBe(LEADERS.length);
    await until(() => mailbox.messages.length >= LEADERS.length, `${LEADERS.length} e-mails`, { timeoutMs: 90_000, intervalMs: 250 });
    // Long enough for a second sending (the files are made at sending time: a few seconds with the PDF).
    await sleep(8_000);

    expect(await app.strapi.db.query(JOB_RUN).count({ where: { job: 'periodic-report' } })).toBe(1);
    const notices: Array<{ emailTo: string; emailStatus: string }> = await app.strapi.db.query(NOTIFICATION).findMany({ where: { action: runKey } });
    expect(notices.map((row) => row.emailTo).sort()).toEqual(LEADERS);
    expect(notices.every((row) => row.emailStatus === 'sent')).toBe(true);

    expect(mailbox.messages.map((mail) => mail.to).sort()).toEqual(LEADERS);
    const [year, month] = reported.split('-').map(Number);
    for (const mail of mailbox.messages) {
      expect(mail.subject).toBe(`Báo cáo kết quả thông tin, tuyên truyền tháng ${month} năm ${year}`);
      expect(mail.attachments.map((file) => file.filename).sort()).toEqual([`bao-cao-thang_${reported}.docx`, `bao-cao-thang_${reported}.pdf`]);
      const docx = mail.attachments.find((file) => file.filename.endsWith('.docx'))!;
      const xml = await (await JSZip.loadAsync(docx.content)).file('word/document.xml')!.async('string');
      expect(xml).toContain('SỞ GIÁO DỤC VÀ ĐÀO TẠO');
      expect(xml).toContain(`Kết quả thông tin, tuyên truyền tháng ${month} năm ${year}`);
      const pdf = mail.attachments.find((file) => file.filename.endsWith('.pdf'))!;
      expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
    }
  }, 180_000);
});
