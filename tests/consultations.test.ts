import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { publicFormGuard } from '../src/plugins/editorial-workflow/server/src/public-forms';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { act } from './harness/workflow';
import { adminClient } from './harness/admin-client';
import { connect, contentManager } from './harness/http';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { ARTICLE, CONSULTATION, JOB_RUN, PUBLIC_COMMENT, SPENT_FORM_TOKEN } from '../src/plugins/editorial-workflow/shared/uids';
import { CONTACT_DELETION_JOB } from '../src/plugins/editorial-workflow/server/src/consultations/contact-deletion';

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const DAY = 86_400_000;
/** A Vietnam day `offset` days from today, as the admin's date field sends it. */
const vnDay = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * DAY).toISOString().slice(0, 10);
const FORM_LIMIT = 80;
const ENV = {
  PUBLIC_FORM_MIN_SECONDS: '1',
  PUBLIC_FORM_RATE_LIMIT: String(FORM_LIMIT),
  PUBLIC_FORM_RATE_WINDOW_SECONDS: '600',
  PUBLIC_API_RATE_LIMIT: '2000',
  PUBLIC_API_TRUSTED_PROXIES: '',
  CONSULTATION_CONTACT_RETENTION_DAYS: '30',
};
/** Contact details and internal fields that no public answer may carry (`name` is a department's or a file's there: the commenter's name is probed as text). */
const PRIVATE_KEYS = ['email', 'phone', 'stance', 'lineIds', 'mergedIntoId', 'answeredById', 'consentPurpose', 'textHash', 'textKey', 'formToken', 'departmentId', 'draftFileId', 'itemDocumentId', 'contactsDeletedAt'];

const keysIn = (value: unknown, into = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) value.forEach((entry) => keysIn(entry, into));
  else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      into.add(key);
      keysIn(entry, into);
    }
  }
  return into;
};

/**
 * Consultations on drafts and the public's comments (issue 22 items 1 and 2), over HTTP: the
 * consultation goes through the workflow as real logins (author writes and sets its dates, editor
 * forwards, head approves, publisher publishes) to the public API; the public posts comments through
 * the guard, and every abuse of the issue is a 4xx that stores nothing; contact details are deleted
 * once after closing; nothing internal reaches the public API.
 */
