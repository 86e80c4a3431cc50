import { startStrapi, type TestApp } from './harness/strapi';
import { newsroomUser } from './harness/workflow';
import { clockDesk, fileReport, seedStatsReference, vn } from './harness/stats-fixture';
import { until } from './harness/until';
import { JOB_RUN, NOTIFICATION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';

/**
 * The quota reminders: Friday's (units short of a weekly quota) and the 15th's and 19th's (units
 * without this month's report), told to the units' authors in the admin and by e-mail, once per
 * run however many processes call it at once.
 */
describe('statistics: quota reminders', () => {
  let app: TestApp;
  let units: Map<string, string>;
  const users: Record<string, number> = {};
  const sent: Array<{ to: string; subject: string; text: string; html: string }> = [];
  const reminders = () => getService(app.strapi, 'reminders');
  const noticesOf = (userId: number, action: string) =>
    app.strapi.db.query(NOTIFICATION).findMany({ where: { userId, action }, orderBy: [{ id: 'asc' }] });

  beforeAll(async () => {
    app = await startStrapi();
    units = await seedStatsReference(app.strapi);
    const departments = await app.strapi.db.query(UNIT).findOne({ where: { code: 'SGD-VP' } });
    await app.strapi.documents(UNIT).create({
      data: { code: 'XA-X', name: 'Xã <Mường> & "Phăng"', kind: 'commune-culture', defaultDepartment: departments.documentId } as never,
    });
    units.set('XA-X', (await app.strapi.db.query(UNIT).findOne({ where: { code: 'XA-X' } })).documentId);
    const email = app.strapi.plugin('email').service('email');
    email.send = async (message: (typeof sent)[number]) => {
      sent.push(message);
    };

    const desk = await clockDesk(app.strapi);
    const submit = async (code: string, at: Date) => desk.step(await desk.item(units.get(code)!, 'news', `Tin ${code} ${at.toISOString()}`), 'submit', at);
    // Week 41 (5–11 October): A sends its 2, B 1, X none; the school none (no minimum).
    await submit('XA-A', vn('2026-10-05T00:30'));
    await submit('XA-A', vn('2026-10-08T10:00'));
    await submit('XA-B', vn('2026-10-06T10:00'));
    await fileReport(app.strapi, units.get('XA-A')!, '2026-10', vn('2026-10-10T08:00'));

    users.ab = (await newsroomUser(app, 'author-ab@test.local', 'author', ['XA-A', 'XA-B'])).id;
    users.x = (await newsroomUser(app, 'author-x@test.local', 'author', ['XA-X'])).id;
    users.school = (await newsroomUser(app, 'author-d@test.local', 'author', ['TH-D'])).id;
    users.editor = (await newsroomUser(app, 'editor@test.local', 'editor', ['SGD-VP'])).id;
  });

  afterAll(() => app?.stop());

  it('tells the authors of units short of their weekly quota on Friday, once', async () => {
    const friday = vn('2026-10-09T08:00');
    const run = await reminders().weeklyQuota({ now: friday });
    expect(run).toMatchObject({ runKey: 'weekly-reminder:2026-W41', skipped: false });
    expect(run.units).toEqual(expect.arrayContaining(['XA-B', 'XA-C', 'XA-X', 'LT-E']));
    expect(run.units).not.toContain('XA-A');
    expect(run.units).not.toContain('TH-D');

    const [ab] = await noticesOf(users.ab, 'weekly-reminder');
    expect(ab.title).toBe('Nhắc chỉ tiêu tuần 2026-W41: đơn vị chưa đạt');
    expect(ab.message).toContain('Phòng VH-XH xã "B", Điện Biên (XA-B):');
    expect(ab.message).toContain('Tin bài đã gửi: 1/2 trong tuần 2026-W41');
    expect(ab.message).not.toContain('XA-A');
    expect(await noticesOf(users.school, 'weekly-reminder')).toHaveLength(0);
    expect(await noticesOf(users.editor, 'weekly-reminder')).toHaveLength(0);

    // The e-mail leaves after the commit, with the unit's name escaped in the HTML.
    await until(() => sent.some((mail) => mail.to === 'author-x@test.local'), 'the reminder e-mail');
    const mail = sent.find((m) => m.to === 'author-x@test.local')!;
    expect(mail.subject).toBe('Nhắc chỉ tiêu tuần 2026-W41: đơn vị chưa đạt');
    expect(mail.html).toContain('Xã &lt;Mường&gt; &amp; &quot;Phăng&quot; (XA-X):');
    expect(mail.html).not.toContain('<Mường>');
    expect(mail.text).toContain('Xã <Mường> & "Phăng" (XA-X):');

    const again = await reminders().weeklyQuota({ now: vn('2026-10-09T17:00') });
    expect(again).toMatchObject({ skipped: true, notified: 0 });
    expect(await noticesOf(users.ab, 'weekly-reminder')).toHaveLength(1);
  });

  it('tells the units without this month’s report on the 15th and the 19th, once each even when called at once', async () => {
    const runs = await Promise.all([0, 1, 2].map(() => reminders().monthlyReport({ now: vn('2026-10-15T08:00') })));
    expect(runs.filter((run) => !run.skipped)).toHaveLength(1);
    const run = runs.find((r) => !r.skipped)!;
    expect(run.runKey).toBe('report-reminder:2026-10-15');
    // Schools are asked for the report too (plan III.3, issue 15 item 4): TH-D is reminded.
    expect(run.units.sort()).toEqual(['LT-E', 'TH-D', 'XA-B', 'XA-C', 'XA-X']);

    const notices = await noticesOf(users.ab, 'report-reminder');
    expect(notices).toHaveLength(1);
    expect(notices[0].title).toBe('Nhắc báo cáo dư luận tháng 2026-10');
    expect(notices[0].message).toContain('XA-B');
    expect(notices[0].message).toContain('Chưa gửi báo cáo dư luận tháng 2026-10; hạn nộp trước ngày 20.');
    expect(notices[0].message).not.toContain('(XA-A)');

    // B files before the 19th: only the others are told again.
    await fileReport(app.strapi, units.get('XA-B')!, '2026-10', vn('2026-10-17T08:00'));
    const nineteenth = await reminders().monthlyReport({ now: vn('2026-10-19T08:00') });
    expect(nineteenth.units.sort()).toEqual(['LT-E', 'TH-D', 'XA-C', 'XA-X']);
    expect(await noticesOf(users.ab, 'report-reminder')).toHaveLength(1);
    expect(await noticesOf(users.x, 'report-reminder')).toHaveLength(2);
    expect(await app.strapi.db.query(JOB_RUN).count()).toBe(3);
  });
});
