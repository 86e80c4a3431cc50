import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin, createAdminUser } from './harness/admin-client';
import { createDraft } from './harness/http';
import { UPLOADS } from './harness/media';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { PASSWORD, grantMembership, newsroomUser } from './harness/workflow';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import * as samples from './fixtures/media/samples';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { dateOfDay, dayNumber, vnDateOf } from '../src/plugins/editorial-workflow/shared/periods';
import type { ScriptItemView, ScriptView } from '../src/plugins/editorial-workflow/shared/contracts/comm-scripts';
import type { UnitPlanRow, UnitPlansView } from '../src/plugins/editorial-workflow/shared/contracts/unit-plans';
import { COMM_SCRIPT, SCRIPT_ITEM, TOPIC, UNIT, UNIT_PLAN, UNIT_PLAN_DEADLINE, UPLOAD_FILE } from '../src/plugins/editorial-workflow/shared/uids';

/** A message for a person of the newsroom: Vietnamese, with its marks. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const DAY = 24 * 60 * 60 * 1000;
const SIGNED = /\?exp=\d+&sig=[\w-]+$/;
const BASE = '/editorial-workflow';

/**
 * The plan's documents (issue 17 items 2 and 5) over HTTP as real logins, on SQLite and PostgreSQL.
 * Communication scripts: the Office (newsroom-office only, `plan.manage`) writes one for topic III.2
 * owned by Phòng GDPT; GDPT's editor reads it and links an item they see; another department's head
 * and a school's author get 404s; bad input is a 400 in Vietnamese and nothing is stored. Unit plans:
 * the Office sets the year's due date through the route, a school files its PDF, and the same filing
 * is on time or late as the date moves; units that did not file are missing (overdue once the day is
 * over); a refiling keeps the first filing time; the file is private; the Office exports the year.
 */
