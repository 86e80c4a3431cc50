import { startStrapi, type TestApp } from './harness/strapi';
import { until, sleep } from './harness/until';
import { slowMailbox } from './harness/slow-mailbox';
import { startCronProcesses, type CronProcesses } from './harness/cron-processes';
import { seedReference } from '../src/seed/reference';
import { CONTACT_DELETION_JOB } from '../src/plugins/editorial-workflow/server/src/consultations/contact-deletion';
import { CONSULTATION, JOB_RUN, PUBLIC_COMMENT, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const onPostgres = Boolean(process.env.DATABASE_URL);
const describeOnPostgres = onPostgres ? describe : describe.skip;
if (!onPostgres) {
  // eslint-disable-next-line no-console
  console.info('consultation-contacts-once: skipped on SQLite (one process only); run with DATABASE_URL to run the job in two processes.');
}

const DAY = 86_400_000;
/** Comments per consultation: enough that two processes clearing at once would overlap. */
const COMMENTS = 12;

/** The next minute 20 of an hour (the job's cron rule, `20 * * * *`), at least 30 s ahead. */
function nextDue(from: Date): Date {
  const due = new Date(from);
  due.setUTCMinutes(20, 0, 0);
  while (due.getTime() < from.getTime() + 30_000) due.setUTCHours(due.getUTCHours() + 1);
  return due;
}

/**
 * Contact details are deleted once per consultation with two processes on PostgreSQL (issue 22):
 * the job fires in both at its due minute, with real cron; each consultation closed past the
 * retention days is cleared by one of them, its job-run row written once, and a consultation
 * still within them keeps its commenters' contacts.
 */
describeOnPostgres('consultation contacts deleted once with two processes (PostgreSQL, real cron)', () => {
  let app: TestApp;
  let processes: CronProcesses | undefined;
  const mailbox = slowMailbox();
  const due = nextDue(new Date());
  const past: string[] = ['contacts-once-a', 'contacts-once-b'];
  const recent = 'contacts-once-recent';

  beforeAll(async () => {
    process.env.CONSULTATION_CONTACT_RETENTION_DAYS = '30';
    app = await startStrapi();
    await seedReference(app.strapi);
    const department = await app.strapi.db.query(UNIT).findOne({ where: { code: 'SGD-GDPT' }, select: ['id'] });
    const closedDaysAgo: Array<[string, number]> = [...past.map((id): [string, number] => [id, 31]), [recent, 5]];
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
    processes = await startCronProcesses({ count: 2, smtpPort: await mailbox.listen(), name: 'contacts-once' });
  }, 240_000);

  afterAll(async () => {
    await processes?.stop();
    await mailbox.close();
    await app?.stop();
    delete process.env.CONSULTATION_CONTACT_RETENTION_DAYS;
  });

  it('clears each consultation closed past the retention once, records one run each, and keeps the recent one', async () => {
    await processes!.shiftTo(due);
    const runs = () => app.strapi.db.query(JOB_RUN).findMany({ where: { job: CONTACT_DELETION_JOB, finishedAt: { $notNull: true } } });
    await until(async () => (await runs()).length === past.length, 'the two consultations to be cleared', { timeoutMs: 60_000, intervalMs: 250 });
    // Long enough for a second process's run, were it to happen.
    await sleep(3_000);

    const done = await runs();
    expect(done.map((run: { runKey: string }) => run.runKey).sort()).toEqual(past.map((id) => `${CONTACT_DELETION_JOB}:${id}`).sort());
    expect(done.map((run: { notified: number }) => run.notified)).toEqual(past.map(() => COMMENTS));
    for (const itemDocumentId of past) {
      const withContacts = await app.strapi.db.query(PUBLIC_COMMENT).count({ where: { itemDocumentId, $or: [{ name: { $notNull: true } }, { email: { $notNull: true } }, { phone: { $notNull: true } }] } });
      expect({ itemDocumentId, withContacts }).toEqual({ itemDocumentId, withContacts: 0 });
      expect(await app.strapi.db.query(PUBLIC_COMMENT).count({ where: { itemDocumentId, contactsDeletedAt: { $notNull: true } } })).toBe(COMMENTS);
      expect((await app.strapi.db.query(CONSULTATION).findOne({ where: { itemDocumentId } })).contactsDeletedAt).toBeTruthy();
    }
    expect(await app.strapi.db.query(PUBLIC_COMMENT).count({ where: { itemDocumentId: recent, email: { $notNull: true } } })).toBe(COMMENTS);
    // Between them, the two processes logged the deletion of each consultation's contacts once.
    const logged = processes!.outputs.join('\n').match(/contact details of \d+ comments deleted \((\d+) consultations/g) ?? [];
    const cleared = logged.reduce((sum, line) => sum + Number(/\((\d+) consultations/.exec(line)![1]), 0);
    expect(cleared).toBe(past.length);
  }, 120_000);
});