describe('consultations and public comments', () => {
  let app: TestApp;
  let round: RoundFixture;
  const saved: Record<string, string | undefined> = {};
  let open: { documentId: string; slug: string };
  let closed: { documentId: string; slug: string };
  let unpublished: { documentId: string; slug: string };
  let trackingCode: string;

  const server = () => request(app.server);
  const stored = async () => [await app.strapi.db.query(PUBLIC_COMMENT).count(), await app.strapi.db.query(SPENT_FORM_TOKEN).count()];
  const commentCount = () => app.strapi.db.query(PUBLIC_COMMENT).count();
  const formOf = async (slug: string) => {
    const res = await server().get(`/api/consultations/${slug}/comment-form`);
    expect(res.status).toBe(200);
    return res.body.data as { formToken: string; honeypot: string; notBefore: string; contactPurpose: string };
  };
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** A token old enough to be posted. */
  const readyToken = async (slug: string) => {
    const form = await formOf(slug);
    await wait(Math.max(0, Date.parse(form.notBefore) - Date.now()) + 50);
    return form.formToken;
  };
  const good = (overrides: Record<string, unknown> = {}) => ({
    text: 'Đề nghị bổ sung quy định về giờ học thêm buổi chiều cho học sinh tiểu học.',
    group: 'parent',
    commune: 'Phường Tân An',
    name: 'Nguyễn Thị Hoa',
    email: 'hoa.nguyen@example.vn',
    phone: '0912 345 678',
    consent: true,
    ...overrides,
  });
  const post = (slug: string, body: unknown) => server().post(`/api/consultations/${slug}/comments`).set('Content-Type', 'application/json').send(JSON.stringify(body));

  /** A consultation item written by the author, its settings set, moved through the workflow as far as `publish`. */
  async function consultation(title: string, opensOn: string, closesOn: string, publish: boolean) {
    const cm = contentManager(app, round.desk.author);
    const res = await cm.create(ARTICLE, { title, kind: 'consultation', summary: `Dự thảo: ${title}`, unit: connect(round.xaA.documentId), topics: connect(round.topic) });
    expect(res.status).toBe(201);
    const { documentId, slug } = res.body.data;
    const settings = await adminClient(app.server, round.desk.author).put(`/editorial-workflow/consultations/${documentId}`, { opensOn, closesOn, draftFileId: null, departmentCode: 'SGD-GDPT' });
    expect(settings.status).toBe(200);
    if (publish) {
      await act(app, round.desk.author, documentId, 'submit');
      await act(app, round.desk.editor, documentId, 'forward');
      await act(app, round.desk.head, documentId, 'approve');
      await act(app, round.desk.publisher, documentId, 'publish');
    }
    return { documentId, slug: slug as string };
  }

  beforeAll(async () => {
    for (const key of Object.keys(ENV)) saved[key] = process.env[key];
    Object.assign(process.env, ENV);
    app = await startStrapi();
    round = await roundFixture(app);
    open = await consultation('Lấy ý kiến dự thảo quy định dạy thêm, học thêm', vnDay(-1), vnDay(10), true);
    closed = await consultation('Lấy ý kiến dự thảo kế hoạch tuyển sinh lớp 10', vnDay(-40), vnDay(-35), true);
    unpublished = await consultation('Lấy ý kiến dự thảo chưa đăng', vnDay(-1), vnDay(10), false);
  });

  afterAll(async () => {
    await app?.stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  describe('the consultation through the workflow to the public API', () => {
    it('lists the published consultations by status, in Vietnam days, with the settings and no summary yet', async () => {
      const openList = await server().get('/api/consultations?status=open');
      expect(openList.status).toBe(200);
      expect(openList.body.data.map((c: { slug: string }) => c.slug)).toEqual([open.slug]);
      const closedList = await server().get('/api/consultations?status=closed');
      expect(closedList.body.data.map((c: { slug: string }) => c.slug)).toEqual([closed.slug]);
      const one = (await server().get(`/api/consultations/${open.slug}`)).body.data;
      expect(one).toMatchObject({ status: 'open', statusLabel: 'Đang lấy ý kiến', department: { code: 'SGD-GDPT' }, summary: null, draftDocument: null });
      // Opens at 00:00 of its first day and closes at 24:00 of its last, Vietnam time (UTC+7).
      expect(one.opensAt).toBe(new Date(Date.parse(`${vnDay(-1)}T00:00:00+07:00`)).toISOString());
      expect(one.closesAt).toBe(new Date(Date.parse(`${vnDay(11)}T00:00:00+07:00`)).toISOString());
    });

    it('hides an unpublished consultation, refuses bad parameters, and caches the answer', async () => {
      expect((await server().get(`/api/consultations/${unpublished.slug}`)).status).toBe(404);
      expect((await server().get('/api/consultations?status=all')).status).toBe(400);
      expect((await server().get('/api/consultations?filters[kind]=news')).status).toBe(400);
      const again = await server().get(`/api/consultations/${open.slug}`);
      expect(again.headers['x-public-cache']).toBe('hit');
    });

    it('lets only the item\'s writers set the dates, and refuses bad settings in Vietnamese', async () => {
      const head = adminClient(app.server, round.desk.head);
      const refused = await head.put(`/editorial-workflow/consultations/${open.documentId}`, { opensOn: vnDay(-1), closesOn: vnDay(10), draftFileId: null, departmentCode: 'SGD-GDPT' });
      expect(refused.status).toBe(403);
      const author = adminClient(app.server, round.desk.author);
      for (const body of [
        { opensOn: vnDay(5), closesOn: vnDay(1), draftFileId: null, departmentCode: 'SGD-GDPT' },
        { opensOn: '2026-02-30', closesOn: vnDay(1), draftFileId: null, departmentCode: 'SGD-GDPT' },
        { opensOn: vnDay(1), closesOn: vnDay(2), draftFileId: null, departmentCode: 'XA-A' },
        { opensOn: vnDay(1), closesOn: vnDay(2), draftFileId: 999999, departmentCode: 'SGD-GDPT' },
        { opensOn: vnDay(1), closesOn: vnDay(2), departmentCode: 'SGD-GDPT', extra: 1 },
      ]) {
        const res = await author.put(`/editorial-workflow/consultations/${unpublished.documentId}`, body);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(VIETNAMESE);
      }
      expect((await app.strapi.db.query(CONSULTATION).findOne({ where: { itemDocumentId: unpublished.documentId } })).closesAt).toBeTruthy();
      // The side panel's read: the settings, the departments to choose from, and who may save.
      const panel = (await author.get(`/editorial-workflow/consultations/${open.documentId}`)).body.data;
      expect(panel).toMatchObject({ canEdit: true, settings: { departmentCode: 'SGD-GDPT', status: 'open' } });
      expect(panel.departments.map((d: { code: string }) => d.code)).toContain('SGD-GDPT');
      expect((await head.get(`/editorial-workflow/consultations/${open.documentId}`)).body.data.canEdit).toBe(false);
    });
  });

  describe('public comments', () => {
    it('takes a valid comment: 201 with an unguessable tracking code, whose status shows nothing else', async () => {
      const form = await formOf(open.slug);
      expect(form.contactPurpose).toMatch(/không công khai/);
      await wait(Math.max(0, Date.parse(form.notBefore) - Date.now()) + 50);
      const res = await post(open.slug, { ...good(), formToken: form.formToken, [form.honeypot]: '' });
      expect(res.status).toBe(201);
      trackingCode = res.body.data.trackingCode;
      expect(trackingCode).toMatch(/^YK(-[0-9A-Z]{5}){4}$/);
      const status = await server().get(`/api/consultation-comments/${trackingCode.toLowerCase()}`);
      expect(status.status).toBe(200);
      expect(status.body.data).toEqual({ trackingCode, status: 'received', statusLabel: 'Đã tiếp nhận', receivedAt: expect.any(String), answer: null });
      expect(status.headers['cache-control']).toBe('no-store');
      const row = await app.strapi.db.query(PUBLIC_COMMENT).findOne({ where: { trackingCode } });
      expect(row).toMatchObject({ itemDocumentId: open.documentId, group: 'parent', email: 'hoa.nguyen@example.vn', status: 'received' });
    });

    it('refuses a replayed token and a duplicate text (409), storing nothing', async () => {
      const token = await readyToken(open.slug);
      const first = await post(open.slug, { ...good({ text: 'Cần quy định rõ mức thu tiền học thêm tối đa ở trường công lập.' }), formToken: token });
      expect(first.status).toBe(201);
      const before = await commentCount();
      const replay = await post(open.slug, { ...good({ text: 'Một ý kiến khác gửi lại bằng mã cũ của biểu mẫu.' }), formToken: token });
      expect(replay.status).toBe(400);
      expect(replay.body.error.message).toMatch(VIETNAMESE);
      const duplicate = await post(open.slug, { ...good({ text: '  cần quy định RÕ mức thu tiền học thêm tối đa, ở trường công lập!! ', email: null }), formToken: await readyToken(open.slug) });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.error.message).toMatch(VIETNAMESE);
      expect(await commentCount()).toBe(before);
    });

    it('refuses each abuse with a Vietnamese 4xx and stores no comment', async () => {
      const before = await commentCount();
      const token = await readyToken(open.slug);
      const cases: Array<[string, () => Promise<request.Response>, number]> = [
        ['no token', () => post(open.slug, good()), 400],
        ['forged token', () => post(open.slug, { ...good(), formToken: `${token.split('.')[0]}.AAAA` }), 400],
        ['token of another consultation', async () => post(open.slug, { ...good(), formToken: (await publicFormGuard(app.strapi).issue('comment', unpublished.documentId)).formToken }), 400],
        ['token of another form', async () => post(open.slug, { ...good(), formToken: (await publicFormGuard(app.strapi).issue('info-request', open.documentId)).formToken }), 400],
        ['honeypot filled', () => post(open.slug, { ...good(), formToken: token, website: 'http://spam.example' }), 400],
        ['no consent', () => post(open.slug, { ...good(), consent: 'yes', formToken: token }), 400],
        ['unknown field', () => post(open.slug, { ...good(), stance: 'agrees', formToken: token }), 400],
        ['bad group', () => post(open.slug, { ...good(), group: 'robot', formToken: token }), 400],
        ['text too long', () => post(open.slug, { ...good(), text: 'a'.repeat(5001), formToken: token }), 400],
        ['null byte escaped in JSON', () => post(open.slug, { ...good(), text: 'ý kiến\u0000ẩn', formToken: token }), 400],
        ['raw null byte', () => server().post(`/api/consultations/${open.slug}/comments`).set('Content-Type', 'application/json').send(Buffer.from(`{"text":"a\u0000b","formToken":"${token}"}`)), 400],
        ['invalid UTF-8', () => server().post(`/api/consultations/${open.slug}/comments`).set('Content-Type', 'application/json').send(Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(`","formToken":"${token}"}`)])), 400],
        ['not JSON', () => server().post(`/api/consultations/${open.slug}/comments`).set('Content-Type', 'application/json').send('{"text":'), 400],
        ['form encoded', () => server().post(`/api/consultations/${open.slug}/comments`).type('form').send({ text: 'x' }), 400],
        ['a 1 MB body', () => server().post(`/api/consultations/${open.slug}/comments`).set('Content-Type', 'application/json').send(JSON.stringify({ ...good(), text: 'x'.repeat(1024 * 1024), formToken: token })), 413],
        ['closed consultation', async () => post(closed.slug, { ...good(), formToken: token }), 409],
        ['unpublished consultation', async () => post(unpublished.slug, { ...good(), formToken: token }), 404],
        ['unknown consultation', async () => post('khong-co-dot-nay', { ...good(), formToken: token }), 404],
      ];
      for (const field of ['text', 'commune', 'name', 'email', 'phone']) {
        for (const markup of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'xin chào <b>Sở</b>', '<!-- x -->']) {
          cases.push([`markup in ${field}`, () => post(open.slug, { ...good(), [field]: markup, formToken: token }), 400]);
        }
      }
      for (const [name, send, status] of cases) {
        const res = await send();
        expect({ name, status: res.status }).toEqual({ name, status });
        expect({ name, vietnamese: VIETNAMESE.test(res.body?.error?.message ?? '') }).toEqual({ name, vietnamese: true });
      }
      // A spelling of the path the raw reader does not take is refused, not parsed by Strapi's lenient parser.
      const spelled = await server().post(`/api/%63onsultations/${open.slug}/comments`).set('Content-Type', 'application/json').send(JSON.stringify({ ...good(), formToken: token }));
      expect(spelled.status).toBeGreaterThanOrEqual(400);
      expect(spelled.status).toBeLessThan(500);
      // The token was never spent: every refusal above happened before its single use.
      expect((await post(open.slug, { ...good({ text: 'Ý kiến hợp lệ sau những lần bị từ chối, cùng mã biểu mẫu.' }), formToken: token })).status).toBe(201);
      expect(await commentCount()).toBe(before + 1);
    });

    it('refuses a post sooner than the form allows, and the form of a closed or unpublished consultation', async () => {
      const form = await formOf(open.slug);
      const [count] = await stored();
      const fast = await post(open.slug, { ...good({ text: 'Gửi ngay khi vừa mở biểu mẫu, nhanh hơn một người đọc.' }), formToken: form.formToken });
      expect(fast.status).toBe(400);
      expect(fast.body.error.message).toMatch(/quá nhanh/);
      expect((await server().get(`/api/consultations/${closed.slug}/comment-form`)).status).toBe(409);
      expect((await server().get(`/api/consultations/${unpublished.slug}/comment-form`)).status).toBe(404);
      expect(await commentCount()).toBe(count);
    });

    it('answers a guessed tracking code like an unknown one, revealing nothing', async () => {
      const guesses = ['YK-00000-00000-00000-00000', trackingCode.replace(/.$/, (c) => (c === '0' ? '1' : '0')), 'abc', '1 OR 1=1', trackingCode.slice(0, -1), '%00'];
      const answers = new Set<string>();
      for (const guess of guesses) {
        const res = await server().get(`/api/consultation-comments/${encodeURIComponent(guess)}`);
        expect(res.status).toBe(404);
        answers.add(JSON.stringify(res.body));
      }
      expect(answers.size).toBe(1);
    });

    it('never shows contact details, classification or an unpublished answer on the public side', async () => {
      await app.strapi.db.query(PUBLIC_COMMENT).update({ where: { trackingCode }, data: { stance: 'proposes', status: 'answered', answer: 'Câu trả lời nội bộ chưa công khai', answerPublic: false } });
      await app.strapi.db.query(CONSULTATION).update({ where: { itemDocumentId: open.documentId }, data: { opensAt: new Date(Date.now() - 2 * DAY) } });
      const paths = ['/api/consultations', '/api/consultations?status=open', `/api/consultations/${open.slug}`, `/api/consultation-comments/${trackingCode}`, `/api/articles?kind=consultation`, `/api/articles/by-slug/${open.slug}`];
      for (const path of paths) {
        const res = await server().get(path);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
        for (const secret of ['hoa.nguyen@example.vn', '0912 345 678', 'Nguyễn Thị Hoa', 'Câu trả lời nội bộ', 'proposes']) expect({ path, secret, leaked: res.text.includes(secret) }).toEqual({ path, secret, leaked: false });
        const keys = keysIn(res.body);
        for (const key of PRIVATE_KEYS) expect({ path, key, leaked: keys.has(key) }).toEqual({ path, key, leaked: false });
      }
      const status = (await server().get(`/api/consultation-comments/${trackingCode}`)).body.data;
      expect(status).toMatchObject({ status: 'answered', answer: null });
    });

    it('deletes the contact details once, the configured days after closing, and records the run', async () => {
      const token = await readyToken(open.slug);
      expect((await post(open.slug, { ...good({ text: 'Ý kiến của một giáo viên về thời khoá biểu buổi chiều.', group: 'teacher' }), formToken: token })).status).toBe(201);
      // The closed consultation gets a comment written while it was open (as the department's import would).
      await app.strapi.db.query(PUBLIC_COMMENT).create({
        data: { itemDocumentId: closed.documentId, trackingCode: 'YK-AAAAA-BBBBB-CCCCC-DDDDD', text: 'Ý kiến cũ', textHash: 'h', textKey: `${closed.documentId}:h`, group: 'citizen', commune: 'Xã B', name: 'Trần Văn B', email: 'b@example.vn', phone: '0987654321', consentPurpose: 'x', consentedAt: new Date(), status: 'received' },
      });
      const jobs = getService(app.strapi, 'consultation-contacts');
      // 35 days after closing is past the 30 days: the closed one only; the open one keeps its contacts.
      expect(await jobs.run()).toEqual({ consultations: 1, comments: 1 });
      expect(await jobs.run()).toEqual({ consultations: 0, comments: 0 });
      const cleared = await app.strapi.db.query(PUBLIC_COMMENT).findOne({ where: { itemDocumentId: closed.documentId } });
      expect(cleared).toMatchObject({ name: null, email: null, phone: null, text: 'Ý kiến cũ' });
      expect(cleared.contactsDeletedAt).toBeTruthy();
      const kept = await app.strapi.db.query(PUBLIC_COMMENT).findMany({ where: { itemDocumentId: open.documentId, email: { $notNull: true } } });
      expect(kept.length).toBeGreaterThan(0);
      expect(await app.strapi.db.query(JOB_RUN).count({ where: { runKey: `${CONTACT_DELETION_JOB}:${closed.documentId}` } })).toBe(1);
    });

    it('stops a flood from one address, whatever X-Forwarded-For it forges (429, nothing stored)', async () => {
      const before = await commentCount();
      let limited = 0;
      for (let i = 0; i < FORM_LIMIT + 5; i += 1) {
        const res = await post(open.slug, { ...good({ text: `Ý kiến tràn số ${i}` }) }).set('X-Forwarded-For', `203.0.113.${i % 250}`);
        expect([400, 429]).toContain(res.status);
        if (res.status === 429) {
          limited += 1;
          expect(res.body.error.message).toMatch(VIETNAMESE);
          expect(res.headers['retry-after']).toBeDefined();
        }
      }
      expect(limited).toBeGreaterThan(0);
      // A valid post from the same address is refused too: the limit is per address, not per body.
      const token = await readyToken(open.slug);
      expect((await post(open.slug, { ...good({ text: 'Ý kiến hợp lệ nhưng vượt giới hạn' }), formToken: token }).set('X-Forwarded-For', '198.51.100.7')).status).toBe(429);
      expect(await commentCount()).toBe(before);
    });
  });
});
