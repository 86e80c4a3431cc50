import { startStrapi, type TestApp } from './harness/strapi';
import { until, sleep } from './harness/until';
import { createAdminUser } from './harness/admin-client';
import { deskOfFour } from './harness/workflow';
import { adminWithRole } from './harness/stats-fixture';
import { slowMailbox } from './harness/slow-mailbox';
import { startCronProcesses, type CronProcesses } from './harness/cron-processes';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { runIntegrityChecks } from '../src/operations/integrity';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { vnDateOf, weekKeyOf } from '../src/plugins/editorial-workflow/shared/periods';
import { DEFAULT_RESPONSE_HOURS } from '../src/plugins/editorial-workflow/shared/contracts/concerns';
import { ARTICLE, CONCERN, CONCERN_ENTRY, ITEM_STATE, JOB_RUN, NOTIFICATION, TOPIC, TRANSITION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import type { WorkflowAction } from '../src/plugins/editorial-workflow/shared/state-machine';

const onPostgres = Boolean(process.env.DATABASE_URL);
const describeOnPostgres = onPostgres ? describe : describe.skip;
if (!onPostgres) {
  // eslint-disable-next-line no-console
  console.info('jobs-once: skipped on SQLite (one process only); run with DATABASE_URL to run the jobs in three processes.');
}

/** Scheduled items, and e-mails waiting for their retry, all due at the same instant. */
const SCHEDULED = 6;
const RETRIES = 5;
/** The leadership: told once of the overdue concern, however many processes run its job. */
const LEADERS = ['lanh-dao-1@test.local', 'lanh-dao-2@test.local'];
/** The overdue concern's response time ends this long before the due instant (its job fires every ten minutes, on the due instant too). */
const CONCERN_LATE_MS = 5 * 60_000;

/**
 * The due instant: a Friday at 08:00 in Vietnam (01:00 UTC), when the weekly reminder fires and the
 * minute jobs (scheduled publish, e-mail retry) fire too; on a day of the month when no other
 * reminder fires (not the 15th or 19th, not the month-end days 23–29), at least an hour ahead.
 * Minute 0: the ten-minute jobs (deadline alerts, overdue concerns) fire then too.
 */
function nextDueFriday(from: Date): Date {
  const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate(), 1, 0, 0));
  for (;;) {
    if (day.getUTCDay() === 5 && day.getTime() > from.getTime() + 3600_000 && day.getUTCDate() <= 20 && ![15, 19].includes(day.getUTCDate())) return day;
    day.setUTCDate(day.getUTCDate() + 1);
  }
}

