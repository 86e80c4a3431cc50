import { startStrapi, type TestApp } from './harness/strapi';
import { until, sleep } from './harness/until';
import { createAdminUser } from './harness/admin-client';
import { slowMailbox } from './harness/slow-mailbox';
import { startCronProcesses, type CronProcesses } from './harness/cron-processes';
import { seedReference } from '../src/seed/reference';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { CONTACT_DELETION_JOB } from '../src/plugins/editorial-workflow/server/src/consultations/contact-deletion';
import { ASSIGNMENT_TARGET, CONSULTATION, JOB_RUN, NOTIFICATION, PLAN_LINE, PUBLIC_COMMENT, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const onPostgres = Boolean(process.env.DATABASE_URL);
const describeOnPostgres = onPostgres ? describe : describe.skip;
if (!onPostgres) {
  // eslint-disable-next-line no-console
  console.info('cron-once-two-processes: skipped on SQLite (one process only); run with DATABASE_URL to run the jobs in two processes.');
}

/*
 * Two jobs that must run once with two app processes on PostgreSQL and real cron (issue 22: the
 * consultations' contact deletion; the overdue assignment's reminder), formerly two suites that
 * each booted an app and two processes of their own. They share them here: booting them is most of
 * each suite's time, and neither job's data is touched by the other's due instant (the contact
 * deletion fires at minute 20 of an hour, the assignment's instant is minute 10; the assignment is
 * not overdue at the first instant, and its checks count only its own e-mails and notifications).
 * The clock only moves forward: the contacts' instant is within the hour, the assignment's tomorrow.
 */

const DAY = 86_400_000;
const PASSWORD = 'Newsroom@123';

// consultation contacts

/** Comments per consultation: enough that two processes clearing at once would overlap. */
const COMMENTS = 12;
const PAST: string[] = ['contacts-once-a', 'contacts-once-b'];
const RECENT = 'contacts-once-recent';

/** The next minute 20 of an hour (the job's cron rule, `20 * * * *`), at least 30 s ahead. */
function nextContactsDue(from: Date): Date {
  const due = new Date(from);
  due.setUTCMinutes(20, 0, 0);
  while (due.getTime() < from.getTime() + 30_000) due.setUTCHours(due.getUTCHours() + 1);
  return due;
}

/** Two consultations closed past the retention (30 days) and one within it, each with its commenters' contacts. */
async function seedConsultations(app: TestApp) {
  const department = await app.strapi.db.query(UNIT).findOne({ where: { code: 'SGD-GDPT' }, select: ['id'] });
  const closedDaysAgo: Array<[string, number]> = [...PAST.map((id): [string, number] => [id, 31]), [RECENT, 5]];
  for (const [itemDocumentId, daysAgo] of closedDaysAgo) {
    const closesAt = new Date(Date.now() - daysAgo * DAY);
    await app.strapi.db.query(CONSULTATION).create({ data: { itemDocumentId, opensAt: new Date(closesAt.getTime() - 20 * DAY), closesAt, departmentId: department.id } });
    for (let i = 0; i < COMMENTS; i += 1) {
      await app.strapi.db.query(PUBLIC_COMMENT).create({
        data: {
          itemDocumentId,
          trackingCode: `YK-${itemDocumentId}-${i}`,
          text: `Ý kiến số ${i}`,
          textHash: `h${i}`,
          textKey: `${itemDocumentId}:h${i}`,
          group: 'citizen',
          commune: 'Phường Him Lam',
          name: `Người góp ý ${i}`,
          email: `nguoi${i}@example.vn`,
          phone: '0912000000',
          consentPurpose: 'x',
          consentedAt: new Date(),
          status: 'received',
        },
      });
    }
  }
}

// overdue assignment

const TITLE = 'Đưa tin lễ khai giảng năm học mới';
const SUBJECT = `Quá hạn gửi bài: “${TITLE}”`;
const PEOPLE = ['tacgia-truong@test.local', 'hieutruong@test.local'];

/** The due instant: tomorrow 12:10 in Vietnam (05:10 UTC), a ten-minute mark when no daily or weekly job of the app fires. */
function assignmentDueInstant(from: Date): Date {
  return new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 1, 5, 10, 0));
}

