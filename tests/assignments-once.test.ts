import { startStrapi, type TestApp } from './harness/strapi';
import { until, sleep } from './harness/until';
import { createAdminUser } from './harness/admin-client';
import { slowMailbox } from './harness/slow-mailbox';
import { startCronProcesses, type CronProcesses } from './harness/cron-processes';
import { seedReference } from '../src/seed/reference';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { ASSIGNMENT_TARGET, NOTIFICATION, PLAN_LINE, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const onPostgres = Boolean(process.env.DATABASE_URL);
const describeOnPostgres = onPostgres ? describe : describe.skip;
if (!onPostgres) {
  // eslint-disable-next-line no-console
  console.info('assignments-once: skipped on SQLite (one process only); run with DATABASE_URL to run the reminder job in two processes.');
}

const TITLE = 'Đưa tin lễ khai giảng năm học mới';
const SUBJECT = `Quá hạn gửi bài: “${TITLE}”`;
const PASSWORD = 'Newsroom@123';

/** The due instant: tomorrow 12:10 in Vietnam (05:10 UTC), a ten-minute mark when no daily or weekly job of the app fires. */
function dueInstant(from: Date): Date {
  const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + 1, 5, 10, 0));
  return day;
}

/**
 * The overdue assignment's reminder with two app processes running real cron (the job fires every
 * ten minutes in each): the school's author and head each get one notification and one e-mail, and
 * the part is marked reminded once, whatever both processes do at the same instant (PostgreSQL).
 */
describeOnPostgres('an overdue assignment reminds its unit once with two processes (PostgreSQL, real cron)', () => {
  let app: TestApp;
  let processes: CronProcesses | undefined;
  const mailbox = slowMailbox();
  const due = dueInstant(new Date());
  let targetId: number;
  const people = ['tacgia-truong@test.local', 'hieutruong@test.local'];

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    await app.strapi.documents(UNIT).create({ data: { code: 'TH-ONCE', name: 'Trường Tiểu học Một Lần', kind: 'school', active: true } as never });
    const school = (await app.strapi.db.query(UNIT).findOne({ where: { code: 'TH-ONCE' }, select: ['id'] })).id as number;
    const gdpt = (await app.strapi.db.query(UNIT).findOne({ where: { code: 'SGD-GDPT' }, select: ['id'] })).id as number;
    const topic = await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['id'] });
    if (!(await app.strapi.db.query(PLAN_LINE).findOne({ where: { code: 'III.2.1' } }))) {
      await app.strapi.db.query(PLAN_LINE).create({ data: { code: 'III.2.1', text: 'Tuyến thông tin III.2.1', label: 'Tuyến III.2.1', topic: topic.id, department: gdpt } });
    }
    const roles = await adminRoleIdsByCode(app.strapi);
    const membership = getService(app.strapi, 'membership');
    const author = await createAdminUser(app.strapi, { email: people[0], password: PASSWORD, roles: [roles.get('newsroom-author')] });
    await membership.add({ userId: author.id, unitId: school, role: 'author' });
    const head = await createAdminUser(app.strapi, { email: people[1], password: PASSWORD, roles: [roles.get('newsroom-unit-head')] });
    await membership.add({ userId: head.id, unitId: school, role: 'unit-head' });
    const editor = await createAdminUser(app.strapi, { email: 'bientap@test.local', password: PASSWORD, roles: [roles.get('newsroom-editor')] });
    await membership.add({ userId: editor.id, unitId: gdpt, role: 'editor' });

    // Due five minutes before the instant both processes' clocks reach.
    const view = await getService(app.strapi, 'assignments').create(
      { id: editor.id, name: 'Biên tập viên' },
      { title: TITLE, lineCode: 'III.2.1', dueAt: new Date(due.getTime() - 5 * 60_000), unitIds: [school], unitKinds: [] }
    );
    targetId = view.parts[0].targetId;
    processes = await startCronProcesses({ count: 2, smtpPort: await mailbox.listen(), name: 'assignments-once' });
  }, 240_000);

  afterAll(async () => {
    await processes?.stop();
    await mailbox.close();
    await app?.stop();
  });

  it('marks the part reminded once and tells the author and the head once each', async () => {
    await processes!.shiftTo(due);
    await until(
      async () => (await app.strapi.db.query(ASSIGNMENT_TARGET).findOne({ where: { id: targetId } })).remindedAt !== null,
      'the part to be reminded',
      { timeoutMs: 45_000, intervalMs: 250 }
    );
    await until(() => mailbox.messages.filter((mail) => mail.subject === SUBJECT).length >= people.length, 'the reminders by e-mail', { timeoutMs: 30_000, intervalMs: 100 });
    // Long enough for a second sending of either to arrive (a send takes the mailbox's delay, 300 ms).
    await sleep(5_000);
    for (const email of people) expect({ email, mails: mailbox.messages.filter((mail) => mail.to === email && mail.subject === SUBJECT).length }).toEqual({ email, mails: 1 });
    expect(await app.strapi.db.query(NOTIFICATION).count({ where: { action: 'assignment-overdue' } })).toBe(people.length);
    // Not a working day later yet: the commissioner has heard nothing.
    expect(await app.strapi.db.query(NOTIFICATION).count({ where: { action: 'assignment-escalation' } })).toBe(0);
  });
});