describeOnPostgres('jobs run once per due time with three processes (PostgreSQL, real cron)', () => {
  let app: TestApp;
  let processes: CronProcesses | undefined;
  const mailbox = slowMailbox();
  const due = nextDueFriday(new Date());
  const items: string[] = [];
  /** Published at setup with its end at the due instant: the scheduled unpublish takes it down then. */
  let ending: string;
  let authorEmail: string;
  /** Filed at "cần xử lý" with its response time ending just before the due instant. */
  let concernId: number;

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    const desk = await deskOfFour(app.strapi);
    await desk.ensureMembers();
    authorEmail = (await app.strapi.db.query('admin::user').findOne({ where: { id: desk.people.author.id }, select: ['email'] })).email;
    // Two more authors, each of one department: short of the weekly quota or not, each hears once at most.
    const units = await app.strapi.db.query(UNIT).findMany({ where: { code: { $in: ['SGD-GDPT', 'SGD-TCCB'] } }, select: ['id', 'code'] });
    for (const [i, unit] of units.entries()) {
      const user = await createAdminUser(app.strapi, { email: `tacgia${i + 1}@test.local`, password: 'Newsroom@123' });
      await getService(app.strapi, 'membership').add({ userId: user.id, unitId: unit.id, role: 'author' });
    }

    // Items approved and scheduled for the due instant, through the workflow's own transitions.
    const workflow = getService(app.strapi, 'workflow');
    const itemState = getService(app.strapi, 'item-state');
    const step = async (documentId: string, action: WorkflowAction, extra: Record<string, unknown> = {}) => {
      const { version } = await itemState.recordOf(documentId);
      await workflow.transition({ documentId, action, expectedVersion: version, ...extra } as never, await desk.actorFor(documentId, action));
    };
    const unit = (await unitIdsByCode(app.strapi, ['SGD-VP'])).get('SGD-VP')!;
    for (let i = 1; i <= SCHEDULED; i += 1) {
      const { documentId } = await app.strapi.documents(ARTICLE).create({ data: { title: `Tin hẹn giờ số ${i}`, kind: 'news', unit } as never });
      for (const action of ['submit', 'forward', 'approve'] as const) await step(documentId, action);
      await step(documentId, 'publish', { publishAt: due });
      items.push(documentId);
    }
    ending = (await app.strapi.documents(ARTICLE).create({ data: { title: 'Tin hết hạn đăng', kind: 'news', unit } as never })).documentId;
    for (const action of ['submit', 'forward', 'approve'] as const) await step(ending, action);
    await step(ending, 'publish', { unpublishAt: due });
    // E-mails the mail server refused once, whose retry falls due at the same instant.
    for (let i = 1; i <= RETRIES; i += 1) {
      await app.strapi.db.query(NOTIFICATION).create({
        data: {
          userId: desk.people.author.id,
          action: 'retry-drill',
          title: `Thư gửi lại số ${i}`,
          message: `Nội dung thư gửi lại số ${i}`,
          emailTo: `nhanthu${i}@test.local`,
          emailStatus: 'pending',
          emailAttempts: 1,
          emailNextAttemptAt: due,
        },
      });
    }

    // A concern filed by the author at "cần xử lý" (no alarm), its response time ending CONCERN_LATE_MS
    // before the due instant: still in time on the real clock, overdue on the shifted one.
    for (const email of LEADERS) await adminWithRole(app, email, 'newsroom-leader');
    const office: { id: number } = await app.strapi.db.query(UNIT).findOne({ where: { code: 'SGD-VP' }, select: ['id'] });
    const topic: { id: number } = await app.strapi.db.query(TOPIC).findOne({ select: ['id'], orderBy: [{ id: 'asc' }] });
    const filed = await getService(app.strapi, 'concerns').create(desk.people.author, {
      title: 'Phụ huynh phản ánh thu sai quy định',
      description: 'Bài đăng trên mạng xã hội về khoản thu đầu năm học.',
      topicId: topic.id,
      channel: 'social-network',
      firstSeenAt: new Date().toISOString(),
      kind: 'current',
      severity: 'action',
      filingUnitId: office.id,
    });
    concernId = filed.id;
    const severitySince = new Date(due.getTime() - CONCERN_LATE_MS - DEFAULT_RESPONSE_HOURS.action * 3_600_000);
    await app.strapi.db.query(CONCERN).update({ where: { id: concernId }, data: { severitySince } });

    processes = await startCronProcesses({ count: 3, smtpPort: await mailbox.listen(), name: 'jobs-once' });
  }, 240_000);

  afterAll(async () => {
    await processes?.stop();
    await mailbox.close();
    await app?.stop();
  });

  it('publishes each scheduled item, takes the ending one down, retries each e-mail and runs the weekly reminder once, whatever three processes do at the due time', async () => {
    // Every process's clock reaches Friday 08:00 (Vietnam) 10 s from now: their cron jobs fire together.
    await processes!.shiftTo(due);

    const weekKey = `weekly-reminder:${weekKeyOf(vnDateOf(due))}`;
    const published = () => app.strapi.db.query(ITEM_STATE).count({ where: { itemDocumentId: { $in: items }, state: 'published' } });
    await until(async () => (await published()) === SCHEDULED, 'the scheduled items to be published', { timeoutMs: 45_000, intervalMs: 250 });
    const run = await until(
      () => app.strapi.db.query(JOB_RUN).findOne({ where: { runKey: weekKey, finishedAt: { $notNull: true } } }),
      'the weekly reminder run',
      { timeoutMs: 30_000, intervalMs: 250 }
    );
    await until(
      async () => (await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: ending } })).state === 'unpublished',
      'the ending item to be taken down',
      { timeoutMs: 30_000, intervalMs: 250 }
    );
    const concernKey = `concern-overdue:${concernId}:action`;
    const concernRun = await until(
      () => app.strapi.db.query(JOB_RUN).findOne({ where: { runKey: concernKey, finishedAt: { $notNull: true } } }),
      'the overdue concern escalation',
      { timeoutMs: 30_000, intervalMs: 250 }
    );
    const leaders = await getService(app.strapi, 'membership').leadershipUserIds();
    // One e-mail more: the author told of the takedown; and one to each leader of the overdue concern.
    const expectedMails = SCHEDULED + RETRIES + run.notified + 1 + leaders.length;
    await until(() => mailbox.messages.length >= expectedMails, `${expectedMails} e-mails`, { timeoutMs: 30_000, intervalMs: 100 });
    // Long enough for a second sending of any of them to arrive (a send takes the mailbox's delay, 300 ms).
    await sleep(5_000);

    // Scheduled publish: one published version, one history row by the system, per item.
    for (const documentId of items) {
      const versions = await app.strapi.db.query(ARTICLE).count({ where: { documentId, publishedAt: { $notNull: true } } });
      expect(versions).toBe(1);
      const history = await app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: documentId, action: 'publish' } });
      expect(history.map((row: { role: string }) => row.role)).toEqual(['system']);
    }

    // Scheduled unpublish: one takedown by the system, its reason in the history, the author told once.
    const takedowns = await app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: ending, action: 'unpublish' } });
    expect(takedowns.map((row: { role: string }) => row.role)).toEqual(['system']);
    expect(await app.strapi.db.query(ARTICLE).count({ where: { documentId: ending, publishedAt: { $notNull: true } } })).toBe(0);
    expect(mailbox.messages.filter((mail) => mail.to === authorEmail && mail.subject === 'Tin bài đã bị gỡ: “Tin hết hạn đăng”')).toHaveLength(1);

    // Job runs: the week's reminder key and the concern's escalation key, once each, and no other run.
    const runKeys: Array<{ runKey: string }> = await app.strapi.db.query(JOB_RUN).findMany({ select: ['runKey'] });
    expect(runKeys.map((row) => row.runKey).sort()).toEqual([concernKey, weekKey].sort());

    // The overdue concern: escalated once to the leadership, however many processes ran its job.
    const leaderEmails: string[] = (await app.strapi.db.query('admin::user').findMany({ where: { id: { $in: leaders } }, select: ['email'] })).map((user: { email: string }) => user.email);
    expect(leaderEmails).toEqual(expect.arrayContaining(LEADERS));
    expect(concernRun.notified).toBe(leaders.length);
    const escalations: Array<{ userId: number; emailTo: string; emailStatus: string }> = await app.strapi.db.query(NOTIFICATION).findMany({ where: { action: 'concern-overdue' } });
    expect(escalations.map((row) => row.userId).sort((a, b) => a - b)).toEqual([...leaders].sort((a, b) => a - b));
    for (const row of escalations) {
      expect(row.emailStatus).toBe('sent');
      expect(mailbox.messages.filter((mail) => mail.to === row.emailTo && mail.subject === 'Quá hạn xử lý vấn đề dư luận: “Phụ huynh phản ánh thu sai quy định”')).toHaveLength(1);
    }
    const timeline: Array<{ kind: string; body: string }> = await app.strapi.db.query(CONCERN_ENTRY).findMany({ where: { concernId }, orderBy: [{ id: 'asc' }] });
    expect(timeline.map((entry) => entry.kind)).toEqual(['filed', 'escalation']);
    expect(timeline[1].body).toContain(`đã báo cáo lãnh đạo Sở (${leaders.length} người nhận)`);

    // Reminders: one e-mail per person told.
    const reminders: Array<{ emailTo: string; emailStatus: string }> = await app.strapi.db.query(NOTIFICATION).findMany({ where: { action: 'weekly-reminder' } });
    expect(reminders.length).toBe(run.notified);
    expect(reminders.length).toBeGreaterThanOrEqual(2);
    expect(new Set(reminders.map((row) => row.emailTo)).size).toBe(reminders.length);
    expect(reminders.map((row) => row.emailTo)).toContain(authorEmail);
    for (const row of reminders) {
      expect(row.emailStatus).toBe('sent');
      expect(mailbox.messages.filter((mail) => mail.to === row.emailTo && /Nhắc chỉ tiêu tuần/.test(mail.subject))).toHaveLength(1);
    }

    // E-mail: every pending one sent, each exactly once.
    const retried: Array<{ emailTo: string; emailStatus: string; emailAttempts: number }> = await app.strapi.db.query(NOTIFICATION).findMany({ where: { action: 'retry-drill' } });
    expect(retried.map((row) => [row.emailStatus, row.emailAttempts])).toEqual(Array(RETRIES).fill(['sent', 2]));
    for (const row of retried) expect(mailbox.messages.filter((mail) => mail.to === row.emailTo)).toHaveLength(1);
    const publishMails = mailbox.messages.filter((mail) => mail.to === authorEmail && /Tin hẹn giờ số/.test(mail.text));
    expect(publishMails).toHaveLength(SCHEDULED);
    expect(new Set(publishMails.map((mail) => mail.text)).size).toBe(SCHEDULED);
    expect(mailbox.messages).toHaveLength(expectedMails);
    expect(await app.strapi.db.query(NOTIFICATION).count({ where: { emailStatus: { $in: ['pending', 'failed'] } } })).toBe(0);

    // Counters: the seven first publications (six scheduled, the ending item's at setup) counted once each
    // (the recount agrees; a takedown uncounts nothing), history one row per version.
    const report = await runIntegrityChecks(app.strapi);
    const byName = Object.fromEntries(report.checks.map((check) => [check.name, check.violations]));
    expect({ itemState: byName['item-state'], history: byName.history, counters: byName.counters, mail: byName.mail }).toEqual({ itemState: 0, history: 0, counters: 0, mail: 0 });
    const publishedCount = await app.strapi.db.connection('ew_unit_period_counts').sum({ n: 'items_published' }).where('period_key', 'like', '%-W%');
    expect(Number(publishedCount[0].n)).toBe(SCHEDULED + 1);
  }, 150_000);
});
