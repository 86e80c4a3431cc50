import JSZip from 'jszip';
import { startStrapi, type TestApp } from './harness/strapi';
import { until, sleep } from './harness/until';
import { slowMailbox } from './harness/slow-mailbox';
import { startCronProcesses, type CronProcesses } from './harness/cron-processes';
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

const LEADERS = ['lanh-dao-1@test.local', 'lanh-dao-2@test.local'];
/** The send day held as data: not the default 3, so the test proves the setting is read. */
const SEND_DAY = 5;

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
 * cron: both clocks are moved to a few seconds before the send time on the send day held in the
 * settings; both processes fire the job. One run of last month's key, one notification per leader,
 * and each leader gets exactly one e-mail, with the Word and PDF reports attached.
 */
describeOnPostgres('the monthly report is e-mailed once with two processes (PostgreSQL, real cron)', () => {
  let app: TestApp;
  let processes: CronProcesses | undefined;
  const mailbox = slowMailbox({ keepAttachments: true });
  const due = nextSendInstant(new Date());
  const dueLocal = new Date(due.getTime() + 7 * 3600_000);
  const reported = new Date(Date.UTC(dueLocal.getUTCFullYear(), dueLocal.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    await app.strapi.db.query(REPORT_SETTING).updateMany({ where: {}, data: { sendDay: SEND_DAY } });
    for (const email of LEADERS) await adminWithRole(app, email, 'newsroom-leader');

    processes = await startCronProcesses({ count: 2, smtpPort: await mailbox.listen(), name: 'report-email' });
  }, 240_000);

  afterAll(async () => {
    await processes?.stop();
    await mailbox.close();
    await app?.stop();
  });

  it('runs last month’s report once and sends each leader one e-mail with the .docx and the .pdf', async () => {
    await processes!.shiftTo(due);

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