/** A school with an author and a head, and an assignment to it due five minutes before `due`; gives the school's part. */
async function seedOverdueAssignment(app: TestApp, due: Date): Promise<number> {
  await app.strapi.documents(UNIT).create({ data: { code: 'TH-ONCE', name: 'Trường Tiểu học Một Lần', kind: 'school', active: true } as never });
  const school = (await app.strapi.db.query(UNIT).findOne({ where: { code: 'TH-ONCE' }, select: ['id'] })).id as number;
  const gdpt = (await app.strapi.db.query(UNIT).findOne({ where: { code: 'SGD-GDPT' }, select: ['id'] })).id as number;
  const topic = await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['id'] });
  if (!(await app.strapi.db.query(PLAN_LINE).findOne({ where: { code: 'III.2.1' } }))) {
    await app.strapi.db.query(PLAN_LINE).create({ data: { code: 'III.2.1', text: 'Tuyến thông tin III.2.1', label: 'Tuyến III.2.1', topic: topic.id, department: gdpt } });
  }
  const roles = await adminRoleIdsByCode(app.strapi);
  const membership = getService(app.strapi, 'membership');
  const author = await createAdminUser(app.strapi, { email: PEOPLE[0], password: PASSWORD, roles: [roles.get('newsroom-author')] });
  await membership.add({ userId: author.id, unitId: school, role: 'author' });
  const head = await createAdminUser(app.strapi, { email: PEOPLE[1], password: PASSWORD, roles: [roles.get('newsroom-unit-head')] });
  await membership.add({ userId: head.id, unitId: school, role: 'unit-head' });
  const editor = await createAdminUser(app.strapi, { email: 'bientap@test.local', password: PASSWORD, roles: [roles.get('newsroom-editor')] });
  await membership.add({ userId: editor.id, unitId: gdpt, role: 'editor' });

  // Due five minutes before the instant both processes' clocks reach.
  const view = await getService(app.strapi, 'assignments').create(
    { id: editor.id, name: 'Biên tập viên' },
    { title: TITLE, lineCode: 'III.2.1', dueAt: new Date(due.getTime() - 5 * 60_000), unitIds: [school], unitKinds: [] }
  );
  return view.parts[0].targetId;
}

