import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin, createAdminUser } from './harness/admin-client';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { PASSWORD, act, newsroomUser } from './harness/workflow';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import type { AssignmentView, OpenAssignment } from '../src/plugins/editorial-workflow/shared/contracts/assignments';
import { ARTICLE, ASSIGNMENT, ASSIGNMENT_TARGET, COMM_SCRIPT, NOTIFICATION, PLAN_EVENT, PLAN_LINE, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type User = { id: number; token: string };

/**
 * Assignments and events (issue 17, items 3 and 4) over HTTP as real logins: the Office and a
 * department commission coverage from schools (one by one, by kind, from an event); each school sees
 * its own part only, another school nothing, the commissioner every part; bad input is a 400 in
 * Vietnamese that stores nothing; a school's item submitted against its part fulfils it, and its
 * publication shows; overdue parts remind the unit once, then a working day later the commissioner
 * once, however many runs (concurrent ones too) go at once.
 */
describe('assignments and events (giao viết bài, sự kiện)', () => {
  let app: TestApp;
  let round: RoundFixture;
  let office: User;
  let officeColleague: User;
  let authors: Record<'A' | 'B' | 'C' | 'E', User>;
  let headB: User;
  const schools: Record<string, number> = {};
  let lineId: number;

  const api = (token: string) => adminClient(app.server, token);
  const count = (uid: string) => app.strapi.db.query(uid).count({});
  const futureDue = (hours = 48) => new Date(Date.now() + hours * HOUR).toISOString();

  async function expectRefused(send: () => Promise<{ status: number; body: { error?: { message?: string } } }>, pattern: RegExp) {
    const before = await Promise.all([count(PLAN_EVENT), count(ASSIGNMENT), count(ASSIGNMENT_TARGET)]);
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toMatch(VIETNAMESE);
    expect(res.body.error?.message).toMatch(pattern);
    expect(await Promise.all([count(PLAN_EVENT), count(ASSIGNMENT), count(ASSIGNMENT_TARGET)])).toEqual(before);
  }

  async function eventBy(token: string, over: Record<string, unknown> = {}) {
    return api(token).post('/editorial-workflow/plan-events', {
      title: 'Hội nghị tổng kết năm học 2025-2026',
      kind: 'conference',
      startsAt: futureDue(24),
      endsAt: futureDue(28),
      place: 'Hội trường Sở GDĐT',
      organiser: 'Sở GDĐT',
      lineCode: 'III.2.1',
      ...over,
    });
  }

  async function officeUser(email: string): Promise<User> {
    const roles = await adminRoleIdsByCode(app.strapi);
    const user = await createAdminUser(app.strapi, { email, password: PASSWORD, roles: [roles.get('newsroom-editor'), roles.get('newsroom-office')] });
    const vp = await app.strapi.db.query(UNIT).findOne({ where: { code: 'SGD-VP' }, select: ['id'] });
    await getService(app.strapi, 'membership').add({ userId: user.id, unitId: vp.id, role: 'editor' });
    return { id: user.id, token: await adminLogin(app.server, email, PASSWORD) };
  }

  beforeAll(async () => {
    app = await startStrapi();
    round = await roundFixture(app);
    for (const [code, active] of [['TH-A', true], ['TH-B', true], ['TH-C', true], ['TH-E', true], ['TH-D', false]] as const) {
      await app.strapi.documents(UNIT).create({ data: { code, name: `Trường Tiểu học ${code.slice(3)}`, kind: 'school', active } as never });
      schools[code] = (await app.strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] })).id;
    }
    const topic = await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['id'] });
    const gdpt = await app.strapi.db.query(UNIT).findOne({ where: { code: 'SGD-GDPT' }, select: ['id'] });
    // The lines of the plan, as the seed loads them (another part of the work): created here when missing.
    for (const [code, order] of [['III.2.1', 1], ['III.2.2', 2]] as const) {
      const found = await app.strapi.db.query(PLAN_LINE).findOne({ where: { code }, select: ['id'] });
      if (!found) await app.strapi.db.query(PLAN_LINE).create({ data: { code, text: `Tuyến thông tin ${code}`, label: `Tuyến ${code}`, topic: topic.id, department: gdpt.id, order } });
    }
    lineId = (await app.strapi.db.query(PLAN_LINE).findOne({ where: { code: 'III.2.1' }, select: ['id'] })).id;
    office = await officeUser('vanphong@test.local');
    officeColleague = await officeUser('vanphong2@test.local');
    authors = {
      A: await newsroomUser(app, 'tacgia-a@test.local', 'author', ['TH-A']),
      B: await newsroomUser(app, 'tacgia-b@test.local', 'author', ['TH-B']),
      C: await newsroomUser(app, 'tacgia-c@test.local', 'author', ['TH-C']),
      E: await newsroomUser(app, 'tacgia-e@test.local', 'author', ['TH-E']),
    };
    const roles = await adminRoleIdsByCode(app.strapi);
    const head = await createAdminUser(app.strapi, { email: 'hieutruong-b@test.local', password: PASSWORD, roles: [roles.get('newsroom-unit-head')] });
    await getService(app.strapi, 'membership').add({ userId: head.id, unitId: schools['TH-B'], role: 'unit-head' });
    headB = { id: head.id, token: await adminLogin(app.server, 'hieutruong-b@test.local', PASSWORD) };
  });

  afterAll(() => app?.stop());

  describe('events', () => {
    it('are entered by the Office and by a department, not by a school; a department edits its own', async () => {
      const byOffice = await eventBy(office.token);
      expect(byOffice.status).toBe(201);
      expect(byOffice.body.data).toMatchObject({ kind: 'conference', kindLabel: 'Hội nghị', ownerUnit: { name: 'Văn phòng Sở' }, line: { code: 'III.2.1' }, canEdit: true });
      const byDepartment = await eventBy(round.desk.editor, { title: 'Tập huấn chương trình GDPT 2018', kind: 'training' });
      expect(byDepartment.status).toBe(201);
      expect(byDepartment.body.data.ownerUnit.name).toBe('Phòng Giáo dục Phổ thông');
      expect((await eventBy(authors.A.token)).status).toBe(403);

      const edited = await api(round.desk.editor).put(`/editorial-workflow/plan-events/${byDepartment.body.data.id}`, { place: 'Trường THPT chuyên' });
      expect(edited.status).toBe(200);
      expect(edited.body.data.place).toBe('Trường THPT chuyên');
      // The department does not edit the Office's event (it sees it: the topic is of its field).
      expect((await api(round.desk.editor).put(`/editorial-workflow/plan-events/${byOffice.body.data.id}`, { place: 'x' })).status).toBe(403);
      // A school with nothing of it does not know it exists.
      expect((await api(authors.E.token).get(`/editorial-workflow/plan-events/${byOffice.body.data.id}`)).status).toBe(404);
      expect((await api(authors.E.token).get('/editorial-workflow/plan-events')).body.data).toEqual([]);
    });

    it('refuses an event ending before it starts, on entry and on edit, storing nothing', async () => {
      await expectRefused(() => eventBy(office.token, { startsAt: futureDue(30), endsAt: futureDue(29) }), /kết thúc trước khi bắt đầu/);
      const created = (await eventBy(office.token, { title: 'Cuộc thi giáo viên dạy giỏi', kind: 'contest' })).body.data;
      const res = await api(office.token).put(`/editorial-workflow/plan-events/${created.id}`, { endsAt: new Date(Date.parse(created.startsAt) - HOUR).toISOString() });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/kết thúc trước khi bắt đầu/);
      expect(new Date((await app.strapi.db.query(PLAN_EVENT).findOne({ where: { id: created.id } })).endsAt).toISOString()).toBe(created.endsAt);
      await expectRefused(() => eventBy(office.token, { lineCode: 'IX.9.9' }), /IX\.9\.9.*không có trong kế hoạch/);
    });
  });

  describe('commissioning', () => {
    it('refuses a due time in the past, no units, and a line code that does not exist: 400 in Vietnamese, nothing stored', async () => {
      const base = { lineCode: 'III.2.1', dueAt: futureDue(), unitIds: [schools['TH-A']] };
      const post = (body: Record<string, unknown>) => () => api(office.token).post('/editorial-workflow/assignments', body);
      await expectRefused(post({ ...base, dueAt: new Date(Date.now() - HOUR).toISOString() }), /Hạn gửi bài đã qua/);
      await expectRefused(post({ ...base, unitIds: [] }), /chưa chọn đơn vị/);
      await expectRefused(post({ ...base, unitIds: undefined }), /chưa chọn đơn vị/);
      // A kind with no active unit is no one either.
      await expectRefused(post({ ...base, unitIds: [], unitKinds: ['association'] }), /chưa chọn đơn vị/);
      await expectRefused(post({ ...base, lineCode: 'III.9.9' }), /III\.9\.9.*không có trong kế hoạch/);
      await expectRefused(post({ ...base, lineCode: undefined, lineId: 999999 }), /không có trong kế hoạch/);
      await expectRefused(post({ ...base, unitIds: [schools['TH-D']] }), /ngừng hoạt động/);
      // A school's author commissions nothing.
      expect((await api(authors.A.token).post('/editorial-workflow/assignments', base)).status).toBe(403);
    });

    it('gives a department assignment to every active school by kind, and the scope follows the parts', async () => {
      const res = await api(round.desk.editor).post('/editorial-workflow/assignments', { lineId, dueAt: futureDue(40 * 24), unitKinds: ['school'], note: 'Mỗi trường một bài.' });
      expect(res.status).toBe(201);
      const view = res.body.data as AssignmentView;
      expect(view.commissioner?.name).toBe('Phòng Giáo dục Phổ thông');
      // The inactive school is left out.
      expect(view.parts.map((part) => part.unit.id).sort()).toEqual([schools['TH-A'], schools['TH-B'], schools['TH-C'], schools['TH-E']].sort());
      expect(view.counts).toMatchObject({ pending: 4, submitted: 0, published: 0, overdue: 0 });

      const mine = (await api(authors.A.token).get(`/editorial-workflow/assignments/${view.id}`)).body.data as AssignmentView;
      expect(mine.parts.map((part) => part.unit.id)).toEqual([schools['TH-A']]);
      // The Office sees all, the department's head too (a member of the commissioner).
      expect((await api(office.token).get(`/editorial-workflow/assignments/${view.id}`)).body.data.parts).toHaveLength(4);
      expect((await api(round.desk.head).get(`/editorial-workflow/assignments/${view.id}`)).body.data.parts).toHaveLength(4);
    });
  });

  describe('coverage of an event, fulfilled by submission', () => {
    let eventId: number;
    let assignmentId: number;
    let itemA: string;

    it('is commissioned from the event in one action, the line defaulting to the event’s', async () => {
      eventId = (await eventBy(office.token, { title: 'Hội thảo chuyển đổi số trong trường học', kind: 'workshop' })).body.data.id;
      const res = await api(office.token).post(`/editorial-workflow/plan-events/${eventId}/assignments`, {
        dueAt: futureDue(72),
        unitIds: [schools['TH-A'], schools['TH-B'], schools['TH-C']],
        note: 'Đưa tin ngay sau hội thảo.',
      });
      expect(res.status).toBe(201);
      const view = res.body.data as AssignmentView;
      assignmentId = view.id;
      expect(view).toMatchObject({ event: { id: eventId }, line: { code: 'III.2.1' }, commissioner: { name: 'Văn phòng Sở' }, counts: { pending: 3 } });
      expect((await api(office.token).get(`/editorial-workflow/plan-events/${eventId}`)).body.data.assignmentIds).toEqual([assignmentId]);
      // Bad input from an event is refused as well, and a department does not commission from the Office's event.
      await expectRefused(() => api(office.token).post(`/editorial-workflow/plan-events/${eventId}/assignments`, { dueAt: futureDue(), unitIds: [] }), /chưa chọn đơn vị/);
      expect((await api(round.desk.editor).post(`/editorial-workflow/plan-events/${eventId}/assignments`, { dueAt: futureDue(), unitIds: [schools['TH-A']] })).status).toBe(403);
    });

    it('follows a communication script: the event names one, its assignments take it; a script that does not exist is refused', async () => {
      const gdpt = await app.strapi.db.query(UNIT).findOne({ where: { code: 'SGD-GDPT' }, select: ['id'] });
      const script = await app.strapi.db.query(COMM_SCRIPT).create({
        data: { title: 'Kịch bản tuyên truyền chuyển đổi số', lineId, keyMessages: 'Chuyển đổi số vì học sinh.', channels: ['website'], startsOn: '2026-01-01', endsOn: '2026-12-31', ownerDepartmentId: gdpt.id, milestones: [] },
      });
      const event = (await eventBy(office.token, { title: 'Tập huấn học bạ số', kind: 'training', scriptId: script.id })).body.data;
      expect(event.scriptId).toBe(script.id);
      const made = await api(office.token).post(`/editorial-workflow/plan-events/${event.id}/assignments`, { dueAt: futureDue(72), unitIds: [schools['TH-E']] });
      expect(made.status).toBe(201);
      expect((made.body.data as AssignmentView).scriptId).toBe(script.id);
      await expectRefused(() => eventBy(office.token, { title: 'Sự kiện theo kịch bản không có', scriptId: 2_147_483_000 }), /Kịch bản truyền thông số 2147483000 không có/);
      await expectRefused(() => api(office.token).post('/editorial-workflow/assignments', { lineCode: 'III.2.1', dueAt: futureDue(), unitIds: [schools['TH-E']], scriptId: 2_147_483_000 }), /Kịch bản truyền thông/);
      const put = await api(office.token).put(`/editorial-workflow/plan-events/${event.id}`, { scriptId: null });
      expect({ status: put.status, scriptId: put.body.data?.scriptId }).toEqual({ status: 200, scriptId: null });
      // Out of the way of the reminders' counts below.
      await app.strapi.db.query(ASSIGNMENT_TARGET).deleteMany({ where: { assignmentId: made.body.data.id } });
      await app.strapi.db.query(ASSIGNMENT).delete({ where: { id: made.body.data.id } });
      await app.strapi.db.query(PLAN_EVENT).delete({ where: { id: event.id } });
    });

    it('shows each school its own part only, another school nothing, the commissioner every part', async () => {
      const partsOf = async (token: string) => (await api(token).get(`/editorial-workflow/assignments/${assignmentId}`)).body.data?.parts?.map((part: { unit: { id: number } }) => part.unit.id);
      expect(await partsOf(authors.A.token)).toEqual([schools['TH-A']]);
      expect(await partsOf(authors.B.token)).toEqual([schools['TH-B']]);
      expect(await partsOf(office.token)).toHaveLength(3);
      expect(await partsOf(officeColleague.token)).toHaveLength(3);
      const outsider = await api(authors.E.token).get(`/editorial-workflow/assignments/${assignmentId}`);
      expect(outsider.status).toBe(404);
      expect((await api(authors.E.token).get('/editorial-workflow/assignments')).body.data.map((row: { id: number }) => row.id)).not.toContain(assignmentId);
      // The department neither commissioned it nor is given it.
      expect((await api(round.desk.editor).get(`/editorial-workflow/assignments/${assignmentId}`)).status).toBe(404);
      // The school given a part now sees the event; the one without still does not.
      expect((await api(authors.A.token).get(`/editorial-workflow/plan-events/${eventId}`)).status).toBe(200);
      expect((await api(authors.E.token).get(`/editorial-workflow/plan-events/${eventId}`)).status).toBe(404);
      const listed = (await api(authors.A.token).get('/editorial-workflow/assignments')).body.data.find((row: { id: number }) => row.id === assignmentId);
      expect(listed).toMatchObject({ partCount: 1 });
    });

    it('puts the part in the school’s queue; the school’s draft is tagged with the line, and its submission fulfils the part', async () => {
      const open = (await api(authors.A.token).get('/editorial-workflow/assignments?open=true')).body.data as OpenAssignment[];
      expect(open.find((row) => row.assignmentId === assignmentId)).toMatchObject({ status: 'pending', canDraft: true, itemDocumentId: null, lineCode: 'III.2.1' });
      // Another school's author cannot write for it.
      expect((await api(authors.E.token).post(`/editorial-workflow/assignments/${assignmentId}/draft`, {})).status).toBe(404);

      const drafted = await api(authors.A.token).post(`/editorial-workflow/assignments/${assignmentId}/draft`, {});
      expect(drafted.status).toBe(201);
      itemA = drafted.body.data.itemDocumentId;
      const article = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: itemA, publishedAt: null }, populate: { planLines: { select: ['code'] }, unit: { select: ['code'] } } });
      expect(article.planLines.map((line: { code: string }) => line.code)).toEqual(['III.2.1']);
      expect(article.unit.code).toBe('TH-A');
      const again = await api(authors.A.token).post(`/editorial-workflow/assignments/${assignmentId}/draft`, {});
      expect(again.status).toBe(400);
      expect(again.body.error.message).toMatch(/đã có bài/);

      await act(app, authors.A.token, itemA, 'submit');
      const view = (await api(office.token).get(`/editorial-workflow/assignments/${assignmentId}`)).body.data as AssignmentView;
      expect(view.counts).toMatchObject({ submitted: 1, pending: 2, overdue: 0, published: 0 });
      expect(view.parts.find((part) => part.unit.id === schools['TH-A'])).toMatchObject({ status: 'submitted', statusLabel: 'Đã gửi', item: { documentId: itemA } });
      expect((await api(authors.A.token).get('/editorial-workflow/assignments?open=true')).body.data.map((row: OpenAssignment) => row.assignmentId)).not.toContain(assignmentId);
      expect((await api(authors.B.token).get('/editorial-workflow/assignments?open=true')).body.data.map((row: OpenAssignment) => row.assignmentId)).toContain(assignmentId);
    });

    it('shows the part published once its item is online', async () => {
      await act(app, round.desk.editor, itemA, 'forward');
      await act(app, round.desk.head, itemA, 'approve');
      await act(app, round.desk.publisher, itemA, 'publish');
      const view = (await api(authors.A.token).get(`/editorial-workflow/assignments/${assignmentId}`)).body.data as AssignmentView;
      expect(view.parts).toEqual([expect.objectContaining({ status: 'published', statusLabel: 'Đã đăng' })]);
    });

    it('reminds the late units once, then a working day later the commissioner once', async () => {
      const overdue = getService(app.strapi, 'assignment-overdue');
      const dueAt = new Date((await app.strapi.db.query(ASSIGNMENT).findOne({ where: { id: assignmentId } })).dueAt);
      const parts = await app.strapi.db.query(ASSIGNMENT_TARGET).findMany({ where: { assignmentId } });
      const partOf = (code: string) => parts.find((part: { unitId: number }) => part.unitId === schools[code]).id;
      const told = async (action: string) =>
        (await app.strapi.db.query(NOTIFICATION).findMany({ where: { action }, select: ['userId'] })).map((row: { userId: number }) => row.userId).sort();

      // Before the due time, nothing of this assignment.
      expect((await overdue.run({ now: new Date(dueAt.getTime() - HOUR) })).reminded).not.toContain(partOf('TH-B'));
      const first = await overdue.run({ now: new Date(dueAt.getTime() + HOUR) });
      // The submitted school is not late; B and C are (the department's kind-wide assignment is due weeks later).
      expect(first.reminded.sort()).toEqual([partOf('TH-B'), partOf('TH-C')].sort());
      expect(first.escalated).toEqual([]);
      expect(await told('assignment-overdue')).toEqual([authors.B.id, authors.C.id, headB.id].sort());
      const second = await overdue.run({ now: new Date(dueAt.getTime() + 2 * HOUR) });
      expect(second).toMatchObject({ reminded: [], escalated: [] });
      expect(await told('assignment-overdue')).toHaveLength(3);
      // The page's clock is the service's: past the due time, the two late schools show overdue.
      expect((await getService(app.strapi, 'assignments').get(office.id, assignmentId, new Date(dueAt.getTime() + HOUR))).counts).toMatchObject({ overdue: 2, published: 1 });

      const later = new Date(dueAt.getTime() + 20 * DAY);
      const third = await overdue.run({ now: later });
      expect(third.escalated.sort()).toEqual([partOf('TH-B'), partOf('TH-C')].sort());
      // The Office's members (the commissioner), once per late school.
      expect(await told('assignment-escalation')).toEqual([office.id, office.id, officeColleague.id, officeColleague.id].sort());
      const fourth = await overdue.run({ now: new Date(later.getTime() + HOUR) });
      expect(fourth.escalated).toEqual([]);
      expect(await told('assignment-escalation')).toHaveLength(4);
      expect(await told('assignment-overdue')).toHaveLength(3);
    });

    it('sends each reminder once when runs go at the same time (each claims a part by compare-and-set)', async () => {
      const res = await api(office.token).post('/editorial-workflow/assignments', { lineCode: 'III.2.2', dueAt: futureDue(1), unitIds: [schools['TH-E'], schools['TH-C']] });
      expect(res.status).toBe(201);
      const at = new Date(Date.parse(res.body.data.dueAt) + HOUR);
      const before = await app.strapi.db.query(NOTIFICATION).count({ where: { action: 'assignment-overdue' } });
      const overdue = getService(app.strapi, 'assignment-overdue');
      const runs = await Promise.all([overdue.run({ now: at }), overdue.run({ now: at }), overdue.run({ now: at })]);
      const reminded = runs.flatMap((run) => run.reminded);
      expect(reminded).toHaveLength(2);
      expect(new Set(reminded).size).toBe(2);
      // E's author and C's author, one notice each.
      expect((await app.strapi.db.query(NOTIFICATION).count({ where: { action: 'assignment-overdue' } })) - before).toBe(2);
    });
  });
});
