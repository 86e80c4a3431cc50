import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin, createAdminUser } from './harness/admin-client';
import { createDraft } from './harness/http';
import { act, type Desk, newsroomDesk, newsroomUser, PASSWORD } from './harness/workflow';
import { until } from './harness/until';
import { mailbox } from './harness/mailbox';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import type { CommentThread, CommentThreadList, MentionableUser } from '../src/plugins/editorial-workflow/shared/contracts/comments';
import { COMMENT, NOTIFICATION, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const PUBLIC_URL = 'https://toasoan.sogd.test';
/** A message for a person of the newsroom: Vietnamese, with its marks. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/**
 * Editorial comments (ý kiến biên tập) on an item, through the real HTTP paths with real logins:
 * threads and replies, field anchors, mentions told in the list and by e-mail, only of people who
 * may read the item, resolve and reopen, the item's scope (404 outside it) and the edge's refusals.
 */
describe('editorial comments on an item', () => {
  let app: TestApp;
  let desk: Desk;
  let box: ReturnType<typeof mailbox>;
  let authorB: string;
  let ids: Record<'author' | 'editor' | 'head' | 'publisher' | 'authorB' | 'leader' | 'unitHead', number>;
  let leader: string;
  let unitHead: string;
  /** An item of XA-A in review at SGD-GDPT. */
  let item: string;
  /** A draft of XA-A, never submitted: its department does not see it yet. */
  let draft: string;
  const saved = { ...process.env };

  const comments = (token: string, documentId = item) => {
    const client = adminClient(app.server, token);
    const base = `/editorial-workflow/items/${documentId}/comments`;
    return {
      list: () => client.get(base),
      post: (body: unknown) => client.post(base, body as object),
      resolve: (id: number, body?: object) => client.post(`${base}/${id}/resolve`, body),
      reopen: (id: number) => client.post(`${base}/${id}/reopen`),
      mentionable: (query = '') => client.get(`${base}/mentionable${query}`),
    };
  };
  const mailTo = (address: string) => box.messages.filter((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) => to?.text.includes(address)));
  const stored = () => app.strapi.db.query(COMMENT).count();
  const notices = () => app.strapi.db.query(NOTIFICATION).count();

  beforeAll(async () => {
    box = mailbox();
    const port = await box.listen();
    Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_IGNORE_TLS: 'true', EMAIL_RETRY_DELAYS_MS: '200,200', EMAIL_FROM: 'Tòa soạn <toasoan@sogd.test>', PUBLIC_URL });
    app = await startStrapi();
    await seedReference(app.strapi);
    for (const code of ['XA-A', 'XA-B']) {
      await app.strapi.documents(UNIT).create({ data: { code, name: `Phòng VH-XH xã ${code.slice(3)}`, kind: 'commune-culture', active: true } });
    }
    const units = await unitIdsByCode(app.strapi, ['XA-A', 'XA-B']);
    const topic = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId;
    desk = await newsroomDesk(app);
    const b = await newsroomUser(app, 'author-b@test.local', 'author', ['XA-B']);
    authorB = b.token;
    const roles = await adminRoleIdsByCode(app.strapi);
    const leaderUser = await createAdminUser(app.strapi, { email: 'lanhdao@test.local', firstname: 'Lãnh', lastname: 'Đạo', password: PASSWORD, roles: [roles.get('newsroom-leader')] });
    leader = await adminLogin(app.server, 'lanhdao@test.local', PASSWORD);
    const headUser = await createAdminUser(app.strapi, { email: 'thutruong@test.local', firstname: 'Thủ', lastname: 'Trưởng', password: PASSWORD, roles: [roles.get('newsroom-unit-head')] });
    const xaA = await app.strapi.db.query(UNIT).findOne({ where: { code: 'XA-A' }, select: ['id'] });
    await app.strapi.plugin('editorial-workflow').service('membership').add({ userId: headUser.id, unitId: xaA.id, role: 'unit-head' });
    unitHead = await adminLogin(app.server, 'thutruong@test.local', PASSWORD);
    const idOf = async (email: string) => (await app.strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] })).id as number;
    ids = {
      author: await idOf('author@test.local'),
      editor: await idOf('editor@test.local'),
      head: await idOf('head@test.local'),
      publisher: await idOf('publisher@test.local'),
      authorB: b.id,
      leader: leaderUser.id,
      unitHead: headUser.id,
    };
    item = (await createDraft(app, desk.author, { title: 'Ngày hội đọc sách', unit: units.get('XA-A')!, topic })).documentId;
    await act(app, desk.author, item, 'submit');
    draft = (await createDraft(app, desk.author, { title: 'Bản nháp chưa gửi', unit: units.get('XA-A')!, topic })).documentId;
  });

  afterAll(async () => {
    await app?.stop();
    await box?.close();
    for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_IGNORE_TLS', 'EMAIL_RETRY_DELAYS_MS', 'EMAIL_FROM', 'PUBLIC_URL']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it('lets the author open a thread on a field and the editor reply; both read it', async () => {
    const opened = await comments(desk.author).post({ body: '  Em đã bổ sung sapo theo góp ý.  ', field: 'summary' });
    expect(opened.status).toBe(201);
    const thread: CommentThread = opened.body.data;
    expect(thread).toMatchObject({ parentId: null, field: 'summary', body: 'Em đã bổ sung sapo theo góp ý.', author: { id: ids.author, name: 'author Test' }, resolved: null, replies: [] });

    const replied = await comments(desk.editor).post({ body: 'Sapo ổn, cần thêm ảnh.', parentId: thread.id });
    expect(replied.status).toBe(201);
    expect(replied.body.data.id).toBe(thread.id);
    expect(replied.body.data.replies).toEqual([expect.objectContaining({ parentId: thread.id, field: 'summary', body: 'Sapo ổn, cần thêm ảnh.', author: { id: ids.editor, name: 'editor Test' } })]);

    // A reply to a reply joins the thread: one level of replies.
    const nested = await comments(desk.author).post({ body: 'Em sẽ thêm ảnh.', parentId: replied.body.data.replies[0].id });
    expect(nested.status).toBe(201);
    expect(nested.body.data.replies.map((reply: { body: string }) => reply.body)).toEqual(['Sapo ổn, cần thêm ảnh.', 'Em sẽ thêm ảnh.']);

    for (const token of [desk.author, desk.editor, desk.head, desk.publisher, leader, unitHead]) {
      const list = await comments(token).list();
      expect(list.status).toBe(200);
      const body: CommentThreadList = list.body.data;
      expect(body.threads.find((t) => t.id === thread.id)?.replies).toHaveLength(2);
      expect(body.fields).toEqual(expect.arrayContaining(['title', 'summary', 'body', 'cover']));
      expect(body.fields).not.toContain('scopeUnitId');
      expect(body.fields).not.toContain('createdBy');
    }
  });

  it('tells a mentioned person in the list and by e-mail, with a link to the item', async () => {
    const before = mailTo('author@test.local').length;
    const res = await comments(desk.editor).post({ body: 'Nhờ tác giả kiểm tra lại tên trường <b>Hoa Ban</b>.', field: 'title', mentions: [ids.author, ids.head] });
    expect(res.status).toBe(201);
    expect(res.body.data.mentions).toEqual([{ id: ids.author, name: 'author Test' }, { id: ids.head, name: 'head Test' }]);

    const list = (await adminClient(app.server, desk.author).get('/editorial-workflow/notifications')).body.data;
    const notice = list.find((n: { action: string }) => n.action === 'comment-mention');
    expect(notice).toMatchObject({ itemDocumentId: item, title: 'Bạn được nhắc đến trong ý kiến biên tập: “Ngày hội đọc sách”' });
    expect(notice.message).toContain('editor Test đã nhắc đến bạn');
    expect(notice.message).toContain('(trường Tiêu đề)');

    const mail = await until(() => mailTo('author@test.local').slice(before).find((m) => m.subject?.startsWith('Bạn được nhắc đến')), 'the mention e-mail');
    expect(mail.text).toContain('Nhờ tác giả kiểm tra lại tên trường <b>Hoa Ban</b>.');
    expect(mail.html).not.toContain('<b>Hoa Ban</b>');
    expect(mail.text).toContain(`Mở tin bài: ${PUBLIC_URL}/admin/content-manager/collection-types/api::article.article/${item}`);
    await until(() => mailTo('head@test.local').find((m) => m.subject?.startsWith('Bạn được nhắc đến')), 'the head’s mention e-mail');
    // The writer is not told of their own comment.
    expect(mailTo('editor@test.local').filter((m) => m.subject?.startsWith('Bạn được nhắc đến'))).toHaveLength(0);
  });

  it('refuses a mention of someone who cannot read the item, in Vietnamese, and stores nothing', async () => {
    const [count, told] = [await stored(), await notices()];
    for (const [token, documentId, mentioned] of [
      [desk.editor, item, ids.authorB],
      // The department does not see a draft that was never submitted.
      [desk.author, draft, ids.editor],
      [desk.author, item, 999_999],
    ] as const) {
      const res = await comments(token, documentId).post({ body: 'Anh chị xem giúp.', mentions: [ids.publisher, mentioned].filter((id) => documentId === item || id !== ids.publisher) });
      expect({ mentioned, status: res.status }).toEqual({ mentioned, status: 400 });
      expect(res.body.error.message).toMatch(/^Chỉ có thể nhắc đến người được xem tin bài này/);
    }
    expect(await stored()).toBe(count);
    expect(await notices()).toBe(told);
  });

  it('answers 404 to another unit’s author, on read and on write, as for the item itself', async () => {
    const [thread] = (await comments(desk.author).list()).body.data.threads;
    const count = await stored();
    const outsider = comments(authorB);
    const answers = [
      await outsider.list(),
      await outsider.post({ body: 'Xin chào.' }),
      await outsider.resolve(thread.id),
      await outsider.reopen(thread.id),
      await outsider.mentionable(),
      await adminClient(app.server, authorB).get(`/editorial-workflow/items/${item}`),
      // An item that does not exist: the same answer.
      await comments(authorB, 'doesnotexist123').list(),
    ];
    expect(answers.map((res) => res.status)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    expect(new Set(answers.map((res) => res.body.error.message)).size).toBe(1);
    // The editor does not see a draft that was never submitted either.
    expect((await comments(desk.editor, draft).list()).status).toBe(404);
    expect(await stored()).toBe(count);
  });

  it('resolves and reopens a thread, recording who and when', async () => {
    const created = await comments(desk.editor).post({ body: 'Ảnh bìa chưa ghi nguồn.', field: 'cover' });
    const id = created.body.data.id as number;
    const resolved = await comments(desk.author).resolve(id);
    expect(resolved.status).toBe(200);
    expect(resolved.body.data.resolved).toEqual({ by: { id: ids.author, name: 'author Test' }, at: expect.any(String) });
    expect(Date.now() - new Date(resolved.body.data.resolved.at).getTime()).toBeLessThan(60_000);
    // Resolving again keeps the first resolution.
    expect((await comments(desk.editor).resolve(id)).body.data.resolved.by.id).toBe(ids.author);

    const reopened = await comments(desk.editor).reopen(id);
    expect(reopened.status).toBe(200);
    expect(reopened.body.data).toMatchObject({ resolved: null, reopened: { by: { id: ids.editor, name: 'editor Test' }, at: expect.any(String) } });
    const listed = (await comments(desk.head).list()).body.data.threads.find((t: CommentThread) => t.id === id);
    expect(listed).toMatchObject({ resolved: null, reopened: { by: { id: ids.editor } } });

    // Only a thread is resolved, not one of its replies; a comment of another item is not found here.
    const reply = await comments(desk.author).post({ body: 'Đã ghi nguồn.', parentId: id });
    const replyId = reply.body.data.replies[0].id as number;
    const onReply = await comments(desk.editor).resolve(replyId);
    expect(onReply.status).toBe(400);
    expect(onReply.body.error.message).toMatch(VIETNAMESE);
    const elsewhere = (await comments(desk.author, draft).post({ body: 'Ghi chú riêng.' })).body.data.id as number;
    expect((await comments(desk.editor).resolve(elsewhere)).status).toBe(404);
    expect((await comments(desk.editor).resolve(9_999_999)).status).toBe(404);
    expect((await comments(desk.editor).resolve(id, { by: 'x' })).status).toBe(400);
  });

  it('refuses bad input with a 400 in Vietnamese and stores nothing', async () => {
    const [thread] = (await comments(desk.author).list()).body.data.threads;
    const count = await stored();
    const bad: unknown[] = [
      {},
      { body: '' },
      { body: '   \n ' },
      { body: 'x'.repeat(5001) },
      { body: 'có ký tự \u0000 NUL' },
      { body: 'Góp ý', field: 'password' },
      { body: 'Góp ý', field: 'scopeUnitId' },
      { body: 'Góp ý', field: 'createdBy' },
      { body: 'Góp ý', unknown: 1 },
      { body: 'Góp ý', authorId: ids.head },
      { body: 'Góp ý', parentId: thread.id, field: 'title' },
      { body: 'Góp ý', parentId: 'abc' },
      { body: 'Góp ý', mentions: 'all' },
      { body: 'Góp ý', mentions: [-1] },
      { body: ['Góp ý'] },
      [],
    ];
    for (const body of bad) {
      const res = await comments(desk.editor).post(body);
      expect({ body: JSON.stringify(body).slice(0, 80), status: res.status }).toEqual({ body: JSON.stringify(body).slice(0, 80), status: 400 });
      expect({ body: JSON.stringify(body).slice(0, 80), message: res.body.error.message }).toEqual({ body: JSON.stringify(body).slice(0, 80), message: expect.stringMatching(VIETNAMESE) });
    }
    // A reply to a thread that is not there names no thread of the item.
    expect((await comments(desk.editor).post({ body: 'Góp ý', parentId: 9_999_999 })).status).toBe(404);
    expect(await stored()).toBe(count);
    // 5,000 characters are fine.
    expect((await comments(desk.editor).post({ body: 'y'.repeat(5000) })).status).toBe(201);
  });

  it('lists who may be mentioned: the item’s readers, by name or e-mail, at most 20', async () => {
    const res = await comments(desk.editor).mentionable();
    expect(res.status).toBe(200);
    const people: MentionableUser[] = res.body.data;
    const listed = new Set(people.map((person) => person.id));
    for (const id of [ids.author, ids.head, ids.publisher, ids.leader, ids.unitHead]) expect(listed.has(id)).toBe(true);
    expect(listed.has(ids.authorB)).toBe(false);
    // Not oneself.
    expect(listed.has(ids.editor)).toBe(false);
    expect(people.length).toBeLessThanOrEqual(20);

    const found = (await comments(desk.editor).mentionable('?q=thu truong')).body.data as MentionableUser[];
    expect(found.map((person) => person.id)).toEqual([ids.unitHead]);
    expect((await comments(desk.editor).mentionable('?q=publisher@test')).body.data.map((p: MentionableUser) => p.id)).toEqual([ids.publisher]);
    // On the draft, the author's unit only: the department is not there yet.
    const onDraft = new Set(((await comments(desk.author, draft).mentionable()).body.data as MentionableUser[]).map((p) => p.id));
    expect(onDraft.has(ids.unitHead)).toBe(true);
    expect(onDraft.has(ids.editor)).toBe(false);
    expect(onDraft.has(ids.leader)).toBe(true);
    expect((await comments(desk.editor).mentionable('?q[$ne]=x')).status).toBe(400);
    expect((await comments(desk.editor).mentionable('?page=2')).status).toBe(400);
  });

  it('keeps comments append-only: no edit or delete through the API, nor in the database', async () => {
    const [thread] = (await comments(desk.author).list()).body.data.threads;
    const client = adminClient(app.server, desk.author);
    const base = `/editorial-workflow/items/${item}/comments/${thread.id}`;
    for (const res of [await client.put(base, { body: 'sửa' }), await client.delete(base)]) expect([404, 405]).toContain(res.status);
    await expect(app.strapi.db.query(COMMENT).update({ where: { id: thread.id }, data: { body: 'sửa' } })).rejects.toThrow(/chỉ được ghi thêm/);
    await expect(app.strapi.db.query(COMMENT).delete({ where: { id: thread.id } })).rejects.toThrow(/chỉ được ghi thêm/);
    expect((await app.strapi.db.query(COMMENT).findOne({ where: { id: thread.id } })).body).toBe(thread.body);
  });
});
