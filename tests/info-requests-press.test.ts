import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin, createAdminUser } from './harness/admin-client';
import { PASSWORD, grantMembership, newsroomUser } from './harness/workflow';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { seedReference } from '../src/seed/reference';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { ARTICLE, CONCERN, INFO_REQUEST, INFO_REQUEST_POLICY, NOTIFICATION, PRESS_INQUIRY, SPOKESPERSON, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

/** A message for a person: Vietnamese, with its marks. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const DAY = 24 * 3_600_000;

/**
 * Information requests and the press desk (issue 22 items 4 and 5) over HTTP as real logins: the
 * public posts a request through the public form (the public-forms guard) and reads back its status
 * only; the Office (newsroom-office + an author and editor of SGD-VP) enters letters, routes,
 * extends and answers, keeps the spokesperson register and logs press inquiries; the leadership
 * (newsroom-leader) reads and, as a registered spokesperson, approves; a department head is refused.
 * Deadlines in working days come from the policy row and the working calendar (a weekend, Tết 2026).
 */
describe('information requests and the press desk', () => {
  let app: TestApp;
  let office: { id: number; token: string };
  let leader: { id: number; token: string };
  let head: { id: number; token: string };
  let gdpt: number;
  let topicA: number;
  let topicB: number;

  const api = (token: string) => adminClient(app.server, token);
  const open = () => request(app.server);
  const count = async () => [await app.strapi.db.query(INFO_REQUEST).count(), await app.strapi.db.query(PRESS_INQUIRY).count(), await app.strapi.db.query(SPOKESPERSON).count()];
  const citizen = () => ({
    requesterKind: 'citizen',
    name: 'Nguyễn Văn An',
    email: 'an.nguyen@example.invalid',
    phone: '0912 111 222',
    subject: 'Chỉ tiêu tuyển sinh lớp 10',
    content: 'Đề nghị cung cấp chỉ tiêu tuyển sinh lớp 10 của các trường THPT năm học tới.',
    consent: true,
  });
  /** A form token, once it may be posted (the guard's minimum time between the form and its post). */
  const formToken = async () => {
    const form = (await open().get('/api/info-requests/form').expect(200)).body as { formToken: string; honeypot: string; notBefore: string };
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(form.notBefore) - Date.now()) + 50));
    return form;
  };
  const letter = (receivedAt: string, subject = 'Thư đề nghị cung cấp thông tin') => ({
    requesterKind: 'organisation',
    name: 'Lò Văn Sơn',
    organisation: 'Ban đại diện cha mẹ học sinh',
    address: 'Phường Thanh Bình',
    subject,
    content: 'Đề nghị cung cấp văn bản quy định các khoản thu đầu năm học.',
    receivedAt,
  });
  const enter = async (receivedAt: string, subject?: string) => (await api(office.token).post('/editorial-workflow/info-requests', letter(receivedAt, subject)).expect(201)).body.data;

  beforeAll(async () => {
    // The public form's guard (public-forms/): a second between the form and its post, and a limit
    // per address above this suite's posts (the guard's own limits are tests/consultations.test.ts's).
    Object.assign(process.env, { PUBLIC_FORM_MIN_SECONDS: '1', PUBLIC_FORM_RATE_LIMIT: '1000' });
    app = await startStrapi();
    // The units, topics and admin roles of the Sở, as a fresh installation has them.
    await seedReference(app.strapi);
    const roles = await adminRoleIdsByCode(app.strapi);
    const officeUser = await createAdminUser(app.strapi, { email: 'office@test.local', password: PASSWORD, roles: [roles.get('newsroom-editor'), roles.get('newsroom-office')] });
    await grantMembership(app, officeUser.id, ['SGD-VP'], 'editor');
    await grantMembership(app, officeUser.id, ['SGD-VP'], 'author');
    office = { id: officeUser.id, token: await adminLogin(app.server, 'office@test.local', PASSWORD) };
    const leaderUser = await createAdminUser(app.strapi, { email: 'leader@test.local', password: PASSWORD, roles: [roles.get('newsroom-leader')] });
    leader = { id: leaderUser.id, token: await adminLogin(app.server, 'leader@test.local', PASSWORD) };
    head = await newsroomUser(app, 'head-gdpt@test.local', 'head', ['SGD-GDPT']);
    gdpt = (await app.strapi.db.query(UNIT).findOne({ where: { code: 'SGD-GDPT' }, select: ['id'] })).id;
    topicA = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['id'] })).id;
    topicB = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'VII.3' }, select: ['id'] })).id;
    // The deadline is data: two working days here (the law's 15 by default), three more on extension.
    await app.strapi.db.query(INFO_REQUEST_POLICY).create({ data: { workingDays: 2, extensionWorkingDays: 3 } });
  });

  afterAll(async () => {
    await app?.stop();
    delete process.env.PUBLIC_FORM_MIN_SECONDS;
    delete process.env.PUBLIC_FORM_RATE_LIMIT;
  });

  describe('the public form', () => {
    it('takes a valid request and answers 201 with a tracking code of at least 80 bits, and nothing else', async () => {
      const form = await formToken();
      const res = await open().post('/api/info-requests').send({ ...citizen(), formToken: form.formToken }).expect(201);
      expect(Object.keys(res.body)).toEqual(['trackingCode']);
      expect(res.body.trackingCode).toMatch(/^YC-[A-Za-z0-9_-]{16}$/);
      const row = await app.strapi.db.query(INFO_REQUEST).findOne({ where: { trackingCode: res.body.trackingCode } });
      expect(row).toEqual(expect.objectContaining({ channel: 'website', status: 'received', email: 'an.nguyen@example.invalid', enteredById: null }));
    });

    it('refuses the honeypot and bad input with a Vietnamese 4xx, storing nothing', async () => {
      const before = await count();
      const form = await formToken();
      const bodies: Array<Record<string, unknown>> = [
        { ...citizen(), formToken: form.formToken, [form.honeypot]: 'http://spam.example' },
        { ...citizen(), formToken: form.formToken, content: '' },
        { ...citizen(), formToken: form.formToken, consent: false },
        { ...citizen(), formToken: form.formToken, email: undefined, phone: undefined },
        { ...citizen(), formToken: form.formToken, email: 'not-an-address' },
        { ...citizen(), formToken: form.formToken, requesterKind: 'robot' },
        { ...citizen(), formToken: form.formToken, status: 'answered' },
        { ...citizen(), formToken: form.formToken, subject: '<script>alert(1)</script>' },
        { ...citizen(), formToken: form.formToken, content: 'x'.repeat(5001) },
        { ...citizen(), formToken: form.formToken, name: ['a', 'b'] },
        { ...citizen(), formToken: form.formToken, name: 'An\u0000' },
      ];
      for (const body of bodies) {
        const res = await open().post('/api/info-requests').send(body);
        const sent = JSON.stringify(body).slice(0, 300);
        expect({ sent, refused: res.status >= 400 && res.status < 500 }).toEqual({ sent, refused: true });
        expect(JSON.stringify(res.body)).toMatch(VIETNAMESE);
      }
      expect(await count()).toEqual(before);
    });

    it('shows the status by tracking code and nothing else; an unknown or malformed code is a 404', async () => {
      const form = await formToken();
      const { trackingCode } = (await open().post('/api/info-requests').send({ ...citizen(), formToken: form.formToken }).expect(201)).body;
      const res = await open().get(`/api/info-requests/${trackingCode}`).expect(200);
      expect(Object.keys(res.body).sort()).toEqual(['receivedAt', 'status', 'statusLabel', 'trackingCode']);
      expect(res.body).toEqual(expect.objectContaining({ trackingCode, status: 'received', statusLabel: 'Đã tiếp nhận' }));
      for (const secret of ['Nguyễn Văn An', 'an.nguyen@example.invalid', '0912 111 222', 'Chỉ tiêu tuyển sinh']) expect(res.text.includes(secret)).toBe(false);
      for (const code of ['YC-AAAAAAAAAAAAAAAA', `${trackingCode.slice(0, -1)}${trackingCode.endsWith('A') ? 'B' : 'A'}`, 'YC-1', '1', "YC-' OR 1=1 --"]) {
        const miss = await open().get(`/api/info-requests/${encodeURIComponent(code)}`);
        expect({ code, status: miss.status }).toEqual({ code, status: 404 });
        expect(miss.text.includes('Nguyễn')).toBe(false);
      }
      // No list and no other route reaches the requests.
      for (const path of ['/api/info-requests', '/api/info-request-policy', '/api/press-inquiries', '/api/spokespeople', '/api/editorial-workflow/info-requests']) {
        const res2 = await open().get(path);
        expect({ path, status: res2.status }).toEqual({ path, status: expect.any(Number) });
        expect({ path, leaked: res2.text.includes('an.nguyen') || res2.text.includes('Chỉ tiêu') }).toEqual({ path, leaked: false });
        expect(res2.status).toBeGreaterThanOrEqual(400);
      }
    });
  });

  describe('the Office', () => {
    it('enters a letter, routes it (the department head hears), starts and answers it; a second answer is a 409', async () => {
      const view = await enter(new Date(Date.now() - DAY).toISOString(), 'Danh sách trường đạt chuẩn');
      expect(view).toEqual(expect.objectContaining({ channel: 'letter', status: 'received', organisation: 'Ban đại diện cha mẹ học sinh', canManage: true }));
      const act = (body: Record<string, unknown>) => api(office.token).post(`/editorial-workflow/info-requests/${view.id}/actions`, body);
      expect((await act({ action: 'start' })).status).toBe(409);
      const routed = (await act({ action: 'route', departmentId: gdpt }).expect(200)).body.data;
      expect(routed).toEqual(expect.objectContaining({ status: 'routed', department: expect.objectContaining({ id: gdpt }) }));
      expect(await app.strapi.db.query(NOTIFICATION).count({ where: { userId: head.id, action: 'info-request-routed' } })).toBe(1);
      expect((await act({ action: 'start' }).expect(200)).body.data.status).toBe('in-progress');
      const before = await count();
      for (const body of [{ action: 'answer' }, { action: 'answer', text: '' }, { action: 'route' }, { action: 'route', departmentId: 999999 }, { action: 'fly' }, { action: 'answer', text: 'x', extra: 1 }]) {
        const res = await act(body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect(res.body.error.message).toMatch(VIETNAMESE);
      }
      expect(await count()).toEqual(before);
      expect((await act({ action: 'answer', text: 'Sở gửi kèm danh sách.' }).expect(200)).body.data).toEqual(expect.objectContaining({ status: 'answered', answer: 'Sở gửi kèm danh sách.' }));
      const again = await act({ action: 'answer', text: 'Lần nữa' });
      expect(again.status).toBe(409);
      expect(again.body.error.message).toMatch(VIETNAMESE);
      // The public code shows the new status.
      const row = await app.strapi.db.query(INFO_REQUEST).findOne({ where: { id: view.id } });
      expect((await open().get(`/api/info-requests/${row.trackingCode}`).expect(200)).body.status).toBe('answered');
    });

    it('counts the legal deadline in working days from the policy: across a weekend, across Tết, extended once', async () => {
      // Friday 27/11/2026 10:00 (Vietnam) + 2 working days: Tuesday 01/12 10:00.
      const weekend = await enter('2026-11-27T03:00:00.000Z');
      expect(weekend.dueAt).toBe('2026-12-01T03:00:00.000Z');
      // Friday 13/02/2026 10:00 + 2: the weekend, Tết (16–20/02) and the next weekend skipped: Tuesday 24/02 10:00.
      const tet = await enter('2026-02-13T03:00:00.000Z');
      expect(tet.dueAt).toBe('2026-02-24T03:00:00.000Z');
      const act = (body: Record<string, unknown>) => api(office.token).post(`/editorial-workflow/info-requests/${tet.id}/actions`, body);
      await act({ action: 'route', departmentId: gdpt }).expect(200);
      // Extended: three more working days (the policy's extension) after the deadline.
      expect((await act({ action: 'extend', text: 'Thông tin cần tổng hợp từ nhiều đơn vị.' }).expect(200)).body.data).toEqual(
        expect.objectContaining({ status: 'extended', dueAt: '2026-02-27T03:00:00.000Z', extensionReason: 'Thông tin cần tổng hợp từ nhiều đơn vị.' })
      );
      // Once only.
      expect((await act({ action: 'extend', text: 'Lần hai' })).status).toBe(409);
    });

    it('escalates an overdue request exactly once to the leadership and the department head, however many rounds run', async () => {
      const late = await enter('2026-10-01T03:00:00.000Z', 'Yêu cầu quá hạn');
      await api(office.token).post(`/editorial-workflow/info-requests/${late.id}/actions`, { action: 'route', departmentId: gdpt }).expect(200);
      const job = getService(app.strapi, 'info-request-overdue');
      const [first, second] = [await job.run(), await job.run()];
      expect(first.escalated).toContain(late.id);
      expect(second.escalated).not.toContain(late.id);
      const third = await Promise.all([job.run(), job.run()]);
      expect(third.flatMap((run) => run.escalated)).toEqual([]);
      const told = async (userId: number) =>
        (await app.strapi.db.query(NOTIFICATION).findMany({ where: { userId, action: 'info-request-overdue' }, select: ['title'] })).filter((n: { title: string }) => n.title.includes('Yêu cầu quá hạn'));
      expect(await told(leader.id)).toHaveLength(1);
      expect(await told(head.id)).toHaveLength(1);
      const list = (await api(leader.token).get('/editorial-workflow/info-requests?overdue=true').expect(200)).body;
      expect(list.results.find((row: { id: number }) => row.id === late.id)).toEqual(expect.objectContaining({ overdue: true, escalatedAt: expect.any(String) }));
    });

    it('refuses the requests to anyone but the Office (write) and the leadership (read)', async () => {
      expect((await api(head.token).get('/editorial-workflow/info-requests')).status).toBe(403);
      expect((await api(head.token).post('/editorial-workflow/info-requests', letter(new Date().toISOString()))).status).toBe(403);
      const before = await count();
      expect((await api(leader.token).post('/editorial-workflow/info-requests', letter(new Date().toISOString()))).status).toBe(403);
      const one = (await api(leader.token).get('/editorial-workflow/info-requests').expect(200)).body.results[0];
      expect((await api(leader.token).get(`/editorial-workflow/info-requests/${one.id}`).expect(200)).body.data.canManage).toBe(false);
      expect((await api(leader.token).post(`/editorial-workflow/info-requests/${one.id}/actions`, { action: 'start' })).status).toBe(403);
      expect(await count()).toEqual(before);
    });
  });

  describe('the press desk', () => {
    let inquiryId: number;

    it('keeps the register: the leadership on every topic, the Office on topic A only; bad entries refused', async () => {
      const before = await count();
      for (const body of [
        { userId: leader.id, title: 'Phó Giám đốc', allTopics: false, validFrom: '2026-01-01' },
        { userId: leader.id, title: 'Phó Giám đốc', allTopics: true, validFrom: '2026-13-01' },
        { userId: leader.id, title: 'Phó Giám đốc', allTopics: true, validFrom: '2026-02-01', validTo: '2026-01-01' },
        { userId: 999999, title: 'Ai đó', allTopics: true, validFrom: '2026-01-01' },
        { userId: leader.id, title: '', allTopics: true, validFrom: '2026-01-01' },
        { userId: leader.id, title: 'X', allTopics: false, topicIds: [999999], validFrom: '2026-01-01' },
      ]) {
        const res = await api(office.token).post('/editorial-workflow/spokespeople', body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
      }
      expect((await api(leader.token).post('/editorial-workflow/spokespeople', { userId: leader.id, title: 'X', allTopics: true, validFrom: '2026-01-01' })).status).toBe(403);
      expect(await count()).toEqual(before);
      await api(office.token).post('/editorial-workflow/spokespeople', { userId: leader.id, title: 'Phó Giám đốc Sở', allTopics: true, validFrom: '2026-01-01' }).expect(201);
      const mine = (await api(office.token).post('/editorial-workflow/spokespeople', { userId: office.id, title: 'Chánh Văn phòng', allTopics: false, topicIds: [topicA], validFrom: '2026-01-01' }).expect(201)).body.data;
      expect(mine).toEqual(expect.objectContaining({ current: true, topics: [expect.objectContaining({ id: topicA })] }));
      expect((await api(leader.token).get('/editorial-workflow/spokespeople').expect(200)).body.data).toHaveLength(2);
      expect((await api(head.token).get('/editorial-workflow/spokespeople')).status).toBe(403);
    });

    it('refuses to send an answer no registered spokesperson approved; accepts it once one did', async () => {
      const body = {
        outlet: 'Báo Điện Biên Phủ',
        journalist: 'Trần Văn Hùng',
        contact: 'hung@baodienbien.invalid',
        question: 'Sở đã kiểm tra việc thu quỹ lớp chưa?',
        topicId: topicB,
        departmentId: gdpt,
        receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
        dueAt: new Date(Date.now() + DAY).toISOString(),
      };
      const before = await count();
      for (const bad of [{ ...body, topicId: 999999 }, { ...body, dueAt: body.receivedAt }, { ...body, outlet: '' }, { ...body, secret: 1 }]) {
        expect((await api(office.token).post('/editorial-workflow/press-inquiries', bad)).status).toBe(400);
      }
      expect(await count()).toEqual(before);
      const inquiry = (await api(office.token).post('/editorial-workflow/press-inquiries', body).expect(201)).body.data;
      inquiryId = inquiry.id;
      const path = `/editorial-workflow/press-inquiries/${inquiryId}`;
      // No answer yet: nothing to approve, nothing to send.
      expect((await api(leader.token).post(`${path}/approve`)).status).toBe(409);
      await api(office.token).put(path, { answer: 'Sở đã chỉ đạo kiểm tra, kết quả công bố trước ngày 15.' }).expect(200);
      const unapproved = await api(office.token).post(`${path}/send`);
      expect(unapproved.status).toBe(409);
      expect(unapproved.body.error.message).toMatch(/người phát ngôn/);
      // Registered, but for topic A only: refused on topic B. A head with no right: refused.
      const wrongTopic = await api(office.token).post(`${path}/approve`);
      expect(wrongTopic.status).toBe(403);
      expect(wrongTopic.body.error.message).toMatch(VIETNAMESE);
      expect((await api(head.token).post(`${path}/approve`)).status).toBe(403);
      expect((await api(leader.token).get(path).expect(200)).body.data.canApprove).toBe(true);
      const approved = (await api(leader.token).post(`${path}/approve`).expect(200)).body.data;
      expect(approved).toEqual(expect.objectContaining({ status: 'approved', approvedBy: expect.any(String), approvedAt: expect.any(String) }));
      // A changed answer needs the approval again.
      const changed = (await api(office.token).put(path, { answer: 'Sở đã kiểm tra 12 trường; kết quả công bố trước ngày 15.' }).expect(200)).body.data;
      expect(changed).toEqual(expect.objectContaining({ status: 'open', approvedAt: null }));
      expect((await api(office.token).post(`${path}/send`)).status).toBe(409);
      await api(leader.token).post(`${path}/approve`).expect(200);
      expect((await api(leader.token).post(`${path}/send`)).status).toBe(403);
      const sent = (await api(office.token).post(`${path}/send`).expect(200)).body.data;
      expect(sent).toEqual(expect.objectContaining({ status: 'sent', sentAt: expect.any(String) }));
      expect((await api(office.token).post(`${path}/send`)).status).toBe(409);
      expect((await api(office.token).put(path, { answer: 'Sửa sau khi gửi' })).status).toBe(409);
    });

    it('turns an inquiry into an official response item through the opinion desk’s fast lane, once', async () => {
      const path = `/editorial-workflow/press-inquiries/${inquiryId}/response`;
      expect((await api(leader.token).post(path)).status).toBe(403);
      const view = (await api(office.token).post(path).expect(201)).body.data;
      expect(view).toEqual(expect.objectContaining({ concernId: expect.any(Number), responseItemDocumentId: expect.any(String) }));
      const concern = await app.strapi.db.query(CONCERN).findOne({ where: { id: view.concernId } });
      expect(concern).toEqual(expect.objectContaining({ channel: 'press', kind: 'current', severity: 'action' }));
      const item = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: view.responseItemDocumentId }, select: ['kind', 'title'] });
      expect(item.kind).toBe('response');
      // The draft carries none of the journalist's words (they are internal until the Office writes the statement).
      expect(item.title.includes('thu quỹ')).toBe(false);
      expect((await api(office.token).post(path)).status).toBe(409);
    });

    it('shows the leadership the open and the overdue inquiries; others get a 403', async () => {
      const late = (
        await api(office.token)
          .post('/editorial-workflow/press-inquiries', {
            outlet: 'Báo Giáo dục và Thời đại',
            journalist: 'Nguyễn Thị Thu Trang',
            question: 'Kết quả kỳ thi học sinh giỏi?',
            topicId: topicA,
            receivedAt: new Date(Date.now() - 3 * DAY).toISOString(),
            dueAt: new Date(Date.now() - DAY).toISOString(),
          })
          .expect(201)
      ).body.data;
      const list = (await api(leader.token).get('/editorial-workflow/press-inquiries?overdue=true').expect(200)).body;
      expect(list.results.map((row: { id: number }) => row.id)).toEqual([late.id]);
      expect(list.counts).toEqual({ open: 1, overdue: 1 });
      const openOnes = (await api(leader.token).get('/editorial-workflow/press-inquiries?status=open').expect(200)).body;
      expect(openOnes.results.map((row: { id: number }) => row.id)).toEqual([late.id]);
      expect((await api(head.token).get('/editorial-workflow/press-inquiries')).status).toBe(403);
      expect((await api(head.token).get(`/editorial-workflow/press-inquiries/${late.id}`)).status).toBe(403);
      expect((await api(office.token).get('/editorial-workflow/press-inquiries?overdue=maybe')).status).toBe(400);
      expect((await api(office.token).get('/editorial-workflow/press-inquiries/abc')).status).toBe(404);
    });
  });
});
