import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin, createAdminUser } from './harness/admin-client';
import { createDraft } from './harness/http';
import { uploadPhoto, uploadsSnapshot } from './harness/media';
import { act, type Desk, newsroomDesk, newsroomUser, PASSWORD, publishThroughWorkflow } from './harness/workflow';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { previewLinks } from '../src/plugins/editorial-workflow/server/src/preview/links';
import type { PreviewLink } from '../src/plugins/editorial-workflow/shared/contracts/preview';
import { ITEM_STATE, TOPIC, UNIT, UPLOAD_FILE } from '../src/plugins/editorial-workflow/shared/uids';

const PUBLIC_URL = 'https://toasoan.sogd.test';
const HOUR_MS = 3600_000;
const INVALID = 'Liên kết xem trước không hợp lệ';
const EXPIRED = 'Liên kết xem trước đã hết hạn';
const STALE = 'Liên kết xem trước không còn hiệu lực vì tin bài đã được xử lý tiếp';
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/**
 * Preview links (xem trước), over HTTP with real logins: whoever may read an item's workflow gets a
 * signed link; anyone holding it reads that item's draft without a login until it expires or the
 * item takes its next step; forged, malformed, expired and stale links are 4xx pages in Vietnamese;
 * the public API never shows a preview or a token; nothing of a token reaches the log.
 */
