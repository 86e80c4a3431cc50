import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin, createAdminUser, superAdminToken } from './harness/admin-client';
import { CM } from './harness/http';
import { until } from './harness/until';
import { mailbox } from './harness/mailbox';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { PASSWORD, grantAdminActions, newsroomUser } from './harness/workflow';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { PERMISSIONS } from '../src/plugins/editorial-workflow/shared/permissions';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import type { ConcernList, ConcernView } from '../src/plugins/editorial-workflow/shared/contracts/concerns';
import { CONCERN, CONCERN_ENTRY, CONCERN_POLICY, JOB_RUN, NOTIFICATION, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

/** A message for a person of the newsroom: Vietnamese, with its marks. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const HOUR = 3_600_000;
const PUBLIC_URL = 'http://toasoan.sogd.test';

/**
 * The public-opinion and incident desk (issue 15, items 1 and 2) over HTTP as real logins: the
 * author of commune XA-A files; the editor and head of SGD-GDPT (topic III.2's department) and the
 * Office (an editor of SGD-VP) work on it; the publisher and the leadership read it; another
 * commune's author and another department's head get a 404. Filing or raising to sự cố / khủng
 * hoảng e-mails the Office, the department's heads and the leadership; a concern past its response
 * time goes to the leadership once. Bad input changes nothing; the timeline is append-only.
 */
describe('concerns (Dư luận & sự cố)', () => {
  let app: TestApp;
  let round: RoundFixture;
  let box: ReturnType<typeof mailbox>;
  const saved: Record<string, string | undefined> = {};
  let office: { id: number; token: string };
  let authorB: { id: number; token: string };
  let otherHead: { id: number; token: string };
  let leader: { id: number; token: string };
  let root: string;
  let topicId: number;
  let gdpt: number;
  let gdmn: number;
  let xaA: number;

  const api = (token: string) => adminClient(app.server, token);
  const file = (token: string, body: Record<string, unknown>) => api(token).post('/editorial-workflow/concerns', body);
  const list = async (token: string, query = ''): Promise<ConcernList> => (await api(token).get(`/editorial-workflow/concerns${query}`)).body;
  const stored = async () => [await app.strapi.db.query(CONCERN).count(), await app.strapi.db.query(CONCERN_ENTRY).count()];
  const mailTo = (address: string) => box.messages.filter((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) => to?.text.includes(address)));
  const good = () => ({
    title: 'Phụ huynh phản ánh thu quỹ lớp',
    description: 'Nhiều phụ huynh phản ánh trên nhóm Zalo của trường về khoản thu quỹ lớp đầu năm.',
    topicId,
    channel: 'social-network',
    sourceLinks: ['https://zalo.me/g/demo123'],
    firstSeenAt: new Date(Date.now() - HOUR).toISOString(),
    kind: 'current',
    severity: 'action',
  });

  beforeAll(async () => {
    for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_IGNORE_TLS', 'EMAIL_RETRY_DELAYS_MS', 'EMAIL_FROM', 'PUBLIC_URL']) saved[key] = process.env[key];
    box = mailbox();
    const port = await box.listen();
    Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_IGNORE_TLS: 'true', EMAIL_RETRY_DELAYS_MS: '200,200', EMAIL_FROM: 'Tòa soạn <toasoan@sogd.test>', PUBLIC_URL });
    app = await startStrapi();
    round = await roundFixture(app);
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-B', name: 'Phòng VH-XH xã B', kind: 'commune-culture', active: true } });
    office = await newsroomUser(app, 'office@test.local', 'editor', ['SGD-VP']);
    authorB = await newsroomUser(app, 'author-b@test.local', 'author', ['XA-B']);
    otherHead = await newsroomUser(app, 'head-gdmn@test.local', 'head', ['SGD-GDMN']);
    await grantAdminActions(app.strapi, 'newsroom-leader', [PERMISSIONS.useWorkflow, PERMISSIONS.takeDown]);
    const roles = await adminRoleIdsByCode(app.strapi);
    const leaderUser = await createAdminUser(app.strapi, { email: 'leader@test.local', password: PASSWORD, roles: [roles.get('newsroom-leader')] });
    leader = { id: leaderUser.id, token: await adminLogin(app.server, 'leader@test.local', PASSWORD) };
    root = await superAdminToken(app.strapi, app.server);
    topicId = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['id'] })).id;
    const unitId = async (code: string) => (await app.strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] })).id as number;
    gdpt = await unitId('SGD-GDPT');
    gdmn = await unitId('SGD-GDMN');
    xaA = round.xaA.id;
  });

  afterAll(async () => {
    await app?.stop();
    await box?.close();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  let first: ConcernView;

  it('lets a commune’s author file a concern, routed to the topic’s department, with its filing on the timeline', async () => {
    const res = await file(round.desk.author, good());
    expect(res.status).toBe(201);
    first = res.body.data;
    expect(first).toEqual(expect.objectContaining({
      title: 'Phụ huynh phản ánh thu quỹ lớp',
      severity: 'action',
      status: 'new',
      kind: 'current',
      channel: 'social-network',
      sourceLinks: ['https://zalo.me/g/demo123'],
      filingUnit: { id: xaA, name: 'Phòng VH-XH xã A' },
      department: expect.objectContaining({ id: gdpt }),
      topic: expect.objectContaining({ code: 'III.2' }),
      overdue: false,
      canWork: false,
    }));
    // Cần xử lý: 24 hours from filing.
    expect(new Date(first.dueAt!).getTime() - new Date(first.createdAt).getTime()).toBeGreaterThan(23.9 * HOUR);
    expect(first.timeline).toEqual([expect.objectContaining({ kind: 'filed', author: expect.objectContaining({ name: expect.any(String) }) })]);
  });

  it('is seen by its unit, its department, the Office, the publisher and the leadership; a 404 for anyone else', async () => {
    const path = `/editorial-workflow/concerns/${first.id}`;
    const sees: Array<[string, string, boolean]> = [
      ['the author of the filing unit', round.desk.author, false],
      ['the department’s editor', round.desk.editor, true],
      ['the department’s head', round.desk.head, true],
      ['the Office', office.token, true],
      ['the publisher (QLCL)', round.desk.publisher, false],
      ['the leadership', leader.token, false],
    ];
    for (const [who, token, canWork] of sees) {
      const res = await api(token).get(path);
      expect({ who, status: res.status, canWork: res.body.data?.canWork }).toEqual({ who, status: 200, canWork });
      const listed = await list(token);
      expect({ who, listed: listed.results.some((concern) => concern.id === first.id) }).toEqual({ who, listed: true });
    }
    for (const [who, token] of [['another commune’s author', authorB.token], ['another department’s head', otherHead.token]] as const) {
      const res = await api(token).get(path);
      expect({ who, status: res.status }).toEqual({ who, status: 404 });
      expect(res.body.error.message).toMatch(VIETNAMESE);
      expect((await list(token)).results.some((concern) => concern.id === first.id)).toBe(false);
      // Nor may they change it or write on it: the same 404.
      expect((await api(token).put(path, { status: 'in-progress' })).status).toBe(404);
      expect((await api(token).post(`${path}/timeline`, { kind: 'note', text: 'x' })).status).toBe(404);
    }
    // A concern that does not exist, or a path that names none: the same 404.
    expect((await api(office.token).get('/editorial-workflow/concerns/999999')).status).toBe(404);
    expect((await api(office.token).get('/editorial-workflow/concerns/abc')).status).toBe(404);
    // Without an admin session: 401.
    expect((await request(app.server).get(path)).status).toBe(401);
  });

  it('concerns units it names: the units concerned see it too', async () => {
    const xaB = (await app.strapi.db.query(UNIT).findOne({ where: { code: 'XA-B' }, select: ['id'] })).id;
    const res = await file(round.desk.author, { ...good(), title: 'Tin đồn về trường xã B', unitIds: [xaB] });
    expect(res.status).toBe(201);
    expect((await api(authorB.token).get(`/editorial-workflow/concerns/${res.body.data.id}`)).status).toBe(200);
    expect((await list(authorB.token, `?unitId=${xaB}`)).results.map((concern) => concern.id)).toEqual([res.body.data.id]);
  });

  it('lets the Office and the department work on it, and nobody else; every change is on the timeline', async () => {
    const path = `/editorial-workflow/concerns/${first.id}`;
    for (const [who, token] of [['the author', round.desk.author], ['the publisher', round.desk.publisher], ['the leadership', leader.token]] as const) {
      const res = await api(token).put(path, { status: 'in-progress' });
      expect({ who, status: res.status }).toEqual({ who, status: 403 });
      expect(res.body.error.message).toMatch(VIETNAMESE);
      expect((await api(token).post(`${path}/timeline`, { kind: 'note', text: 'Không được ghi' })).status).toBe(403);
    }
    const moved = await api(office.token).put(path, { status: 'in-progress', handlerId: (await app.strapi.db.query('admin::user').findOne({ where: { email: 'editor@test.local' } })).id });
    expect(moved.status).toBe(200);
    expect(moved.body.data.status).toBe('in-progress');
    expect(moved.body.data.handler).toEqual(expect.objectContaining({ name: expect.any(String) }));
    // Moves outside the list are refused, and nothing changes.
    const before = await stored();
    const skipped = await api(round.desk.editor).put(path, { status: 'new' });
    expect(skipped.status).toBe(400);
    expect(skipped.body.error.message).toMatch(VIETNAMESE);
    // A handler outside the Office and the department.
    const outsider = await api(round.desk.editor).put(path, { handlerId: authorB.id });
    expect(outsider.status).toBe(400);
    expect(await stored()).toEqual(before);
    const entry = await api(round.desk.head).post(`${path}/timeline`, { kind: 'department-view', text: 'Đề nghị trường giải trình bằng văn bản.' });
    expect(entry.status).toBe(201);
    const kinds = entry.body.data.timeline.map((row: { kind: string }) => row.kind);
    expect(kinds).toEqual(['filed', 'status', 'handler', 'department-view']);
  });

  it('offers the filing form every active unit to name, and those who work on a concern its possible handlers: the Office’s and the department’s members', async () => {
    const units = await api(authorB.token).get('/editorial-workflow/concerns/units');
    expect(units.status).toBe(200);
    const ids = units.body.data.map((unit: { id: number }) => unit.id);
    expect(ids).toEqual(expect.arrayContaining([xaA, gdpt, gdmn]));
    expect(units.body.data[0]).toEqual({ id: expect.any(Number), name: expect.any(String), kind: expect.any(String) });
    expect((await api(authorB.token).get('/editorial-workflow/concerns/units?populate=*')).status).toBe(400);

    const path = `/editorial-workflow/concerns/${first.id}/handlers`;
    const editorId = (await app.strapi.db.query('admin::user').findOne({ where: { email: 'editor@test.local' } })).id;
    for (const [who, token] of [['the Office', office.token], ['the department’s head', round.desk.head]] as const) {
      const res = await api(token).get(path);
      expect({ who, status: res.status }).toEqual({ who, status: 200 });
      const handlerIds = res.body.data.map((person: { id: number }) => person.id);
      expect(handlerIds).toEqual(expect.arrayContaining([office.id, editorId]));
      expect(handlerIds).not.toContain(authorB.id);
      expect(handlerIds).not.toContain(otherHead.id);
      expect(res.body.data.find((person: { id: number }) => person.id === office.id)).toEqual({ id: office.id, name: expect.any(String), unitName: expect.any(String) });
    }
    // Readers who do not work on it: 403; outside its scope: 404, as for the concern itself.
    for (const [who, token, status] of [['the filing author', round.desk.author, 403], ['the leadership', leader.token, 403], ['another commune’s author', authorB.token, 404], ['another department’s head', otherHead.token, 404]] as const) {
      const res = await api(token).get(path);
      expect({ who, status: res.status }).toEqual({ who, status });
      expect(res.body.error.message).toMatch(VIETNAMESE);
    }
    expect((await api(office.token).get(`${path}?x=1`)).status).toBe(400);
    // Whoever the list offers, the change accepts.
    const chosen = await api(office.token).put(`/editorial-workflow/concerns/${first.id}`, { handlerId: office.id });
    expect(chosen.status).toBe(200);
    expect(chosen.body.data.handler.id).toBe(office.id);
  });

  it('refuses bad input in Vietnamese and stores nothing', async () => {
    const before = await stored();
    const cases: Array<[string, Record<string, unknown>]> = [
      ['no topic', { ...good(), topicId: undefined }],
      ['no severity', { ...good(), severity: undefined }],
      ['a severity outside the list', { ...good(), severity: 'urgent' }],
      ['a topic that does not exist', { ...good(), topicId: 999999 }],
      ['a channel outside the list', { ...good(), channel: 'tv' }],
      ['a link that is not http(s)', { ...good(), sourceLinks: ['javascript:alert(1)'] }],
      ['a link that is no address', { ...good(), sourceLinks: ['trang facebook'] }],
      ['links not as a list', { ...good(), sourceLinks: 'https://a.vn' }],
      ['seen in the future', { ...good(), firstSeenAt: new Date(Date.now() + 24 * HOUR).toISOString() }],
      ['no title', { ...good(), title: '  ' }],
      ['an unknown field', { ...good(), status: 'closed' }],
      ['a department that is no department', { ...good(), departmentId: xaA }],
      ['a unit the filer does not belong to', { ...good(), filingUnitId: gdmn }],
    ];
    for (const [label, body] of cases) {
      const res = await file(round.desk.author, body);
      expect({ label, status: res.status >= 400 && res.status < 500 }).toEqual({ label, status: true });
      expect({ label, message: VIETNAMESE.test(res.body.error?.message ?? '') }).toEqual({ label, message: true });
    }
    const path = `/editorial-workflow/concerns/${first.id}`;
    for (const [label, body] of [
      ['a severity outside the list', { severity: 'urgent' }],
      ['nothing to change', { note: 'chỉ ghi chú' }],
      ['an unknown field', { title: 'Đổi tiêu đề' }],
    ] as const) {
      const res = await api(office.token).put(path, body);
      expect({ label, status: res.status }).toEqual({ label, status: 400 });
      expect(res.body.error.message).toMatch(VIETNAMESE);
    }
    for (const body of [{ kind: 'severity', text: 'giả mạo' }, { kind: 'note', text: '' }, { kind: 'note' }, { kind: 'note', text: 'x', authorId: 1 }]) {
      const res = await api(office.token).post(`${path}/timeline`, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.error.message).toMatch(VIETNAMESE);
    }
    expect(await stored()).toEqual(before);
  });

  it('keeps the timeline append-only: the content-manager and the query engine can neither change nor delete an entry', async () => {
    const [entry] = await app.strapi.db.query(CONCERN_ENTRY).findMany({ where: { concernId: first.id }, orderBy: [{ id: 'asc' }], limit: 1 });
    const before = await stored();
    const changed = await api(root).put(`${CM}/${CONCERN_ENTRY}/${entry.documentId}`, { body: 'Sửa lại lịch sử' });
    expect([403, 404]).toContain(changed.status);
    const deleted = await api(root).delete(`${CM}/${CONCERN_ENTRY}/${entry.documentId}`);
    expect([403, 404]).toContain(deleted.status);
    const query = app.strapi.db.query(CONCERN_ENTRY);
    await expect(query.update({ where: { id: entry.id }, data: { body: 'Sửa lại' } })).rejects.toThrow('chỉ được ghi thêm');
    await expect(query.updateMany({ where: { concernId: first.id }, data: { authorName: 'Người khác' } })).rejects.toThrow('chỉ được ghi thêm');
    await expect(query.delete({ where: { id: entry.id } })).rejects.toThrow('chỉ được ghi thêm');
    await expect(query.deleteMany({ where: { concernId: first.id } })).rejects.toThrow('chỉ được ghi thêm');
    expect(await stored()).toEqual(before);
    expect((await query.findOne({ where: { id: entry.id } })).body).toBe(entry.body);
  });

  it('sounds the alarm at once when a concern is filed at sự cố: the Office, the department’s head and the leadership, by e-mail', async () => {
    // The leader chose one e-mail a day: an incident's alarm leaves at once all the same.
    expect((await api(leader.token).put('/editorial-workflow/notifications/preference').send({ emailDigest: true })).status).toBe(200);
    const res = await file(round.desk.author, { ...good(), title: 'Clip học sinh đánh nhau lan truyền', severity: 'incident' });
    expect(res.status).toBe(201);
    for (const address of ['office@test.local', 'head@test.local', 'leader@test.local']) {
      const mail = await until(() => mailTo(address).find((m) => m.subject?.includes('Clip học sinh đánh nhau lan truyền')), `the alarm to ${address}`);
      expect(mail.subject).toContain('[SỰ CỐ]');
      expect(mail.text).toContain('Sự cố');
    }
    // Not the filer, not the department's editor, not another department's head.
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const address of ['author@test.local', 'editor@test.local', 'head-gdmn@test.local']) {
      expect({ address, mails: mailTo(address).filter((m) => m.subject?.includes('Clip học sinh')).length }).toEqual({ address, mails: 0 });
    }
    const inAdmin = await app.strapi.db.query(NOTIFICATION).count({ where: { action: 'concern-alarm', userId: leader.id } });
    expect(inAdmin).toBe(1);
  });

  it('sounds it again when the department raises a concern to khủng hoảng, and writes the raise on the timeline', async () => {
    const path = `/editorial-workflow/concerns/${first.id}`;
    const before = mailTo('leader@test.local').length;
    const res = await api(round.desk.editor).put(path, { severity: 'crisis', note: 'Báo chí đã đưa tin.' });
    expect(res.status).toBe(200);
    expect(res.body.data.severity).toBe('crisis');
    const raise = res.body.data.timeline.at(-1);
    expect(raise).toEqual(expect.objectContaining({ kind: 'severity' }));
    expect(raise.text).toContain('nâng mức độ từ "Cần xử lý" lên "Khủng hoảng"');
    expect(raise.text).toContain('Báo chí đã đưa tin.');
    const mail = await until(() => mailTo('leader@test.local').slice(before).find((m) => m.subject?.includes('Phụ huynh phản ánh thu quỹ lớp')), 'the crisis alarm');
    expect(mail.subject).toContain('[KHỦNG HOẢNG]');
    expect(mail.text).toContain('nâng mức độ');
    // Khủng hoảng: one hour from the raise.
    expect(new Date(res.body.data.dueAt).getTime() - Date.now()).toBeLessThanOrEqual(HOUR);
    await until(() => mailTo('office@test.local').find((m) => m.subject?.includes('[KHỦNG HOẢNG]')), 'the Office’s crisis alarm');
    await until(() => mailTo('head@test.local').find((m) => m.subject?.includes('[KHỦNG HOẢNG]')), 'the head’s crisis alarm');
  });

  it('lists overdue first, then by severity, then oldest; filters by status, severity, kind, department and overdue', async () => {
    // Two hours on: the crisis (1 h) and the incident (4 h… not yet) — the crisis is overdue.
    const later = new Date(Date.now() + 2 * HOUR);
    const all = await getService(app.strapi, 'concerns').list(office.id, { page: 1, pageSize: 50 }, later);
    expect(all.results[0]).toEqual(expect.objectContaining({ id: first.id, overdue: true, severity: 'crisis' }));
    expect(all.results.slice(1).every((concern) => !concern.overdue)).toBe(true);
    expect(all.results[1].severity).toBe('incident');
    const overdue = await getService(app.strapi, 'concerns').list(office.id, { page: 1, pageSize: 50, overdue: true }, later);
    expect(overdue.results.map((concern) => concern.id)).toEqual([first.id]);
    expect((await list(office.token, '?severity=incident')).results.every((concern) => concern.severity === 'incident')).toBe(true);
    expect((await list(office.token, '?status=in-progress')).results.map((concern) => concern.id)).toEqual([first.id]);
    expect((await list(office.token, `?departmentId=${gdmn}`)).results).toEqual([]);
    expect((await list(office.token, '?kind=forecast')).results).toEqual([]);
    const paged = await list(office.token, '?pageSize=1&page=2');
    expect(paged.pagination).toEqual(expect.objectContaining({ page: 2, pageSize: 1, total: 3, pageCount: 3 }));
    expect(paged.results).toHaveLength(1);
    for (const query of ['?severity=urgent', '?overdue=maybe', '?status[$ne]=new', '?foo=1']) {
      const res = await api(office.token).get(`/editorial-workflow/concerns${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
  });

  it('escalates an overdue concern to the leadership once, by the job, with the response times held as data', async () => {
    const job = getService(app.strapi, 'concern-overdue');
    const before = mailTo('leader@test.local').length;
    // Not yet: nothing is past its time now.
    expect((await job.run()).escalated).toEqual([]);
    const later = new Date(Date.now() + 2 * HOUR);
    // Three rounds at once (several processes at the same tick): one escalates, the others find it done or the lock taken.
    const runs = await Promise.all([job.run({ now: later }), job.run({ now: later }), job.run({ now: later })]);
    expect(runs.flatMap((run) => run.escalated)).toEqual([`concern-overdue:${first.id}:crisis`]);
    const again = await job.run({ now: later });
    expect(again.escalated).toEqual([]);
    expect(await app.strapi.db.query(JOB_RUN).count({ where: { job: 'concern-overdue' } })).toBe(1);
    const mail = await until(() => mailTo('leader@test.local').slice(before).find((m) => m.subject?.startsWith('Quá hạn xử lý vấn đề dư luận')), 'the overdue escalation');
    expect(mail.text).toContain('Khủng hoảng');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailTo('leader@test.local').slice(before).filter((m) => m.subject?.startsWith('Quá hạn xử lý')).length).toBe(1);
    // Only the leadership is told of the overdue concern.
    expect(mailTo('office@test.local').filter((m) => m.subject?.startsWith('Quá hạn xử lý')).length).toBe(0);
    const view: ConcernView = (await api(office.token).get(`/editorial-workflow/concerns/${first.id}`)).body.data;
    expect(view.timeline.filter((entry) => entry.kind === 'escalation')).toHaveLength(1);

    // The administrator shortens sự cố to one hour: the incident filed earlier is now overdue too, escalated once.
    const edited = await api(root).put(`/content-manager/single-types/${CONCERN_POLICY}`, { incidentHours: 1 });
    expect(edited.status).toBe(200);
    expect(await app.strapi.db.query(CONCERN_POLICY).findOne({})).toEqual(expect.objectContaining({ incidentHours: 1, crisisHours: 1, watchHours: 72 }));
    const incident = (await list(office.token, '?severity=incident')).results[0];
    expect(new Date(incident.dueAt!).getTime() - new Date(incident.createdAt).getTime()).toBeLessThanOrEqual(HOUR + 1000);
    expect((await job.run({ now: later })).escalated).toEqual([`concern-overdue:${incident.id}:incident`]);
    expect((await job.run({ now: later })).escalated).toEqual([]);
    // A handled concern's clock stops: the first, resolved, is no longer overdue.
    await api(round.desk.head).put(`/editorial-workflow/concerns/${first.id}`, { status: 'resolved' });
    const settled = (await getService(app.strapi, 'concerns').get(office.id, first.id, later));
    expect([settled.status, settled.overdue, settled.dueAt]).toEqual(['resolved', false, null]);
  });
});