describe('plan documents: communication scripts and unit plans', () => {
  let app: TestApp;
  let round: RoundFixture;
  let office: string;
  let otherHead: string;
  let schoolHead: string;
  let schoolAuthor: { id: number; token: string };
  let gdpt: number;
  let thD: number;
  let xaA: number;
  let topicId: number;
  let lineId: number;
  let filesBefore: Set<string>;

  const api = (token: string) => adminClient(app.server, token);
  const upload = async (token: string, filename: string, bytes: Buffer, contentType: string): Promise<number> => {
    const res = await request(app.server).post('/upload').set('Authorization', `Bearer ${token}`).attach('files', bytes, { filename, contentType });
    expect({ filename, status: res.status }).toEqual({ filename, status: 201 });
    return res.body[0].id as number;
  };
  const unitId = async (code: string) => ((await app.strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] })) as { id: number }).id;
  const today = () => vnDateOf(new Date());
  const daysFromToday = (days: number) => dateOfDay(dayNumber(today()) + days);
  const year = () => Number(today().slice(0, 4));

  beforeAll(async () => {
    filesBefore = new Set(fs.existsSync(UPLOADS) ? fs.readdirSync(UPLOADS) : []);
    app = await startStrapi();
    round = await roundFixture(app);
    await app.strapi.documents(UNIT).create({ data: { code: 'TH-D', name: 'Trường Tiểu học D', kind: 'school', active: true } });
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-OLD', name: 'Phòng VH-XH xã cũ', kind: 'commune-culture', active: false } });
    const roles = await adminRoleIdsByCode(app.strapi);
    await createAdminUser(app.strapi, { email: 'office@test.local', password: PASSWORD, roles: [roles.get('newsroom-office')] });
    office = await adminLogin(app.server, 'office@test.local', PASSWORD);
    otherHead = (await newsroomUser(app, 'head-gdmn@test.local', 'head', ['SGD-GDMN'])).token;
    // The school's head (unit-head): reads the unit's status, never files (no upload right to file with).
    const thdHead = await createAdminUser(app.strapi, { email: 'unithead-thd@test.local', password: PASSWORD, roles: [roles.get('newsroom-unit-head')] });
    await getService(app.strapi, 'membership').add({ userId: thdHead.id, unitId: await unitId('TH-D'), role: 'unit-head' });
    schoolHead = await adminLogin(app.server, 'unithead-thd@test.local', PASSWORD);
    schoolAuthor = await newsroomUser(app, 'author-thd@test.local', 'author', ['TH-D']);
    gdpt = await unitId('SGD-GDPT');
    thD = await unitId('TH-D');
    xaA = round.xaA.id;
    const topic = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['id'] })) as { id: number };
    topicId = topic.id;
    const line = (await app.strapi.db
      .query('api::plan-line.plan-line')
      .create({ data: { code: 'III.2.9', text: 'Tuyên truyền kỳ thi tốt nghiệp THPT', label: 'Kỳ thi tốt nghiệp THPT', topic: topicId, department: gdpt } })) as { id: number };
    lineId = line.id;
  });

  afterAll(async () => {
    await app?.stop();
    if (fs.existsSync(UPLOADS)) for (const name of fs.readdirSync(UPLOADS)) if (!filesBefore.has(name)) fs.rmSync(path.join(UPLOADS, name), { force: true });
  });

  describe('communication scripts', () => {
    let script: ScriptView;
    const valid = () => ({
      title: 'Kịch bản truyền thông kỳ thi tốt nghiệp THPT',
      topicId,
      lineId,
      keyMessages: 'Kỳ thi an toàn, nghiêm túc.\nKhông để học sinh nào bỏ thi vì hoàn cảnh khó khăn.',
      channels: ['website', 'fanpage', 'website'],
      startsOn: daysFromToday(-5),
      endsOn: daysFromToday(40),
      ownerDepartmentId: gdpt,
      milestones: [
        { on: daysFromToday(30), label: 'Tọa đàm trực tuyến với phụ huynh' },
        { on: daysFromToday(-5), label: 'Đăng kế hoạch ôn tập' },
      ],
    });

    it('lets the Office write a script: the view names the topic, the line and the owner, channels once each, milestones by date', async () => {
      const res = await api(office).post(`${BASE}/comm-scripts`, valid());
      expect(res.status).toBe(201);
      script = res.body.data;
      expect(script).toEqual(
        expect.objectContaining({
          title: 'Kịch bản truyền thông kỳ thi tốt nghiệp THPT',
          topic: expect.objectContaining({ id: topicId, code: 'III.2' }),
          line: { id: lineId, code: 'III.2.9', label: 'Kỳ thi tốt nghiệp THPT' },
          channels: ['website', 'fanpage'],
          startsOn: daysFromToday(-5),
          endsOn: daysFromToday(40),
          ownerDepartment: { id: gdpt, code: 'SGD-GDPT', name: 'Phòng Giáo dục Phổ thông' },
          milestones: [
            { on: daysFromToday(-5), label: 'Đăng kế hoạch ôn tập' },
            { on: daysFromToday(30), label: 'Tọa đàm trực tuyến với phụ huynh' },
          ],
          canEdit: true,
        })
      );
    });

    it('lets the owner department read it (not write it); another department and a school get a 404 and do not see it listed', async () => {
      const read = await api(round.desk.editor).get(`${BASE}/comm-scripts/${script.id}`);
      expect(read.status).toBe(200);
      expect(read.body.data).toEqual(expect.objectContaining({ id: script.id, canEdit: false }));
      expect((await api(round.desk.editor).get(`${BASE}/comm-scripts`)).body.data.map((row: ScriptView) => row.id)).toEqual([script.id]);
      expect((await api(round.desk.editor).put(`${BASE}/comm-scripts/${script.id}`, valid())).status).toBe(403);
      expect((await api(round.desk.editor).post(`${BASE}/comm-scripts`, valid())).status).toBe(403);

      for (const token of [otherHead, schoolAuthor.token, round.desk.author]) {
        const one = await api(token).get(`${BASE}/comm-scripts/${script.id}`);
        expect(one.status).toBe(404);
        expect(one.body.error.message).toMatch(VIETNAMESE);
        const list = await api(token).get(`${BASE}/comm-scripts`);
        expect(list.status).toBe(200);
        expect(list.body.data).toEqual([]);
        expect((await api(token).get(`${BASE}/comm-scripts/${script.id}/items`)).status).toBe(404);
      }
      expect((await api(office).get(`${BASE}/comm-scripts/999999`)).status).toBe(404);
      expect((await api(office).get(`${BASE}/comm-scripts/abc`)).status).toBe(404);
    });

    it('refuses bad input with a 400 in Vietnamese and stores nothing, on create and on update', async () => {
      const owner = async () => xaA;
      const cases: Array<[string, Record<string, unknown>]> = [
        ['neither topic nor line', { topicId: null, lineId: undefined }],
        ['a topic that does not exist', { topicId: 2_147_483_000 }],
        ['a line that does not exist', { lineId: 2_147_483_000 }],
        ['the period ending before it starts', { startsOn: daysFromToday(10), endsOn: daysFromToday(9), milestones: [] }],
        ['a milestone before the period', { milestones: [{ on: daysFromToday(-6), label: 'Quá sớm' }] }],
        ['a milestone after the period', { milestones: [{ on: daysFromToday(41), label: 'Quá muộn' }] }],
        ['a date that does not exist', { endsOn: `${year() + 1}-02-30` }],
        ['a milestone with no label', { milestones: [{ on: daysFromToday(1), label: ' ' }] }],
        ['a milestone that is not an object', { milestones: ['2026-12-01'] }],
        ['a milestone with an unknown field', { milestones: [{ on: daysFromToday(1), label: 'Mốc', owner: 'x' }] }],
        ['no channel', { channels: [] }],
        ['an unknown channel', { channels: ['tiktok'] }],
        ['no key messages', { keyMessages: '' }],
        ['an owner that is not a department', { ownerDepartmentId: await owner() }],
        ['an owner that does not exist', { ownerDepartmentId: 2_147_483_000 }],
        ['an unknown field', { status: 'approved' }],
        ['channels as an object', { channels: { website: true } }],
      ];
      const before = await app.strapi.db.query(COMM_SCRIPT).findOne({ where: { id: script.id } });
      for (const [what, change] of cases) {
        const body = { ...valid(), ...change };
        const created = await api(office).post(`${BASE}/comm-scripts`, body);
        expect({ what, status: created.status }).toEqual({ what, status: 400 });
        expect({ what, message: created.body.error.message }).toEqual({ what, message: expect.stringMatching(VIETNAMESE) });
        const updated = await api(office).put(`${BASE}/comm-scripts/${script.id}`, body);
        expect({ what, status: updated.status }).toEqual({ what, status: 400 });
      }
      expect(await app.strapi.db.query(COMM_SCRIPT).count()).toBe(1);
      expect(await app.strapi.db.query(COMM_SCRIPT).findOne({ where: { id: script.id } })).toEqual(before);
    });

    it('lets the Office rewrite it', async () => {
      const res = await api(office).put(`${BASE}/comm-scripts/${script.id}`, { ...valid(), lineId: null, channels: ['press'], milestones: [] });
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual(expect.objectContaining({ id: script.id, line: null, channels: ['press'], milestones: [] }));
    });

    it('links an item the person sees to the script, once; an item outside their scope is a 404 and nothing is linked', async () => {
      // GDPT's editor also writes for the department (an author of SGD-GDPT), so the draft is theirs to see.
      const editor = (await app.strapi.db.query('admin::user').findOne({ where: { email: 'editor@test.local' }, select: ['id'] })) as { id: number };
      await grantMembership(app, editor.id, ['SGD-GDPT'], 'author');
      const own = await createDraft(app, round.desk.editor, { title: 'Sở hướng dẫn ôn tập tốt nghiệp THPT', unit: (await app.strapi.db.query(UNIT).findOne({ where: { id: gdpt } })).documentId });
      const elsewhere = await createDraft(app, round.desk.author, { title: 'Xã A tổ chức ôn tập', unit: round.xaA.documentId });
      const linked = await api(round.desk.editor).post(`${BASE}/comm-scripts/${script.id}/items`, { itemDocumentId: own.documentId });
      expect(linked.status).toBe(201);
      expect(linked.body.data).toEqual([expect.objectContaining({ itemDocumentId: own.documentId, title: 'Sở hướng dẫn ôn tập tốt nghiệp THPT' })]);
      const twice = await api(round.desk.editor).post(`${BASE}/comm-scripts/${script.id}/items`, { itemDocumentId: own.documentId });
      expect(twice.status).toBe(400);
      expect(twice.body.error.message).toMatch(VIETNAMESE);
      expect((await api(round.desk.editor).post(`${BASE}/comm-scripts/${script.id}/items`, { itemDocumentId: elsewhere.documentId })).status).toBe(404);
      // The author sees the item but not the script.
      expect((await api(round.desk.author).post(`${BASE}/comm-scripts/${script.id}/items`, { itemDocumentId: elsewhere.documentId })).status).toBe(404);
      expect((await api(round.desk.editor).post(`${BASE}/comm-scripts/${script.id}/items`, { itemDocumentId: 'x', extra: 1 })).status).toBe(400);
      expect(await app.strapi.db.query(SCRIPT_ITEM).count()).toBe(1);
      // The Office sees the script, not the draft (no membership of its unit): the link is not shown to it.
      const officeList = await api(office).get(`${BASE}/comm-scripts/${script.id}/items`);
      expect(officeList.status).toBe(200);
      expect(officeList.body.data as ScriptItemView[]).toEqual([]);
    });
  });

  describe('unit plans', () => {
    let firstFile: number;
    const setDue = async (dueOn: string) => {
      const res = await api(office).put(`${BASE}/unit-plan-deadlines/${year()}`, { dueOn });
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ year: year(), dueOn });
    };
    const officeView = async (query = ''): Promise<UnitPlansView> => {
      const res = await api(office).get(`${BASE}/unit-plans?year=${year()}${query}`);
      expect(res.status).toBe(200);
      return res.body.data;
    };
    const rowOf = (view: UnitPlansView, id: number) => view.rows.find((row) => row.unit.id === id) as UnitPlanRow;

    it('lets the Office set the year’s due date through the route; others may read it, not set it; bad dates are 400s', async () => {
      await setDue(today());
      expect((await api(schoolAuthor.token).get(`${BASE}/unit-plan-deadlines`)).body.data).toEqual([{ year: year(), dueOn: today() }]);
      expect((await api(schoolAuthor.token).put(`${BASE}/unit-plan-deadlines/${year()}`, { dueOn: today() })).status).toBe(403);
      for (const [what, yearParam, body] of [
        ['a date that does not exist', year(), { dueOn: `${year()}-02-30` }],
        ['a date three years before', year(), { dueOn: `${year() - 3}-01-31` }],
        ['a year before the newsroom', 1999, { dueOn: '1999-01-31' }],
        ['a year that is no number', 'abc', { dueOn: today() }],
        ['an unknown field', year(), { dueOn: today(), year: 2020 }],
        ['no date', year(), {}],
      ] as const) {
        const res = await api(office).put(`${BASE}/unit-plan-deadlines/${yearParam}`, body);
        expect({ what, status: res.status }).toEqual({ what, status: 400 });
        expect(res.body.error.message).toMatch(VIETNAMESE);
      }
      expect(await app.strapi.db.query(UNIT_PLAN_DEADLINE).findMany({ select: ['year', 'dueOn'] })).toEqual([{ year: year(), dueOn: today() }]);
    });

    it('lets a school’s author file the unit’s plan (a PDF they uploaded): on time by the end of the due day', async () => {
      firstFile = await upload(schoolAuthor.token, 'ke-hoach-th-d.pdf', samples.pdf(), 'application/pdf');
      const res = await api(schoolAuthor.token).post(`${BASE}/unit-plans`, { year: year(), fileId: firstFile });
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual(
        expect.objectContaining({
          unit: expect.objectContaining({ id: thD, code: 'TH-D' }),
          status: 'on-time',
          overdue: false,
          file: { id: firstFile, name: 'ke-hoach-th-d.pdf', url: expect.stringMatching(SIGNED) },
          canFile: true,
        })
      );
      expect(rowOf(await officeView(), thD).status).toBe('on-time');
    });

    it('keeps the plan private: its URL is a 404 without a signature, the signed URL the filer is given loads', async () => {
      const view: UnitPlansView = (await api(schoolAuthor.token).get(`${BASE}/unit-plans?year=${year()}`)).body.data;
      const url = rowOf(view, thD).file!.url;
      const signed = await request(app.server).get(url);
      expect(signed.status).toBe(200);
      expect(signed.headers['cache-control']).toBe('private, no-store');
      const stored = (await app.strapi.db.query(UPLOAD_FILE).findOne({ where: { id: firstFile } })) as { url: string };
      for (const bare of [url.split('?')[0], stored.url]) expect({ bare, status: (await request(app.server).get(bare)).status }).toEqual({ bare, status: 404 });
    });

    it('judges the same first filing late once the Office moves the due date before it, and on time again when moved back', async () => {
      await setDue(daysFromToday(-1));
      const late = await officeView();
      expect(rowOf(late, thD)).toEqual(expect.objectContaining({ status: 'late', overdue: false }));
      // XA-A has not filed, and the due day is over: missing and overdue; the inactive unit is not counted.
      expect(rowOf(late, xaA)).toEqual(expect.objectContaining({ status: 'missing', overdue: true, file: null, firstFiledAt: null }));
      expect(late.rows.some((row) => row.unit.code === 'XA-OLD')).toBe(false);
      expect(late.counts).toEqual({ units: late.rows.length, onTime: 0, late: 1, missing: late.rows.length - 1 });
      await setDue(today());
      const again = await officeView();
      expect(rowOf(again, thD).status).toBe('on-time');
      expect(rowOf(again, xaA)).toEqual(expect.objectContaining({ status: 'missing', overdue: false }));
    });

    it('keeps the first filing time when the unit refiles: the document and the latest time change, the status does not', async () => {
      // The school first filed three days ago, before a due date of two days ago.
      const firstAt = new Date(Date.now() - 3 * DAY);
      await app.strapi.db.query(UNIT_PLAN).update({ where: { unitId: thD, year: year() }, data: { firstFiledAt: firstAt, lastFiledAt: firstAt } });
      await setDue(daysFromToday(-2));
      // The refiling is a Word document (DOCX), which the archive accepts by its bytes as a text document.
      const docx = new JSZip();
      docx.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
      docx.file('_rels/.rels', '<?xml version="1.0"?><Relationships/>');
      docx.file('word/document.xml', '<?xml version="1.0"?><w:document/>');
      const second = await upload(schoolAuthor.token, 'ke-hoach-th-d-sua.docx', await docx.generateAsync({ type: 'nodebuffer' }), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const res = await api(schoolAuthor.token).post(`${BASE}/unit-plans`, { year: year(), fileId: second });
      expect(res.status).toBe(200);
      const row: UnitPlanRow = res.body.data;
      expect(row.status).toBe('on-time');
      expect(row.firstFiledAt).toBe(firstAt.toISOString());
      expect(Date.now() - new Date(row.lastFiledAt!).getTime()).toBeLessThan(60_000);
      expect(row.file).toEqual(expect.objectContaining({ id: second, name: 'ke-hoach-th-d-sua.docx' }));
      expect(await app.strapi.db.query(UNIT_PLAN).count()).toBe(1);
      // A unit filing for the first time after that date is late.
      const xaFile = await upload(round.desk.author, 'ke-hoach-xa-a.pdf', samples.pdf(), 'application/pdf');
      const xa = await api(round.desk.author).post(`${BASE}/unit-plans`, { year: year(), fileId: xaFile });
      expect(xa.status).toBe(200);
      expect(xa.body.data).toEqual(expect.objectContaining({ status: 'late', unit: expect.objectContaining({ id: xaA }) }));
    });

    it('shows each member their own units only; the Office every active unit, by kind when asked', async () => {
      const own: UnitPlansView = (await api(schoolAuthor.token).get(`${BASE}/unit-plans?year=${year()}`)).body.data;
      expect(own.office).toBe(false);
      expect(own.rows.map((row) => row.unit.code)).toEqual(['TH-D']);
      const head: UnitPlansView = (await api(otherHead).get(`${BASE}/unit-plans?year=${year()}`)).body.data;
      expect(head.rows.map((row) => [row.unit.code, row.canFile])).toEqual([['SGD-GDMN', false]]);
      const unitHead: UnitPlansView = (await api(schoolHead).get(`${BASE}/unit-plans?year=${year()}`)).body.data;
      expect(unitHead.rows.map((row) => [row.unit.code, row.canFile])).toEqual([['TH-D', false]]);
      const schools = await officeView('&kind=school');
      expect(schools.office).toBe(true);
      expect(schools.rows.map((row) => row.unit.code)).toEqual(['TH-D']);
      const all = await officeView();
      const active = await app.strapi.db.query(UNIT).count({ where: { active: true } });
      expect(all.rows).toHaveLength(active);
      expect(all.counts).toEqual({ units: active, onTime: 1, late: 1, missing: active - 2 });
      for (const query of ['year=1999', 'year=abc', 'kind=village', 'unit=1', `year=${year()}&year=${year()}`]) {
        const res = await api(office).get(`${BASE}/unit-plans?${query}`);
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
      }
    });

    it('refuses filings outside the rules with a 4xx and stores nothing', async () => {
      const png = await upload(schoolAuthor.token, 'anh.png', await samples.png(40, 40), 'image/png');
      const othersFile = await upload(round.desk.author, 'cua-xa-a.pdf', samples.pdf(), 'application/pdf');
      const own = await upload(schoolAuthor.token, 'ke-hoach.pdf', samples.pdf(), 'application/pdf');
      const before = await app.strapi.db.query(UNIT_PLAN).findMany({ orderBy: [{ id: 'asc' }] });
      const cases: Array<[string, string, Record<string, unknown>, number]> = [
        ['an image, not a document', schoolAuthor.token, { year: year(), fileId: png }, 400],
        ['someone else’s file', schoolAuthor.token, { year: year(), fileId: othersFile }, 400],
        ['a file that does not exist', schoolAuthor.token, { year: year(), fileId: 2_147_483_000 }, 400],
        ['a year before the newsroom', schoolAuthor.token, { year: 2019, fileId: own }, 400],
        ['a year too far ahead', schoolAuthor.token, { year: year() + 2, fileId: own }, 400],
        ['no file', schoolAuthor.token, { year: year() }, 400],
        ['an unknown field', schoolAuthor.token, { year: year(), fileId: own, firstFiledAt: '2020-01-01T00:00:00Z' }, 400],
        ['another unit', schoolAuthor.token, { unitId: xaA, year: year(), fileId: own }, 403],
        ['a department head (no filing role)', otherHead, { year: year(), fileId: own }, 403],
        ['the unit’s head (the author files)', schoolHead, { year: year(), fileId: own }, 403],
      ];
      for (const [what, token, body, status] of cases) {
        const res = await api(token).post(`${BASE}/unit-plans`, body);
        expect({ what, status: res.status }).toEqual({ what, status });
        expect({ what, message: res.body.error?.message }).toEqual({ what, message: expect.stringMatching(VIETNAMESE) });
      }
      expect(await app.strapi.db.query(UNIT_PLAN).findMany({ orderBy: [{ id: 'asc' }] })).toEqual(before);
    });

    it('exports the year to xlsx for the Office only, one row per unit with its status', async () => {
      expect((await api(schoolAuthor.token).get(`${BASE}/unit-plans.xlsx?year=${year()}`)).status).toBe(403);
      const res = await api(office)
        .get(`${BASE}/unit-plans.xlsx?year=${year()}`)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as never);
      const sheet = workbook.worksheets[0];
      const rows: string[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ''))));
      expect(rows[0].slice(0, 4)).toEqual(['Mã đơn vị', 'Đơn vị', 'Loại đơn vị', 'Tình trạng']);
      const active = await app.strapi.db.query(UNIT).count({ where: { active: true } });
      expect(rows).toHaveLength(active + 1);
      expect(rows.find((row) => row[0] === 'TH-D')?.slice(3, 4)).toEqual(['Nộp đúng hạn']);
      expect(rows.find((row) => row[0] === 'XA-A')?.slice(3, 4)).toEqual(['Nộp trễ hạn']);
      expect(rows.find((row) => row[0] === 'SGD-GDMN')?.slice(3, 4)).toEqual(['Chưa nộp (quá hạn)']);
    });
  });
});