describe('preview links of a draft', () => {
  let app: TestApp;
  let desk: Desk;
  let authorB: string;
  let leader: string;
  /** An item of XA-A in review at SGD-GDPT, with a summary, a body and a cover. */
  let item: string;
  /** Another item of the same author, also in review: never shown by the first one's link. */
  let other: string;
  /** A draft of XA-A never submitted: the department does not see it. */
  let unsent: string;
  let coverUrl: string;
  const saved = { ...process.env };
  const uploads = uploadsSnapshot();
  const logged: string[] = [];

  const askLink = (token: string, documentId: string, body?: object, query = '') =>
    adminClient(app.server, token).post(`/editorial-workflow/items/${documentId}/preview-link${query}`, body);
  const linkOf = async (token: string, documentId: string): Promise<PreviewLink> => {
    const res = await askLink(token, documentId);
    expect(res.status).toBe(200);
    return res.body.data;
  };
  /** The link's path on this server (PUBLIC_URL names the public address, not the test's). */
  const pathOf = (url: string) => {
    expect(url.startsWith(`${PUBLIC_URL}/preview/`)).toBe(true);
    return url.slice(PUBLIC_URL.length);
  };
  const open = (url: string) => request(app.server).get(pathOf(url));
  const tokenOf = (url: string) => url.slice(`${PUBLIC_URL}/preview/`.length);
  const versionOf = async (documentId: string) => (await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } })).version as number;

  beforeAll(async () => {
    Object.assign(process.env, { PUBLIC_URL, PUBLIC_API_RATE_LIMIT: '100', PUBLIC_API_RATE_WINDOW_SECONDS: '60' });
    delete process.env.PREVIEW_LINK_HOURS;
    delete process.env.PREVIEW_SECRET;
    app = await startStrapi();
    // Everything the app logs, at every level (Strapi's request logger included), to look for tokens in.
    for (const level of ['error', 'warn', 'info', 'http', 'debug', 'verbose'] as const) {
      const log = app.strapi.log as unknown as Record<string, (...args: unknown[]) => unknown>;
      const original = log[level]?.bind(app.strapi.log);
      if (!original) continue;
      log[level] = (...args: unknown[]) => {
        logged.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
        return original(...args);
      };
    }
    await seedReference(app.strapi);
    for (const code of ['XA-A', 'XA-B']) {
      await app.strapi.documents(UNIT).create({ data: { code, name: `Phòng VH-XH xã ${code.slice(3)}`, kind: 'commune-culture', active: true } });
    }
    const units = await unitIdsByCode(app.strapi, ['XA-A', 'XA-B']);
    const topic = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId;
    desk = await newsroomDesk(app);
    authorB = (await newsroomUser(app, 'author-b@test.local', 'author', ['XA-B'])).token;
    const roles = await adminRoleIdsByCode(app.strapi);
    await createAdminUser(app.strapi, { email: 'lanhdao@test.local', firstname: 'Lãnh', lastname: 'Đạo', password: PASSWORD, roles: [roles.get('newsroom-leader')] });
    leader = await adminLogin(app.server, 'lanhdao@test.local', PASSWORD);

    const cover = await uploadPhoto(app, desk.author, 'khai-giang.jpg');
    coverUrl = (await app.strapi.db.query(UPLOAD_FILE).findOne({ where: { id: cover }, select: ['url'] })).url;
    item = (
      await createDraft(app, desk.author, {
        title: 'Lễ khai giảng năm học mới ở xã A',
        summary: 'Hơn 2.000 học sinh dự lễ khai giảng.',
        body: [paragraph('Sáng 5/9, các trường trên địa bàn xã tổ chức lễ khai giảng.'), paragraph('Chủ tịch xã đánh trống khai trường.')],
        cover,
        unit: units.get('XA-A')!,
        topic,
      })
    ).documentId;
    await act(app, desk.author, item, 'submit');
    other = (await createDraft(app, desk.author, { title: 'Hội thi giáo viên dạy giỏi cấp xã', body: [paragraph('Nội dung của tin khác.')], unit: units.get('XA-A')!, topic })).documentId;
    await act(app, desk.author, other, 'submit');
    unsent = (await createDraft(app, desk.author, { title: 'Bản nháp chưa gửi', unit: units.get('XA-A')!, topic })).documentId;
  });

  afterAll(async () => {
    await app?.stop();
    uploads.removeAdded();
    for (const key of ['PUBLIC_URL', 'PUBLIC_API_RATE_LIMIT', 'PUBLIC_API_RATE_WINDOW_SECONDS', 'PREVIEW_LINK_HOURS', 'PREVIEW_SECRET']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it('gives the editor a link for four hours, which shows the draft without a login, and not another item', async () => {
    const before = Date.now();
    const link = await linkOf(desk.editor, item);
    expect(link.url).toMatch(/^https:\/\/toasoan\.sogd\.test\/preview\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    const expiresAt = new Date(link.expiresAt).getTime();
    expect(expiresAt).toBeGreaterThanOrEqual(before + 4 * HOUR_MS - 1000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 4 * HOUR_MS);

    const page = await open(link.url);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<html lang="vi">');
    expect(page.text).toContain('<meta name="robots" content="noindex">');
    expect(page.text).toContain('BẢN XEM TRƯỚC — chưa đăng');
    expect(page.text).toContain('<h1>Lễ khai giảng năm học mới ở xã A</h1>');
    expect(page.text).toContain('Hơn 2.000 học sinh dự lễ khai giảng.');
    expect(page.text).toContain('<p>Sáng 5/9, các trường trên địa bàn xã tổ chức lễ khai giảng.</p><p>Chủ tịch xã đánh trống khai trường.</p>');
    expect(page.text).toContain('Phòng VH-XH xã A');
    expect(page.text).toContain('(giờ Việt Nam)');
    expect(page.text).not.toContain('Hội thi giáo viên dạy giỏi cấp xã');
    expect(page.text).not.toContain('Nội dung của tin khác.');
    expect(page.text).not.toContain('<script');

    expect(page.headers['cache-control']).toBe('private, no-store');
    expect(page.headers['x-robots-tag']).toBe('noindex');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/);
    expect(page.headers['set-cookie']).toBeUndefined();

    // The other item's own link shows the other item.
    const otherPage = await open((await linkOf(desk.editor, other)).url);
    expect(otherPage.status).toBe(200);
    expect(otherPage.text).toContain('Hội thi giáo viên dạy giỏi cấp xã');
    expect(otherPage.text).not.toContain('Lễ khai giảng năm học mới ở xã A');
  });

  it('shows the draft’s private cover through a short-lived signed URL, and the file stays private', async () => {
    const page = await open((await linkOf(desk.author, item)).url);
    const shown = [...page.text.matchAll(/src="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'));
    const cover = shown.find((url) => url.startsWith(`${coverUrl}?`));
    expect(cover).toMatch(/\?exp=\d+&sig=[A-Za-z0-9_-]+$/);
    const signed = await request(app.server).get(cover!);
    expect(signed.status).toBe(200);
    expect(signed.headers['content-type']).toMatch(/^image\//);
    // Without the signature the draft's file is not public.
    expect((await request(app.server).get(coverUrl)).status).toBe(404);
  });

  it('lets everyone who reads the item’s workflow ask for a link: the author, the head, the leadership', async () => {
    for (const token of [desk.author, desk.head, leader]) {
      const page = await open((await linkOf(token, item)).url);
      expect(page.status).toBe(200);
      expect(page.text).toContain('Lễ khai giảng năm học mới ở xã A');
    }
  });

  it('answers 404 outside the item’s scope, as GET /items/:documentId does, and makes no link', async () => {
    const notFound = (await adminClient(app.server, authorB).get(`/editorial-workflow/items/${item}`)).body.error.message;
    const answers = [await askLink(authorB, item), await askLink(authorB, 'doesnotexist123'), await askLink(desk.editor, unsent)];
    expect(answers.map((res) => res.status)).toEqual([404, 404, 404]);
    for (const res of answers) {
      expect(res.body.error.message).toBe(notFound);
      expect(JSON.stringify(res.body)).not.toContain('/preview/');
    }
    // No admin session: no link either.
    const anonymous = await request(app.server).post(`/editorial-workflow/items/${item}/preview-link`);
    expect(anonymous.status).toBe(401);
    expect(JSON.stringify(anonymous.body)).not.toContain('/preview/');
  });

  it('takes no input: a chosen expiry or version, or a query, is a 400 in Vietnamese', async () => {
    for (const [body, query] of [[{ expiresAt: '2030-01-01T00:00:00Z' }, ''], [{ version: 1 }, ''], [[], ''], [undefined, '?hours=100']] as const) {
      const res = await askLink(desk.editor, item, body as object | undefined, query);
      expect({ body, query, status: res.status }).toEqual({ body, query, status: 400 });
      expect(res.body.error.message).toMatch(/không được hỗ trợ|phải là/);
    }
  });

  it('refuses a forged or malformed link with a 404 page in Vietnamese, never a 500', async () => {
    const { url } = await linkOf(desk.editor, item);
    const token = tokenOf(url);
    const [payload, signature] = token.split('.');
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    const forged = [
      `${payload}.${flip(signature, 10)}`,
      `${payload}.${flip(signature, signature.length - 1)}`,
      `${flip(payload, 5)}.${signature}`,
      // Another item's payload under this item's signature.
      `${tokenOf((await linkOf(desk.editor, other)).url).split('.')[0]}.${signature}`,
      payload,
      `${payload}.`,
      'abc',
      'x'.repeat(3000),
      '%00',
      '%E0%A4%A',
      '__proto__',
    ];
    for (const bad of forged) {
      const res = await request(app.server).get(`/preview/${bad}`);
      expect({ bad: bad.slice(0, 40), status: res.status }).toEqual({ bad: bad.slice(0, 40), status: 404 });
      expect(res.text).toContain(INVALID);
      expect(res.text).not.toContain('Lễ khai giảng');
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(res.headers['x-robots-tag']).toBe('noindex');
    }
    for (const path of ['/preview', '/preview/', `/preview/${token}/x`, `/PREVIEW/x`]) {
      const res = await request(app.server).get(path);
      expect({ path: path.slice(0, 30), status: res.status }).toEqual({ path: path.slice(0, 30), status: 404 });
      expect(res.text).toContain(INVALID);
    }
    // The page is read-only.
    const posted = await request(app.server).post(pathOf(url)).send({ a: 1 });
    expect(posted.status).toBe(405);
    expect(posted.headers.allow).toBe('GET, HEAD');
    // The untouched link still works.
    expect((await open(url)).status).toBe(200);
  });

  it('refuses an expired link with a 410 page in Vietnamese', async () => {
    // Issued five hours ago, as the route would have then: four hours of life, so one hour past.
    const expired = previewLinks(app.strapi).issue(item, await versionOf(item), Date.now() - 5 * HOUR_MS);
    const res = await open(expired.url);
    expect(res.status).toBe(410);
    expect(res.text).toContain(EXPIRED);
    expect(res.text).not.toContain('Lễ khai giảng');
    // Issued a minute ago: still valid.
    expect((await open(previewLinks(app.strapi).issue(item, await versionOf(item), Date.now() - 60_000).url)).status).toBe(200);
  });

  it('goes stale once the item takes its next step: the editor forwards it, the old link is a 410', async () => {
    const old = await linkOf(desk.head, item);
    expect((await open(old.url)).status).toBe(200);
    await act(app, desk.editor, item, 'forward');
    const res = await open(old.url);
    expect(res.status).toBe(410);
    expect(res.text).toContain(STALE);
    expect(res.text).not.toContain('Lễ khai giảng');
    // A new link, at the new version, works; the head reads what they are asked to approve.
    const fresh = await open((await linkOf(desk.head, item)).url);
    expect(fresh.status).toBe(200);
    expect(fresh.text).toContain('Chờ Trưởng phòng duyệt');
  });

  it('never shows a preview, a draft or a token in the public API, even once the item is published', async () => {
    const tokens = [tokenOf((await linkOf(desk.editor, other)).url), tokenOf((await linkOf(desk.head, item)).url)];
    const publicPaths = ['/api/articles', '/api/articles?q=khai%20giang', '/api/articles?q=hoi%20thi', '/api/feed.rss', '/api/sitemap.xml', '/api/topics', '/api/units'];
    const check = async (draftTitles: string[]) => {
      for (const path of publicPaths) {
        const res = await request(app.server).get(path);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
        for (const token of tokens) expect({ path, leaked: res.text.includes(token) || res.text.includes(token.split('.')[1]) }).toEqual({ path, leaked: false });
        expect({ path, preview: /\/preview\/|xem trước/i.test(res.text) }).toEqual({ path, preview: false });
        for (const title of draftTitles) expect({ path, title, shown: res.text.includes(title) }).toEqual({ path, title, shown: false });
      }
    };
    await check(['Lễ khai giảng năm học mới ở xã A', 'Hội thi giáo viên dạy giỏi cấp xã', 'Bản nháp chưa gửi']);
    await publishThroughWorkflow(app, desk, unsent);
    await check(['Lễ khai giảng năm học mới ở xã A', 'Hội thi giáo viên dạy giỏi cấp xã']);
    const published = await request(app.server).get('/api/articles');
    expect(published.text).toContain('Bản nháp chưa gửi');
  });

  it('writes no token to the log, whatever was asked', async () => {
    const { url } = await linkOf(desk.editor, other);
    await open(url);
    await request(app.server).get(`${pathOf(url)}x`);
    await request(app.server).post(pathOf(url));
    const token = tokenOf(url);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.filter((line) => line.includes(token) || line.includes(token.split('.')[1]))).toEqual([]);
    expect(logged.filter((line) => /\/preview\/[A-Za-z0-9_-]{8,}/.test(line))).toEqual([]);
  });

  it('is under the public API’s rate limit (429 past it)', async () => {
    const statuses: number[] = [];
    for (let batch = 0; batch < 10 && !statuses.includes(429); batch += 1) {
      statuses.push(...(await Promise.all(Array.from({ length: 25 }, () => request(app.server).get('/preview/abc')))).map((res) => res.status));
    }
    expect(statuses).toContain(429);
    expect(statuses.every((status) => status === 404 || status === 429)).toBe(true);
  });
});
