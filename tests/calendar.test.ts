import request from 'supertest';
import * as ical from 'node-ical';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin, createAdminUser } from './harness/admin-client';
import { createDraft } from './harness/http';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { PASSWORD, grantMembership, newsroomUser } from './harness/workflow';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { ITEM_STATE, NOTIFICATION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { GUIDANCE_NOTE, GUIDANCE_RECIPIENT } from '../src/plugins/editorial-workflow/server/src/guidance/content-type';
import { CALENDAR_FEED_TOKEN } from '../src/plugins/editorial-workflow/server/src/calendar-feed/content-type';
import { vnDateOf } from '../src/plugins/editorial-workflow/shared/periods';
import type { CalendarEntry } from '../src/plugins/editorial-workflow/shared/contracts/calendar';

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const PLAN = 'plugin::editorial-workflow';

/** The month after next (Vietnam time): inside the feed's span (180 days ahead) whenever the suite runs. */
function fixtureMonth(): string {
  const [y, m] = vnDateOf(new Date()).split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + 2, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * Guidance (issue 17 item 6) and the communication calendar with its iCalendar feed (item 7), as
 * real logins: the Office (newsroom-office: plan.manage) sends, two schools receive, a commune reads
 * nothing of it; the calendar shows each kind in Vietnam time and in each person's scope; the feed
 * parses, carries Asia/Ho_Chi_Minh times, and refuses a revoked token.
 */
describe('guidance and the communication calendar', () => {
  let app: TestApp;
  let round: RoundFixture;
  let office: { id: number; token: string };
  let schoolA: { id: number; token: string };
  let schoolB: { id: number; token: string };
  const units: Record<string, number> = {};
  const month = fixtureMonth();
  const at = (day: string, time: string) => new Date(`${month}-${day}T${time}Z`);
  const api = (token: string) => adminClient(app.server, token);
  const calendar = async (token: string, query: Record<string, string | number> = {}) => {
    const res = await api(token).get(`/editorial-workflow/calendar?${new URLSearchParams({ from: `${month}-01`, to: `${month}-28`, ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])) })}`);
    expect(res.status).toBe(200);
    return res.body.data.entries as CalendarEntry[];
  };

  beforeAll(async () => {
    app = await startStrapi();
    round = await roundFixture(app);
    for (const [code, name] of [['TH-A', 'Trường Tiểu học A'], ['TH-B', 'Trường Tiểu học B']]) {
      await app.strapi.documents(UNIT).create({ data: { code, name, kind: 'school', active: true } });
    }
    for (const code of ['TH-A', 'TH-B', 'XA-A', 'SGD-VP', 'SGD-GDPT']) units[code] = (await app.strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] })).id;
    // The Office: an editor of SGD-VP who also holds the Office's admin role (plan.manage).
    const roles = await adminRoleIdsByCode(app.strapi);
    const user = await createAdminUser(app.strapi, { email: 'office@test.local', password: PASSWORD, roles: [roles.get('newsroom-editor'), roles.get('newsroom-office')] });
    await grantMembership(app, user.id, ['SGD-VP'], 'editor');
    office = { id: user.id, token: await adminLogin(app.server, 'office@test.local', PASSWORD) };
    schoolA = await newsroomUser(app, 'tha@test.local', 'author', ['TH-A']);
    schoolB = await newsroomUser(app, 'thb@test.local', 'author', ['TH-B']);
  });

  afterAll(() => app?.stop());

  describe('guidance', () => {
    let noteId: number;

    it('refuses a note with no recipients with a 400 in Vietnamese, and stores nothing', async () => {
      const before = await app.strapi.db.query(GUIDANCE_NOTE).count();
      for (const body of [
        { title: 'Định hướng', body: 'Nội dung', audience: 'units', unitIds: [] },
        { title: 'Định hướng', body: 'Nội dung', audience: 'units' },
        { title: 'Định hướng', body: 'Nội dung', audience: 'kinds', unitKinds: [] },
        { title: 'Định hướng', body: 'Nội dung', audience: 'units', unitIds: [999999] },
        { title: 'Định hướng', body: 'Nội dung' },
      ]) {
        const res = await api(office.token).post('/editorial-workflow/guidance', body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect(res.body.error.message).toMatch(VIETNAMESE);
      }
      expect(await app.strapi.db.query(GUIDANCE_NOTE).count()).toBe(before);
      expect(await app.strapi.db.query(GUIDANCE_RECIPIENT).count()).toBe(0);
    });

    it('is sent by the Office only', async () => {
      const res = await api(schoolA.token).post('/editorial-workflow/guidance', { title: 'x', body: 'y', audience: 'all' });
      expect(res.status).toBe(403);
    });

    it('reaches the units of a kind: one recipient row each, their members told in the inbox with an e-mail queued', async () => {
      const res = await api(office.token).post('/editorial-workflow/guidance', {
        title: 'Tuyên truyền ngày khai giảng',
        body: 'Các trường đăng tin về lễ khai giảng trong ngày.',
        audience: 'kinds',
        unitKinds: ['school'],
      });
      expect(res.status).toBe(201);
      noteId = res.body.data.id;
      const schools = await app.strapi.db.query(UNIT).count({ where: { kind: 'school' } });
      expect(res.body.data).toMatchObject({ recipientCount: schools, readCount: 0, canManage: true });
      const rows = await app.strapi.db.query(GUIDANCE_RECIPIENT).findMany({ where: { noteId } });
      expect(rows.map((row: { unitId: number }) => row.unitId)).toEqual(expect.arrayContaining([units['TH-A'], units['TH-B']]));
      expect(rows.map((row: { unitId: number }) => row.unitId)).not.toContain(units['XA-A']);
      for (const person of [schoolA, schoolB]) {
        const told = await app.strapi.db.query(NOTIFICATION).findMany({ where: { userId: person.id, action: 'guidance' } });
        expect(told).toHaveLength(1);
        expect(told[0].title).toContain('Tuyên truyền ngày khai giảng');
        expect(['pending', 'sent']).toContain(told[0].emailStatus);
      }
      const communeAuthor = (await app.strapi.db.query('admin::user').findOne({ where: { email: 'author@test.local' }, select: ['id'] })).id;
      expect(await app.strapi.db.query(NOTIFICATION).count({ where: { userId: communeAuthor, action: 'guidance' } })).toBe(0);
      expect(await app.strapi.db.query(NOTIFICATION).count({ where: { userId: office.id, action: 'guidance' } })).toBe(0);
    });

    it('is hidden from a unit it was not sent to (404, not in its list)', async () => {
      expect((await api(round.desk.author).get(`/editorial-workflow/guidance/${noteId}`)).status).toBe(404);
      expect((await api(round.desk.author).post(`/editorial-workflow/guidance/${noteId}/read`, {})).status).toBe(404);
      const list = (await api(round.desk.author).get('/editorial-workflow/guidance')).body.results;
      expect(list.map((note: { id: number }) => note.id)).not.toContain(noteId);
      expect((await api(schoolA.token).get('/editorial-workflow/guidance/abc')).status).toBe(404);
    });

    it("records each unit's FIRST reading when a member opens it, once", async () => {
      const opened = await api(schoolA.token).get(`/editorial-workflow/guidance/${noteId}`);
      expect(opened.status).toBe(200);
      expect(opened.body.data).toMatchObject({ body: 'Các trường đăng tin về lễ khai giảng trong ngày.', readByMyUnit: true, canManage: false });
      const row = await app.strapi.db.query(GUIDANCE_RECIPIENT).findOne({ where: { noteId, unitId: units['TH-A'] } });
      expect(row).toMatchObject({ firstReadById: schoolA.id });
      expect(row.firstReadAt).not.toBeNull();
      // A second opening leaves the first reading.
      await api(schoolA.token).get(`/editorial-workflow/guidance/${noteId}`);
      const again = await app.strapi.db.query(GUIDANCE_RECIPIENT).findOne({ where: { noteId, unitId: units['TH-A'] } });
      expect(new Date(again.firstReadAt).getTime()).toBe(new Date(row.firstReadAt).getTime());
      // The Office opening it records nothing for the schools.
      await api(office.token).get(`/editorial-workflow/guidance/${noteId}`);
      expect((await app.strapi.db.query(GUIDANCE_RECIPIENT).findOne({ where: { noteId, unitId: units['TH-B'] } })).firstReadAt).toBeNull();
    });

    it('shows the Office who has read and who has not, and reminds the unread ones once per press', async () => {
      expect((await api(schoolA.token).get(`/editorial-workflow/guidance/${noteId}/receipts`)).status).toBe(403);
      const receipts = (await api(office.token).get(`/editorial-workflow/guidance/${noteId}/receipts?days=3`)).body.data;
      expect(receipts).toMatchObject({ noteId, days: 3, daysPassed: false });
      expect(receipts.read.map((r: { unitId: number }) => r.unitId)).toEqual([units['TH-A']]);
      expect(receipts.unread.map((r: { unitId: number }) => r.unitId)).toContain(units['TH-B']);
      expect(receipts.unread.map((r: { unitId: number }) => r.unitId)).not.toContain(units['TH-A']);
      expect((await api(office.token).get(`/editorial-workflow/guidance/${noteId}/receipts?days=abc`)).status).toBe(400);

      const first = await api(office.token).post(`/editorial-workflow/guidance/${noteId}/remind`, {});
      expect(first.status).toBe(200);
      expect(first.body.data.reminded).toBe(receipts.unread.length);
      const remindedB = await app.strapi.db.query(GUIDANCE_RECIPIENT).findOne({ where: { noteId, unitId: units['TH-B'] } });
      expect(remindedB.remindCount).toBe(1);
      expect(remindedB.remindedAt).not.toBeNull();
      expect((await app.strapi.db.query(GUIDANCE_RECIPIENT).findOne({ where: { noteId, unitId: units['TH-A'] } })).remindCount).toBe(0);
      expect(await app.strapi.db.query(NOTIFICATION).count({ where: { userId: schoolB.id, action: 'guidance-reminder' } })).toBe(1);
      expect(await app.strapi.db.query(NOTIFICATION).count({ where: { userId: schoolA.id, action: 'guidance-reminder' } })).toBe(0);
      await api(office.token).post(`/editorial-workflow/guidance/${noteId}/remind`, {});
      expect((await app.strapi.db.query(GUIDANCE_RECIPIENT).findOne({ where: { noteId, unitId: units['TH-B'] } })).remindCount).toBe(2);
      expect(await app.strapi.db.query(NOTIFICATION).count({ where: { userId: schoolB.id, action: 'guidance-reminder' } })).toBe(2);

      // TH-B reads it through the explicit route; it leaves the unread list.
      const read = await api(schoolB.token).post(`/editorial-workflow/guidance/${noteId}/read`, {});
      expect(read.body.data.recorded).toBe(1);
      const after = (await api(office.token).get(`/editorial-workflow/guidance/${noteId}/receipts?days=3`)).body.data;
      expect(after.unread.map((r: { unitId: number }) => r.unitId)).not.toContain(units['TH-B']);
      const list = (await api(office.token).get('/editorial-workflow/guidance')).body.results;
      expect(list.find((note: { id: number }) => note.id === noteId)).toMatchObject({ readCount: 2 });
    });
  });

  describe('the calendar', () => {
    let scheduledId: string;
    let publishedId: string;
    let assignmentId: number;
    let eventId: number;

    beforeAll(async () => {
      const db = app.strapi.db;
      // Items of XA-A routed to SGD-GDPT: one scheduled, one published (their workflow rows as the workflow leaves them).
      const xa = (await db.query(UNIT).findOne({ where: { code: 'XA-A' }, select: ['documentId'] })).documentId;
      scheduledId = (await createDraft(app, round.desk.author, { title: 'Tin hẹn giờ đăng của xã A', unit: xa })).documentId;
      publishedId = (await createDraft(app, round.desk.author, { title: 'Tin đã đăng của xã A', unit: xa })).documentId;
      const stateRow = async (itemDocumentId: string, data: Record<string, unknown>) => {
        const found = await db.query(ITEM_STATE).findOne({ where: { itemDocumentId } });
        if (found) await db.query(ITEM_STATE).update({ where: { id: found.id }, data });
        else await db.query(ITEM_STATE).create({ data: { itemDocumentId, version: 1, ...data } });
      };
      await stateRow(scheduledId, { state: 'approved', departmentId: units['SGD-GDPT'], scheduledAt: at('10', '02:30:00'), firstSubmittedAt: at('08', '01:00:00'), firstSubmittedUnitId: units['XA-A'] });
      await stateRow(publishedId, { state: 'published', departmentId: units['SGD-GDPT'], firstSubmittedAt: at('03', '01:00:00'), firstSubmittedUnitId: units['XA-A'], firstPublishedAt: at('05', '01:00:00'), firstPublishedUnitId: units['XA-A'], lastPublishedAt: at('05', '01:00:00') });
      // An assignment from the Office to both schools, due at 17:00 Vietnam time on the 15th.
      const assignment = await db.query(`${PLAN}.assignment`).create({ data: { title: 'Viết về ngày hội đọc sách', lineId: 1, dueAt: at('15', '10:00:00'), commissionerUnitId: units['SGD-VP'] } });
      assignmentId = assignment.id;
      for (const code of ['TH-A', 'TH-B']) {
        await db.query(`${PLAN}.assignment-target`).create({ data: { assignmentId, unitId: units[code], targetKey: `${assignmentId}:${units[code]}`, dueAt: at('15', '10:00:00') } });
      }
      // An event of the Office at 08:30 on the 20th, with coverage commissioned from TH-A only.
      const event = await db.query(`${PLAN}.plan-event`).create({
        data: { title: 'Hội nghị tổng kết học kỳ', kind: 'conference', startsAt: at('20', '01:30:00'), endsAt: at('20', '04:00:00'), place: 'Hội trường Sở', organiser: 'Sở GDĐT', ownerUnitId: units['SGD-VP'] },
      });
      eventId = event.id;
      const fromEvent = await db.query(`${PLAN}.assignment`).create({ data: { title: 'Đưa tin hội nghị tổng kết', lineId: 1, eventId, dueAt: at('21', '10:00:00'), commissionerUnitId: units['SGD-VP'] } });
      await db.query(`${PLAN}.assignment-target`).create({ data: { assignmentId: fromEvent.id, unitId: units['TH-A'], targetKey: `${fromEvent.id}:${units['TH-A']}`, dueAt: at('21', '10:00:00') } });
      // A script of SGD-GDPT with a milestone on the 12th, and the units' plan due on the 27th.
      await db.query(`${PLAN}.comm-script`).create({
        data: { title: 'Kịch bản ngày hội đọc sách', keyMessages: 'Đọc sách mỗi ngày', channels: ['website'], startsOn: `${month}-01`, endsOn: `${month}-28`, ownerDepartmentId: units['SGD-GDPT'], milestones: [{ on: `${month}-12`, label: 'Đăng bài mở đầu' }] },
      });
      await db.query(`${PLAN}.unit-plan-deadline`).create({ data: { year: Number(month.slice(0, 4)), dueOn: `${month}-27` } });
    });

    const kinds = (entries: CalendarEntry[]) => new Set(entries.map((entry) => entry.kind));

    it('shows the Office every kind of the plan in Vietnam time', async () => {
      const entries = await calendar(office.token);
      const due = entries.find((entry) => entry.kind === 'assignment-due' && entry.target.id === String(assignmentId));
      expect(due).toMatchObject({ start: `${month}-15T17:00:00+07:00`, allDay: false, target: { type: 'assignment', path: `/plugins/editorial-workflow/assignments/${assignmentId}` } });
      expect(due!.title).toContain('(2 đơn vị)');
      expect(entries.find((entry) => entry.kind === 'event')).toMatchObject({ start: `${month}-20T08:30:00+07:00`, end: `${month}-20T11:00:00+07:00`, target: { type: 'event', id: String(eventId), path: `/plugins/editorial-workflow/events/${eventId}` } });
      expect(entries.find((entry) => entry.kind === 'script-milestone')).toMatchObject({ start: `${month}-12`, allDay: true });
      expect(entries.find((entry) => entry.kind === 'unit-plan-due')).toMatchObject({ start: `${month}-27`, allDay: true });
      // The monthly report is late from 00:00 of the 20th: its last day is the 19th.
      expect(entries.find((entry) => entry.kind === 'report-due')).toMatchObject({ start: `${month}-19`, allDay: true });
      // Items follow the item scope: the Office's editor sees no item of a commune routed elsewhere.
      expect(kinds(entries).has('scheduled')).toBe(false);
    });

    it("shows the commune's author and its department's editor the items, in Vietnam time, and the author nothing of the schools", async () => {
      for (const token of [round.desk.author, round.desk.editor]) {
        const entries = await calendar(token);
        expect(entries.find((entry) => entry.kind === 'scheduled')).toMatchObject({
          start: `${month}-10T09:30:00+07:00`,
          title: 'Hẹn đăng: Tin hẹn giờ đăng của xã A',
          target: { type: 'item', id: scheduledId, path: `/content-manager/collection-types/api::article.article/${scheduledId}` },
        });
        expect(entries.find((entry) => entry.kind === 'published')).toMatchObject({ start: `${month}-05T08:00:00+07:00`, target: { id: publishedId } });
      }
      const author = await calendar(round.desk.author);
      expect(kinds(author).has('assignment-due')).toBe(false);
      expect(kinds(author).has('event')).toBe(false);
      expect(author.find((entry) => entry.kind === 'report-due')).toMatchObject({ start: `${month}-19` });
      // The department's editor sees the script of its field.
      expect(kinds(await calendar(round.desk.editor)).has('script-milestone')).toBe(true);
      expect(kinds(author).has('script-milestone')).toBe(false);
    });

    it("shows a school its own part of an assignment, never another school's, and the event only where it was commissioned", async () => {
      const a = await calendar(schoolA.token);
      const b = await calendar(schoolB.token);
      const partsOf = (entries: CalendarEntry[]) => entries.filter((entry) => entry.kind === 'assignment-due');
      expect(partsOf(a).map((entry) => entry.unitName)).toEqual(['Trường Tiểu học A', 'Trường Tiểu học A']);
      expect(partsOf(b).map((entry) => entry.unitName)).toEqual(['Trường Tiểu học B']);
      expect(partsOf(b)[0]).toMatchObject({ start: `${month}-15T17:00:00+07:00` });
      expect(partsOf(b)[0].title).not.toContain('đơn vị)');
      expect(kinds(a).has('event')).toBe(true);
      expect(kinds(b).has('event')).toBe(false);
      expect(kinds(b).has('scheduled')).toBe(false);
      // A filter narrows the scope, never widens it.
      const filtered = await calendar(schoolB.token, { unit: units['TH-A'] });
      expect(filtered.filter((entry) => entry.kind === 'assignment-due' || entry.kind === 'event')).toEqual([]);
    });

    it('filters by unit, department and topic', async () => {
      const byUnit = await calendar(office.token, { unit: units['TH-B'] });
      expect(byUnit.filter((entry) => entry.kind === 'assignment-due').map((entry) => entry.unitName)).toEqual(['Trường Tiểu học B']);
      expect(kinds(byUnit).has('event')).toBe(false);
      const byDepartment = await calendar(round.desk.editor, { department: units['SGD-GDPT'] });
      expect(kinds(byDepartment)).toEqual(new Set(['scheduled', 'published', 'script-milestone']));
      const topic = (await app.strapi.db.query('api::topic.topic').findOne({ where: { code: 'III.2' }, select: ['id'] })).id;
      expect((await calendar(round.desk.author, { topic })).filter((entry) => entry.kind === 'scheduled')).toEqual([]);
    });

    it('refuses bad dates and spans with a 400 in Vietnamese', async () => {
      for (const query of [
        `from=${month}-30x&to=${month}-28`,
        'from=2026-02-30&to=2026-03-01',
        'from=2026-03-10&to=2026-03-01',
        'from=2026-01-01&to=2026-02-12',
        `from=${month}-01`,
        `from=${month}-01&to=${month}-28&unit=abc`,
        `from=${month}-01&to=${month}-28&extra=1`,
        `from[$gt]=2026-01-01&to=${month}-28`,
      ]) {
        const res = await api(office.token).get(`/editorial-workflow/calendar?${query}`);
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        expect(res.body.error.message).toMatch(VIETNAMESE);
      }
      expect((await request(app.server).get(`/editorial-workflow/calendar?from=${month}-01&to=${month}-28`)).status).toBe(401);
    });

    it("shows the guidance sent to a person's units on the day it was sent", async () => {
      const today = vnDateOf(new Date());
      const res = await api(schoolA.token).get(`/editorial-workflow/calendar?from=${today}&to=${today}`);
      expect(res.body.data.entries.find((entry: CalendarEntry) => entry.kind === 'guidance')).toMatchObject({ target: { type: 'guidance' } });
      const commune = await api(round.desk.author).get(`/editorial-workflow/calendar?from=${today}&to=${today}`);
      expect(commune.body.data.entries.filter((entry: CalendarEntry) => entry.kind === 'guidance')).toEqual([]);
    });
  });

  describe('the private iCalendar feed', () => {
    const feedPath = (url: string) => new URL(url).pathname;

    it('parses, carries Asia/Ho_Chi_Minh times, stays in its owner’s scope, and never logs its token', async () => {
      expect((await api(schoolB.token).get('/editorial-workflow/calendar/feed-token')).body.data).toMatchObject({ active: false });
      const created = await api(schoolB.token).post('/editorial-workflow/calendar/feed-token', {});
      expect(created.status).toBe(201);
      const { url } = created.body.data;
      const token = feedPath(url).split('/').pop()!.replace(/\.ics$/, '');
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // Only a hash is kept.
      const row = await app.strapi.db.query(CALENDAR_FEED_TOKEN).findOne({ where: { userId: schoolB.id } });
      expect(row.tokenHash).not.toContain(token);
      expect((await api(schoolB.token).get('/editorial-workflow/calendar/feed-token')).body.data).toMatchObject({ active: true });

      const logged: string[] = [];
      const spy = jest.spyOn(app.strapi.log, 'http').mockImplementation(((message: string) => {
        logged.push(String(message));
      }) as never);
      const res = await request(app.server).get(feedPath(url));
      spy.mockRestore();
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      expect(logged.some((line) => line.includes('calendar-feed'))).toBe(true);
      expect(logged.join('\n')).not.toContain(token);

      const text = res.text;
      const events = Object.values(ical.sync.parseICS(text)).filter((component) => component?.type === 'VEVENT') as ical.VEvent[];
      const due = events.find((event) => String(event.summary).includes('Viết về ngày hội đọc sách'));
      expect(due).toBeDefined();
      expect((due!.start as Date & { tz?: string }).tz).toBe('Asia/Ho_Chi_Minh');
      expect(due!.start.toISOString()).toBe(at('15', '10:00:00').toISOString());
      const compact = month.replace('-', '');
      expect(text).toContain(`DTSTART;TZID=Asia/Ho_Chi_Minh:${compact}15T170000`);
      expect(text).toContain('BEGIN:VTIMEZONE');
      // TH-B's feed: nothing of TH-A's event, of its assignment from the event, or of the commune's items.
      expect(text).not.toContain('Hội nghị tổng kết học kỳ');
      expect(text).not.toContain('Đưa tin hội nghị tổng kết');
      expect(text).not.toContain('Tin hẹn giờ đăng của xã A');
      // The guidance sent to TH-B is its own: on the day it was sent.
      expect(text).toContain('khai giảng');
    });

    it('refuses a revoked, replaced or unknown token without telling which', async () => {
      const first = (await api(schoolA.token).post('/editorial-workflow/calendar/feed-token', {})).body.data.url as string;
      expect((await request(app.server).get(feedPath(first))).status).toBe(200);
      const second = (await api(schoolA.token).post('/editorial-workflow/calendar/feed-token', {})).body.data.url as string;
      const replaced = await request(app.server).get(feedPath(first));
      expect(replaced.status).toBe(404);
      expect((await request(app.server).get(feedPath(second))).status).toBe(200);
      expect((await api(schoolA.token).delete('/editorial-workflow/calendar/feed-token')).status).toBe(200);
      const revoked = await request(app.server).get(feedPath(second));
      const unknown = await request(app.server).get(`/api/editorial-workflow/calendar-feed/${'A'.repeat(43)}.ics`);
      const malformed = await request(app.server).get('/api/editorial-workflow/calendar-feed/nothing');
      for (const res of [revoked, unknown, malformed]) {
        expect(res.status).toBe(404);
        expect(res.body).toEqual(replaced.body);
      }
      expect((await api(schoolA.token).get('/editorial-workflow/calendar/feed-token')).body.data).toMatchObject({ active: false });
    });

    it('keeps one token when a person creates it ten times at once, each answer a 201, the last one standing', async () => {
      const answers = await Promise.all(Array.from({ length: 10 }, () => api(schoolA.token).post('/editorial-workflow/calendar/feed-token', {})));
      expect(answers.map((res) => res.status)).toEqual(Array(10).fill(201));
      expect(await app.strapi.db.query(CALENDAR_FEED_TOKEN).count({ where: { userId: schoolA.id } })).toBe(1);
      const working = await Promise.all(answers.map((res) => request(app.server).get(feedPath(res.body.data.url as string))));
      expect(working.filter((res) => res.status === 200)).toHaveLength(1);
      expect(working.filter((res) => res.status === 404)).toHaveLength(9);
    });
  });
});