describeOnPostgres('jobs run once with two processes (PostgreSQL, real cron)', () => {
  let app: TestApp;
  let processes: CronProcesses | undefined;
  const mailbox = slowMailbox();
  const contactsDue = nextContactsDue(new Date());
  const assignmentDue = assignmentDueInstant(new Date());
  let targetId: number;

  beforeAll(async () => {
    process.env.CONSULTATION_CONTACT_RETENTION_DAYS = '30';
    app = await startStrapi();
    await seedReference(app.strapi);
    // All the data before the processes start, as when each suite had its own.
    await seedConsultations(app);
    targetId = await seedOverdueAssignment(app, assignmentDue);
    processes = await startCronProcesses({ count: 2, smtpPort: await mailbox.listen(), name: 'cron-once' });
  }, 300_000);

  afterAll(async () => {
    await processes?.stop();
    await mailbox.close();
    await app?.stop();
    delete process.env.CONSULTATION_CONTACT_RETENTION_DAYS;
  });

  /**
   * Contact details are deleted once per consultation (issue 22): the job fires in both processes at
   * its due minute; each consultation closed past the retention days is cleared by one of them, its
   * job-run row written once, and a consultation still within them keeps its commenters' contacts.
   */
  describe('consultation contacts deleted once', () => {
    it('clears each consultation closed past the retention once, records one run each, and keeps the recent one', async () => {
      await processes!.shiftTo(contactsDue);
      const runs = () => app.strapi.db.query(JOB_RUN).findMany({ where: { job: CONTACT_DELETION_JOB, finishedAt: { $notNull: true } } });
      await until(async () => (await runs()).length === PAST.length, 'the two consultations to be cleared', { timeoutMs: 60_000, intervalMs: 250 });
      // Long enough for a second process's run, were it to happen.
      await sleep(3_000);

      const done = await runs();
      expect(done.map((run: { runKey: string }) => run.runKey).sort()).toEqual(PAST.map((id) => `${CONTACT_DELETION_JOB}:${id}`).sort());
      expect(done.map((run: { notified: number }) => run.notified)).toEqual(PAST.map(() => COMMENTS));
      for (const itemDocumentId of PAST) {
        const withContacts = await app.strapi.db.query(PUBLIC_COMMENT).count({ where: { itemDocumentId, $or: [{ name: { $notNull: true } }, { email: { $notNull: true } }, { phone: { $notNull: true } }] } });
        expect({ itemDocumentId, withContacts }).toEqual({ itemDocumentId, withContacts: 0 });
        expect(await app.strapi.db.query(PUBLIC_COMMENT).count({ where: { itemDocumentId, contactsDeletedAt: { $notNull: true } } })).toBe(COMMENTS);
        expect((await app.strapi.db.query(CONSULTATION).findOne({ where: { itemDocumentId } })).contactsDeletedAt).toBeTruthy();
      }
      expect(await app.strapi.db.query(PUBLIC_COMMENT).count({ where: { itemDocumentId: RECENT, email: { $notNull: true } } })).toBe(COMMENTS);
      // Between them, the two processes logged the deletion of each consultation's contacts once.
      const logged = processes!.outputs.join('\n').match(/contact details of \d+ comments deleted \((\d+) consultations/g) ?? [];
      const cleared = logged.reduce((sum, line) => sum + Number(/\((\d+) consultations/.exec(line)![1]), 0);
      expect(cleared).toBe(PAST.length);
    }, 120_000);
  });

  /**
   * The overdue assignment's reminder (the job fires every ten minutes in each process): the
   * school's author and head each get one notification and one e-mail, and the part is marked
   * reminded once, whatever both processes do at the same instant.
   */
  describe('an overdue assignment reminds its unit once', () => {
    it('marks the part reminded once and tells the author and the head once each', async () => {
      // Not reminded at the contacts' instant: it was not overdue then.
      expect((await app.strapi.db.query(ASSIGNMENT_TARGET).findOne({ where: { id: targetId } })).remindedAt).toBeNull();
      await processes!.shiftTo(assignmentDue);
      await until(
        async () => (await app.strapi.db.query(ASSIGNMENT_TARGET).findOne({ where: { id: targetId } })).remindedAt !== null,
        'the part to be reminded',
        { timeoutMs: 45_000, intervalMs: 250 }
      );
      await until(() => mailbox.messages.filter((mail) => mail.subject === SUBJECT).length >= PEOPLE.length, 'the reminders by e-mail', { timeoutMs: 30_000, intervalMs: 100 });
      // Long enough for a second sending of either to arrive (a send takes the mailbox's delay, 300 ms).
      await sleep(5_000);
      for (const email of PEOPLE) expect({ email, mails: mailbox.messages.filter((mail) => mail.to === email && mail.subject === SUBJECT).length }).toEqual({ email, mails: 1 });
      expect(await app.strapi.db.query(NOTIFICATION).count({ where: { action: 'assignment-overdue' } })).toBe(PEOPLE.length);
      // Not a working day later yet: the commissioner has heard nothing.
      expect(await app.strapi.db.query(NOTIFICATION).count({ where: { action: 'assignment-escalation' } })).toBe(0);
    }, 120_000);
  });
});
