import { startStrapi, type TestApp } from './harness/strapi';
import { createDraft } from './harness/http';
import { act, type Desk, newsroomDesk, workflowApi } from './harness/workflow';
import { until } from './harness/until';
import { mailbox } from './harness/mailbox';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { ADMIN_USER, NOTIFICATION, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';

/** The server's public address in this suite: every e-mail links into the admin panel through it. */
const PUBLIC_URL = 'https://toasoan.sogd.test';

/** `08:30 ngày 02/12/2026`: an instant in Vietnam time (UTC+7), written out here independently of the app. */
const vietnam = (instant: Date) => {
  const local = new Date(instant.getTime() + 7 * 3600_000).toISOString();
  return `${local.slice(11, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} (giờ Việt Nam)`;
};
/** An ISO or UTC timestamp, which no e-mail may show. */
const UTC_TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|UTC|GMT|\d{2}:\d{2}(:\d{2})?(\.\d+)?Z/;

describe('workflow notifications: e-mail over SMTP and the in-admin list', () => {
  let app: TestApp;
  let desk: Desk;
  let box: ReturnType<typeof mailbox>;
  let unit: string;
  let topic: string;
  const saved = { ...process.env };

  const mailTo = (address: string) => box.messages.filter((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) => to?.text.includes(address)));

  beforeAll(async () => {
    box = mailbox();
    const port = await box.listen();
    Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_IGNORE_TLS: 'true', EMAIL_RETRY_DELAYS_MS: '200,200', EMAIL_FROM: 'Tòa soạn <toasoan@sogd.test>', PUBLIC_URL });
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
    for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_IGNORE_TLS', 'EMAIL_RETRY_DELAYS_MS', 'EMAIL_FROM', 'PUBLIC_URL']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  const draft = async (title: string) => (await createDraft(app, desk.author, { title, unit, topic })).documentId;

  it('tells whoever acts next, by e-mail and in the list, in Vietnamese', async () => {
    const documentId = await draft('Ngày hội đọc sách');
    await act(app, desk.author, documentId, 'submit');
    const toEditor = await until(() => mailTo('editor@test.local')[0], 'the editor’s e-mail');
    expect(toEditor.subject).toBe('Tin bài mới cần biên tập: “Ngày hội đọc sách”');
    expect(toEditor.text).toContain('Phòng VH-XH xã A');
    expect(toEditor.from?.text).toContain('toasoan@sogd.test');
    const list = await workflowApi(app, desk.editor).notifications();
    expect(list.body.data[0]).toMatchObject({ itemDocumentId: documentId, action: 'submit', title: toEditor.subject, readAt: null });
    expect(list.body.meta.unread).toBe(1);

    await act(app, desk.editor, documentId, 'forward');
    expect((await until(() => mailTo('head@test.local')[0], 'the head’s e-mail')).subject).toMatch(/^Tin bài chờ Trưởng phòng duyệt/);
    await act(app, desk.head, documentId, 'approve');
    expect((await until(() => mailTo('publisher@test.local')[0], 'the publisher’s e-mail')).subject).toMatch(/^Tin bài đã duyệt, chờ đăng tải/);
    // Nobody is told of their own action, and no one else is told at all.
    expect(mailTo('author@test.local')).toHaveLength(0);
    expect((await workflowApi(app, desk.head).notifications()).body.data).toHaveLength(1);
  });

  it('gives the author the reason of a return and of an unpublish, with its category', async () => {
    const documentId = await draft('Hội khỏe Phù Đổng');
    await act(app, desk.author, documentId, 'submit');
    await act(app, desk.editor, documentId, 'return', { comment: 'Bổ sung danh sách vận động viên đạt giải.', reasonCategory: 'facts' });
    const returned = await until(() => mailTo('author@test.local').find((mail) => mail.subject?.startsWith('Tin bài bị trả lại')), 'the return e-mail');
    expect(returned.text).toContain('Lý do (Sai thông tin, số liệu): Bổ sung danh sách vận động viên đạt giải.');
    const listed = (await workflowApi(app, desk.author).notifications()).body.data.find((n: { action: string }) => n.action === 'return');
    expect(listed.message).toContain('Lý do (Sai thông tin, số liệu): Bổ sung danh sách vận động viên đạt giải.');

    await act(app, desk.author, documentId, 'submit');
    await act(app, desk.editor, documentId, 'forward');
    await act(app, desk.head, documentId, 'approve');
    await act(app, desk.publisher, documentId, 'publish');
    await act(app, desk.publisher, documentId, 'unpublish', { comment: 'Sai tên trường.', reasonCategory: 'sensitive' });
    const unpublished = await until(() => mailTo('author@test.local').find((mail) => mail.subject?.startsWith('Tin bài đã bị gỡ')), 'the unpublish e-mail');
    expect(unpublished.text).toContain('Lý do (Nội dung nhạy cảm): Sai tên trường.');
  });

  it('escapes user values and never runs them as a template', async () => {
    const documentId = await draft('<img src=x onerror=alert(1)> <%= 7*7 %> ${7*7}');
    await act(app, desk.author, documentId, 'submit');
    await act(app, desk.editor, documentId, 'return', { comment: '<script>alert("x")</script> {{7*7}}' });
    const mail = await until(() => mailTo('author@test.local').find((m) => m.subject?.includes('onerror')), 'the escaped e-mail');
    expect(mail.subject).toContain('<%= 7*7 %> ${7*7}');
    expect(mail.text).toContain('<script>alert("x")</script> {{7*7}}');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; {{7*7}}');
    expect(mail.html).toContain('&lt;%= 7*7 %&gt; ${7*7}');
    // Nothing computed 7*7 in what the user wrote (the e-mail's own time and link lines hold digits of their own).
    expect(String(mail.html).replace(/<p>Thời gian: [^<]*<\/p>|<p><a href="[^"]*">[^<]*<\/a>: [^<]*<\/p>/g, '')).not.toContain('49');
  });

  it('does not fail a transition when the mail server is down, and retries the message', async () => {
    box.refuse(true);
    const documentId = await draft('Tập huấn chuyển đổi số');
    const before = mailTo('editor@test.local').length;
    const submitted = await act(app, desk.author, documentId, 'submit');
    expect(submitted.state).toBe('in_review');
    const pending = await until(async () => {
      const row = await app.strapi.db.query(NOTIFICATION).findOne({ where: { itemDocumentId: documentId } });
      return row?.emailError && row.emailStatus === 'pending' ? row : undefined;
    }, 'a failed first attempt');
    expect(pending.emailError).toMatch(/451/);
    box.refuse(false);
    await until(() => mailTo('editor@test.local').length > before, 'the retried e-mail');
    const sent = await until(async () => {
      const row = await app.strapi.db.query(NOTIFICATION).findOne({ where: { itemDocumentId: documentId } });
      return row?.emailStatus === 'sent' ? row : undefined;
    }, 'the notification marked sent');
    expect(sent.emailAttempts).toBe(2);
  });

  it('marks notifications read, only the caller’s own', async () => {
    const editorApi = workflowApi(app, desk.editor);
    const mine = (await editorApi.notifications('?unread=true')).body.data;
    expect(mine.length).toBeGreaterThan(0);
    const headsOwn = (await workflowApi(app, desk.head).notifications()).body.data[0];
    const marked = await editorApi.markRead({ ids: [mine[0].id, headsOwn.id] });
    expect(marked.body.data.marked).toBe(1);
    expect((await workflowApi(app, desk.head).notifications()).body.data[0].readAt).toBeNull();
    expect((await editorApi.markRead({ all: true })).status).toBe(200);
    expect((await editorApi.notifications()).body.meta.unread).toBe(0);
    for (const body of [{}, { ids: 'all' }, { ids: [1], all: true }, { ids: [-1] }]) {
      expect({ body, status: (await editorApi.markRead(body)).status }).toEqual({ body, status: 400 });
    }
  });

  it('links every e-mail to the item’s edit view through PUBLIC_URL, with the time in Vietnam time, never UTC', async () => {
    const documentId = await draft('Hội thi giáo viên dạy giỏi');
    await act(app, desk.author, documentId, 'submit');
    const mail = await until(() => mailTo('editor@test.local').find((m) => m.subject?.includes('Hội thi giáo viên dạy giỏi')), 'the editor’s e-mail');
    const editView = `${PUBLIC_URL}/admin/content-manager/collection-types/api::article.article/${documentId}`;
    expect(mail.text).toContain(`Mở tin bài: ${editView}`);
    expect(mail.html).toContain(`<a href="${editView}">Mở tin bài</a>`);
    const row = await app.strapi.db.query(NOTIFICATION).findOne({ where: { itemDocumentId: documentId, action: 'submit' } });
    expect(mail.text).toContain(`Thời gian: ${vietnam(new Date(row.createdAt))}`);
    expect(mail.text).not.toMatch(UTC_TIME);
    expect(mail.html).not.toMatch(UTC_TIME);
  });

  it('writes a scheduled publication’s time in Vietnam time', async () => {
    const documentId = await draft('Lễ khai giảng năm học mới');
    await act(app, desk.author, documentId, 'submit');
    await act(app, desk.editor, documentId, 'forward');
    await act(app, desk.head, documentId, 'approve');
    // 01:30 UTC a month from now is 08:30 the same day in Vietnam.
    const at = new Date(Date.now() + 30 * 86_400_000);
    at.setUTCHours(1, 30, 0, 0);
    await act(app, desk.publisher, documentId, 'publish', { publishAt: at.toISOString() });
    const mail = await until(() => mailTo('author@test.local').find((m) => m.subject?.startsWith('Tin bài được hẹn giờ đăng')), 'the schedule e-mail');
    const day = at.toISOString().slice(0, 10);
    expect(mail.text).toContain(`sẽ được đăng lúc 08:30 ngày ${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)} (giờ Việt Nam)`);
    expect(mail.text).toContain(`Mở tin bài: ${PUBLIC_URL}/admin/content-manager/collection-types/api::article.article/${documentId}`);
    expect(mail.text).not.toMatch(UTC_TIME);
  });

  it('shows an event at 01:30 UTC as 08:30, and links a notice without an item to the page it concerns', async () => {
    const author = await app.strapi.db.query(ADMIN_USER).findOne({ where: { email: 'author@test.local' }, select: ['id'] });
    const ids = await getService(app.strapi, 'inbox').notifyUsers([author.id], {
      action: 'weekly-reminder',
      title: 'Nhắc chỉ tiêu tuần 2026-W49: đơn vị chưa đạt',
      lines: ['Phòng VH-XH xã A (XA-A):', '– Tin bài: 0/2 trong tuần 2026-W49'],
    });
    // The reminder as written at 2026-12-02T01:30Z; the outbox sends it as the cron job's run would.
    await app.strapi.db.query(NOTIFICATION).updateMany({ where: { id: { $in: ids } }, data: { createdAt: new Date('2026-12-02T01:30:00Z') } });
    await getService(app.strapi, 'mail-outbox').deliver(ids);
    const mail = await until(() => mailTo('author@test.local').find((m) => m.subject?.startsWith('Nhắc chỉ tiêu tuần 2026-W49')), 'the reminder e-mail');
    expect(mail.text).toContain('Thời gian: 08:30 ngày 02/12/2026 (giờ Việt Nam)');
    expect(mail.text).toContain(`Xem trang Thống kê: ${PUBLIC_URL}/admin/plugins/editorial-workflow-stats`);
    expect(mail.text).not.toMatch(UTC_TIME);
    expect(mail.html).not.toMatch(UTC_TIME);
  });
});
