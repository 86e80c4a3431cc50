import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient } from './harness/admin-client';
import { createDraft } from './harness/http';
import { act, type Desk, newsroomDesk } from './harness/workflow';
import { until } from './harness/until';
import { mailbox, type Mailbox } from './harness/mailbox';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { NOTIFICATION, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { checkMail } from '../src/operations/integrity/mail';

const PUBLIC_URL = 'https://toasoan.sogd.test';
const ENV_KEYS = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_IGNORE_TLS', 'EMAIL_FROM', 'PUBLIC_URL'];

/**
 * One digest e-mail a day instead of one per notification (issue 16, item 8): the person's own
 * choice over HTTP; their notifications are kept for the digest (and still listed in the admin at
 * once), the digest lists them with their times in Vietnam time and their links, once a day however
 * many runs; whoever did not choose it gets their e-mails as before.
 */
describe('the daily e-mail digest', () => {
  let app: TestApp;
  let desk: Desk;
  let box: Mailbox;
  let unit: string;
  let topic: string;
  const saved: Record<string, string | undefined> = {};

  const mailTo = (address: string) => box.messages.filter((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) => to?.text.includes(address)));
  const preference = (token: string) => adminClient(app.server, token).get('/editorial-workflow/notifications/preference');
  const choose = (token: string, body: unknown) => adminClient(app.server, token).put('/editorial-workflow/notifications/preference').send(body as object);
  const draft = async (title: string) => (await createDraft(app, desk.author, { title, unit, topic })).documentId;

  beforeAll(async () => {
    box = mailbox();
    const port = await box.listen();
    for (const key of ENV_KEYS) saved[key] = process.env[key];
    Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_IGNORE_TLS: 'true', EMAIL_FROM: 'Tòa soạn <toasoan@sogd.test>', PUBLIC_URL });
    app = await startStrapi();
    await seedReference(app.strapi);
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', active: true } });
    unit = (await unitIdsByCode(app.strapi, ['XA-A'])).get('XA-A')!;
    topic = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId;
    desk = await newsroomDesk(app);
  });

  afterAll(async () => {
    await app?.stop();
    await box?.close();
    for (const key of ENV_KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it('is off until the person chooses it, and each person sets only their own', async () => {
    const before = await preference(desk.editor);
    expect(before.status).toBe(200);
    expect(before.body.data).toEqual({ emailDigest: false, digestTime: '07:00' });
    const set = await choose(desk.editor, { emailDigest: true });
    expect(set.status).toBe(200);
    expect(set.body.data).toEqual({ emailDigest: true, digestTime: '07:00' });
    expect((await preference(desk.editor)).body.data.emailDigest).toBe(true);
    expect((await preference(desk.head)).body.data.emailDigest).toBe(false);
  });

  it('refuses a bad choice in Vietnamese and changes nothing', async () => {
    for (const body of [{}, { emailDigest: 'yes' }, { emailDigest: 1 }, { emailDigest: false, userId: 1 }, [true], { emailDigest: { $ne: null } }]) {
      const res = await choose(desk.editor, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.error.message).toMatch(/emailDigest|Trường|đối tượng|giá trị/);
    }
    expect((await adminClient(app.server, desk.editor).get('/editorial-workflow/notifications/preference?x=1')).status).toBe(400);
    expect((await preference(desk.editor)).body.data.emailDigest).toBe(true);
  });

  it('keeps the chooser’s e-mails for the digest, shows the notifications at once, and mails the others as before', async () => {
    const first = await draft('Hội thi giáo viên dạy giỏi');
    const second = await draft('Ngày hội đọc sách');
    await act(app, desk.author, first, 'submit');
    await act(app, desk.author, second, 'submit');
    // The head (no digest) gets the forwarded item's e-mail at once.
    await act(app, desk.editor, first, 'forward');
    await until(() => mailTo('head@test.local')[0], 'the head’s e-mail');
    expect(mailTo('editor@test.local')).toEqual([]);
    const listed = await adminClient(app.server, desk.editor).get('/editorial-workflow/notifications');
    expect(listed.body.data.map((row: { title: string }) => row.title)).toEqual(
      expect.arrayContaining(['Tin bài mới cần biên tập: “Hội thi giáo viên dạy giỏi”', 'Tin bài mới cần biên tập: “Ngày hội đọc sách”'])
    );
    const kept = await app.strapi.db.query(NOTIFICATION).findMany({ where: { emailTo: 'editor@test.local' }, select: ['emailStatus'] });
    expect(kept.map((row: { emailStatus: string }) => row.emailStatus)).toEqual(['digest', 'digest']);
  });

  it('sends one digest a day listing them, with times in Vietnam time and links, once however many runs', async () => {
    const now = new Date();
    const runs = await Promise.all([0, 1, 2].map(() => getService(app.strapi, 'email-digest').sendDigests({ now })));
    expect(runs.filter((run) => !run.skipped)).toEqual([expect.objectContaining({ digests: 1, listed: 2 })]);
    const [digest] = await until(() => (mailTo('editor@test.local').length > 0 ? mailTo('editor@test.local') : undefined), 'the digest');
    const today = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    expect(digest.subject).toBe(`Tóm tắt thông báo ngày ${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}: 2 thông báo`);
    expect(digest.text).toContain('1. Tin bài mới cần biên tập: “Hội thi giáo viên dạy giỏi” (');
    expect(digest.text).toContain('2. Tin bài mới cần biên tập: “Ngày hội đọc sách” (');
    expect(digest.text).toMatch(/\(\d\d:\d\d ngày \d\d\/\d\d\/\d{4} \(giờ Việt Nam\)\) — https:\/\/toasoan\.sogd\.test\/admin\/content-manager\/collection-types\/api::article\.article\//);
    expect(digest.text).not.toMatch(/\d{4}-\d{2}-\d{2}T|UTC|GMT/);
    const rows = await app.strapi.db.query(NOTIFICATION).findMany({ where: { emailTo: 'editor@test.local' }, select: ['emailStatus', 'action'] });
    expect(rows.map((row: { emailStatus: string; action: string }) => `${row.action}:${row.emailStatus}`).sort()).toEqual(['email-digest:sent', 'submit:digested', 'submit:digested']);
    // A second run the same day sends nothing more.
    expect((await getService(app.strapi, 'email-digest').sendDigests({ now: new Date(now.getTime() + 60_000) })).skipped).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailTo('editor@test.local')).toHaveLength(1);
  });

  it('counts a notification kept for the digest over 25 hours as stuck (check:integrity)', async () => {
    expect((await checkMail(app.strapi)).violations).toBe(0);
    const kept = await app.strapi.db.query(NOTIFICATION).create({
      data: { userId: 1, action: 'submit', title: 'Thư bị giữ', message: 'x', emailTo: 'someone@test.local', emailStatus: 'digest', emailAttempts: 0 },
    });
    expect((await checkMail(app.strapi, new Date(Date.now() + 24 * 3600_000))).violations).toBe(0);
    const late = await checkMail(app.strapi, new Date(Date.now() + 26 * 3600_000));
    expect(late.violations).toBe(1);
    expect(late.listed[0]).toContain(`thông báo #${kept.id} gửi someone@test.local`);
    await app.strapi.db.query(NOTIFICATION).delete({ where: { id: kept.id } });
  });

  it('is switched off again: the next notification is mailed at once', async () => {
    expect((await choose(desk.editor, { emailDigest: false })).body.data.emailDigest).toBe(false);
    await act(app, desk.author, await draft('Tập huấn chuyển đổi số'), 'submit');
    await until(() => mailTo('editor@test.local').find((mail) => mail.subject === 'Tin bài mới cần biên tập: “Tập huấn chuyển đổi số”'), 'the editor’s e-mail');
  });
});
