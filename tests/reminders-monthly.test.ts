import { startStrapi, type TestApp } from './harness/strapi';
import { createAdminUser } from './harness/admin-client';
import { connect, contentManager } from './harness/http';
import { uploadPhoto, uploadsSnapshot } from './harness/media';
import { PASSWORD, newsroomUser } from './harness/workflow';
import { clockDesk, seedStatsReference, vn } from './harness/stats-fixture';
import { until } from './harness/until';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { JOB_RUN, MEDIA_ASSET as ASSET, NOTIFICATION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';

const COPY_TITLE = '[Bản sao gửi Thủ trưởng đơn vị] Nhắc chỉ tiêu tháng 2026-10: đơn vị chưa đạt';

/**
 * The month-end reminder of the monthly quotas (feature series, photo/video): 5 and 2 days before
 * the month's last day, to the authors of the units short of one, in copy to the unit's head, once
 * per month and reminder day however many calls at once; and the unit head's copy of the weekly one.
 */
describe('reminders: monthly quotas, and the unit head’s copy', () => {
  let app: TestApp;
  let units: Map<string, string>;
  const users: Record<string, number> = {};
  const sent: Array<{ to: string; subject: string; text: string; html: string }> = [];
  const uploads = uploadsSnapshot();
  let authorA: string;
  const reminders = () => getService(app.strapi, 'reminders');
  const noticesOf = (userId: number, action: string) =>
    app.strapi.db.query(NOTIFICATION).findMany({ where: { userId, action }, orderBy: [{ id: 'asc' }] });

  /** A photo filed by an author of the unit in the content-manager, counted in `month`. */
  async function photoOf(code: string, month: string) {
    const file = await uploadPhoto(app, authorA, `${code}-${month}.jpg`, { width: 320, height: 240 });
    const res = await contentManager(app, authorA).create(ASSET, { title: `Ảnh ${code}`, kind: 'photo', file, unit: connect(units.get(code)!) });
    expect(res.status).toBe(201);
    // Filed "then": the archive stamps the month of the filing.
    await app.strapi.db.query(ASSET).updateMany({ where: { documentId: res.body.data.documentId }, data: { sentMonth: month } });
  }

  async function unitHead(email: string, codes: string[]): Promise<number> {
    const roles = await adminRoleIdsByCode(app.strapi);
    const user = await createAdminUser(app.strapi, { email, password: PASSWORD, firstname: 'Thủ trưởng', lastname: 'Đơn vị', roles: [roles.get('newsroom-unit-head')] });
    for (const code of codes) {
      const { id } = await app.strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] });
      await getService(app.strapi, 'membership').add({ userId: user.id, unitId: id, role: 'unit-head' });
    }
    return user.id;
  }

  beforeAll(async () => {
    app = await startStrapi();
    units = await seedStatsReference(app.strapi);
    const email = app.strapi.plugin('email').service('email');
    email.send = async (message: (typeof sent)[number]) => {
      sent.push(message);
    };

    const a = await newsroomUser(app, 'author-ab@test.local', 'author', ['XA-A', 'XA-B']);
    users.ab = a.id;
    authorA = a.token;
    users.e = (await newsroomUser(app, 'author-e@test.local', 'author', ['LT-E'])).id;
    users.headBE = await unitHead('head-be@test.local', ['XA-B', 'LT-E']);
    users.headA = await unitHead('head-a@test.local', ['XA-A']);

    const desk = await clockDesk(app.strapi);
    // October 2026: LT-E sends its feature series, XA-A its photo; the others send neither.
    await desk.step(await desk.item(units.get('LT-E')!, 'feature', 'Chuyên đề: an toàn giao thông học đường'), 'submit', vn('2026-10-10T09:00'));
    await photoOf('XA-A', '2026-10');
  });

  afterAll(async () => {
    await app?.stop();
    uploads.removeAdded();
  });

  it('does not run on other days of the month', async () => {
    for (const day of ['2026-10-01', '2026-10-25', '2026-10-27', '2026-10-31']) {
      expect(await reminders().monthlyQuota({ now: vn(`${day}T08:00`) })).toBeNull();
    }
    expect(await app.strapi.db.query(JOB_RUN).count({ where: { job: 'monthly-quota-reminder' } })).toBe(0);
  });

  it('five days before the month’s end, tells the authors of units short of a monthly quota and copies their head, once', async () => {
    const runs = await Promise.all([0, 1, 2].map(() => reminders().monthlyQuota({ now: vn('2026-10-26T08:00') })));
    expect(runs.filter((run) => run && !run.skipped)).toHaveLength(1);
    const run = runs.find((r) => r && !r.skipped)!;
    expect(run.runKey).toBe('monthly-quota-reminder:2026-10:D-5');
    expect(run.units).toEqual(expect.arrayContaining(['XA-B', 'XA-C', 'TH-D', 'LT-E', 'SGD-VP']));
    expect(run.units).not.toContain('XA-A');

    // The author: each unit of theirs that is short, with the quotas it misses, and the days left.
    const [ab, ...more] = await noticesOf(users.ab, 'monthly-quota-reminder');
    expect(more).toHaveLength(0);
    expect(ab.title).toBe('Nhắc chỉ tiêu tháng 2026-10: đơn vị chưa đạt');
    expect(ab.message).toContain('Phòng VH-XH xã "B", Điện Biên (XA-B):');
    expect(ab.message).toContain('– Tư liệu ảnh/video: 0/1 trong tháng 2026-10');
    expect(ab.message).toContain('– Còn 5 ngày đến hết tháng (31/10/2026).');
    expect(ab.message).not.toContain('(XA-A)');
    const [e] = await noticesOf(users.e, 'monthly-quota-reminder');
    expect(e.message).toContain('– Tư liệu ảnh/video: 0/1 trong tháng 2026-10');
    expect(e.message).not.toContain('Chuyên đề'); // LT-E sent its feature series

    // The unit head: a copy saying so, of both their units' lines.
    const [copy, ...again] = await noticesOf(users.headBE, 'monthly-quota-reminder');
    expect(again).toHaveLength(0);
    expect(copy.title).toBe(COPY_TITLE);
    expect(copy.message.split('\n')[0]).toBe('Bản sao gửi Thủ trưởng đơn vị: lời nhắc dưới đây đã gửi đến cộng tác viên của đơn vị.');
    expect(copy.message).toContain('(XA-B):');
    expect(copy.message).toContain('Trường PTDTNT E (LT-E):');
    // XA-A met both: its head hears nothing.
    expect(await noticesOf(users.headA, 'monthly-quota-reminder')).toHaveLength(0);

    // By e-mail too, after the commit.
    await until(() => sent.some((mail) => mail.to === 'head-be@test.local') && sent.some((mail) => mail.to === 'author-ab@test.local'), 'the reminder e-mails');
    expect(sent.find((mail) => mail.to === 'head-be@test.local')!.subject).toBe(COPY_TITLE);
    expect(sent.find((mail) => mail.to === 'author-ab@test.local')!.text).toContain('Tư liệu ảnh/video: 0/1 trong tháng 2026-10');

    // Later the same day, or from another process: the run is done.
    expect(await reminders().monthlyQuota({ now: vn('2026-10-26T17:00') })).toMatchObject({ skipped: true, notified: 0 });
    expect(await noticesOf(users.ab, 'monthly-quota-reminder')).toHaveLength(1);
    expect(await app.strapi.db.query(JOB_RUN).count({ where: { runKey: 'monthly-quota-reminder:2026-10:D-5' } })).toBe(1);
  });

  it('two days before the end, tells again only the units still short', async () => {
    await photoOf('XA-B', '2026-10');
    const run = await reminders().monthlyQuota({ now: vn('2026-10-29T08:00') });
    expect(run).toMatchObject({ runKey: 'monthly-quota-reminder:2026-10:D-2', skipped: false });
    expect(run!.units).not.toContain('XA-B');
    expect(run!.units).toContain('LT-E');
    const notices = await noticesOf(users.headBE, 'monthly-quota-reminder');
    expect(notices).toHaveLength(2);
    expect(notices[1].message).not.toContain('(XA-B):');
    expect(notices[1].message).toContain('– Còn 2 ngày đến hết tháng (31/10/2026).');
    // The author of XA-A and XA-B: both met now.
    expect(await noticesOf(users.ab, 'monthly-quota-reminder')).toHaveLength(1);
  });

  it('copies the unit head on the weekly reminder too', async () => {
    const run = await reminders().weeklyQuota({ now: vn('2026-10-09T08:00') });
    expect(run.units).toContain('XA-B');
    const [copy] = await noticesOf(users.headBE, 'weekly-reminder');
    expect(copy.title).toBe('[Bản sao gửi Thủ trưởng đơn vị] Nhắc chỉ tiêu tuần 2026-W41: đơn vị chưa đạt');
    expect(copy.message).toContain('Tin bài đã gửi: 0/2 trong tuần 2026-W41');
    expect((await noticesOf(users.ab, 'weekly-reminder'))[0].title).toBe('Nhắc chỉ tiêu tuần 2026-W41: đơn vị chưa đạt');
  });
});
