import request from 'supertest';
import ExcelJS from 'exceljs';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, createAdminUser, adminLogin } from './harness/admin-client';
import { CM, connect, createDraft } from './harness/http';
import { keysIn } from './harness/json';
import { PASSWORD, newsroomDesk, newsroomUser, workflowApi, type Desk } from './harness/workflow';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { NO_MEMBERSHIP_LEFT } from '../src/plugins/editorial-workflow/shared/contracts/network';
import { ARTICLE, AUDIT_ENTRY, PERSON, TRANSITION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';

/** Reads a file download's body as bytes (supertest parses only text and JSON). */
const asBuffer = (response: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

const UNIT_COUNT = 600;
const PLACES = ['Thanh An', 'Thanh Xương', 'Núa Ngam', 'Sam Mứn', 'Na Ư', 'Pa Thơm', 'Mường Nhé', 'Chà Cang', 'Quảng Lâm', 'Xa Dung', 'Phình Giàng', 'Tìa Dình'];
const SCHOOL_LEVELS = ['Trường Mầm non', 'Trường Tiểu học', 'Trường THCS', 'Trường Tiểu học và THCS'];

/** The contact fields and the phones that must never reach the public API. */
const CONTACT = { contactName: 'Lò Văn Thành', contactPosition: 'Phó Chủ tịch UBND xã', contactPhone: '0912 777 001', contactEmail: 'lo.thanh@muongphang.test' };
const HEAD_PHONE = '0912 777 002';

/**
 * The unit network page and the directory over HTTP, as their real users: the Office
 * (`newsroom-office`), the leadership (reads), and people without the rights. 600 units (the Sở's
 * 7 departments and 593 generated), so the folded search and the paging run at a province's size.
 */
describe('the unit network and the directory', () => {
  let app: TestApp;
  let office: string;
  let leader: string;
  let desk: Desk;
  let unitHead: { id: number; token: string };
  let ids: Map<string, number>;
  let documentIds: Map<string, string>;

  const api = (token: string) => adminClient(app.server, token);
  const timed = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const started = process.hrtime.bigint();
    const result = await run();
    // A figure for the report, no assertion: the machine is shared.
    console.log(`[network] ${label}: ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)} ms`);
    return result;
  };
  const userIdOf = async (email: string): Promise<number> => (await app.strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] })).id;

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    const departments = await unitIdsByCode(app.strapi, ['SGD-VP', 'SGD-GDPT']);
    const units = app.strapi.documents(UNIT);
    const named = [
      { code: 'XA-MUONGPHANG', name: 'Phòng Văn hoá - Xã hội xã Mường Phăng', kind: 'commune-culture', defaultDepartment: departments.get('SGD-GDPT') },
      { code: 'TH-MUONGPHANG', name: 'Trường Tiểu học Mường Phăng', kind: 'school', defaultDepartment: departments.get('SGD-GDPT') },
      { code: 'XA-DIENBIENDONG', name: 'Phòng Văn hoá - Xã hội xã Điện Biên Đông', kind: 'commune-culture', defaultDepartment: departments.get('SGD-VP') },
      { code: 'XA-DA', name: 'Phòng Văn hoá - Xã hội xã Đã ngừng', kind: 'commune-culture', active: false },
      { code: 'XA-TUANGIAO', name: 'Phòng Văn hoá - Xã hội xã Tuần Giáo', kind: 'commune-culture' },
    ];
    for (const unit of named) await units.create({ data: { active: true, ...unit } as never });
    const existing = await app.strapi.db.query(UNIT).count();
    for (let n = 0; existing + n < UNIT_COUNT; n += 1) {
      const place = `${PLACES[n % PLACES.length]} ${Math.floor(n / PLACES.length) + 1}`;
      const kind = n % 12 === 0 ? 'commune-culture' : n % 12 === 1 ? 'affiliated' : n % 50 === 2 ? 'association' : 'school';
      const name =
        kind === 'commune-culture'
          ? `Phòng Văn hoá - Xã hội xã ${place}`
          : kind === 'affiliated'
            ? `Trường THPT ${place}`
            : kind === 'association'
              ? `Chi hội ${place}`
              : `${SCHOOL_LEVELS[n % SCHOOL_LEVELS.length]} ${place}`;
      await units.create({ data: { code: `GEN-${String(n).padStart(4, '0')}`, name, kind, active: true } as never });
    }
    const rows: Array<{ id: number; code: string; documentId: string }> = await app.strapi.db.query(UNIT).findMany({ select: ['id', 'code', 'documentId'] });
    ids = new Map(rows.map((row) => [row.code, row.id]));
    documentIds = new Map(rows.map((row) => [row.code, row.documentId]));
    expect(rows).toHaveLength(UNIT_COUNT);

    const roles = await adminRoleIdsByCode(app.strapi);
    await createAdminUser(app.strapi, { email: 'office@test.local', firstname: 'Đỗ Thị', lastname: 'Thu', password: PASSWORD, roles: [roles.get('newsroom-office')] });
    office = await adminLogin(app.server, 'office@test.local', PASSWORD);
    await createAdminUser(app.strapi, { email: 'leader@test.local', firstname: 'Vũ Thị', lastname: 'Lan', password: PASSWORD, roles: [roles.get('newsroom-leader')] });
    leader = await adminLogin(app.server, 'leader@test.local', PASSWORD);

    // Author of XA-MUONGPHANG (items routed to SGD-GDPT, its default department), editor and head of SGD-GDPT, the publisher.
    desk = await newsroomDesk(app, { authorUnit: 'XA-MUONGPHANG' });
    const head = await createAdminUser(app.strapi, { email: 'thutruong@test.local', firstname: 'Quàng Văn', lastname: 'Đông', password: PASSWORD, roles: [roles.get('newsroom-unit-head')] });
    await getService(app.strapi, 'membership').add({ userId: head.id, unitId: ids.get('XA-MUONGPHANG')!, role: 'unit-head' });
    unitHead = { id: head.id, token: await adminLogin(app.server, 'thutruong@test.local', PASSWORD) };
    await app.strapi.db.query(PERSON).create({ data: { userId: head.id, phone: HEAD_PHONE, position: 'Chủ tịch UBND xã' } });
    await app.strapi.db.query(PERSON).create({ data: { userId: await userIdOf('head@test.local'), phone: '0912 777 003', position: 'Trưởng phòng' } });
    // People for the user picker: more than it shows.
    for (let i = 1; i <= 25; i += 1) {
      await createAdminUser(app.strapi, { email: `canbo${i}@test.local`, firstname: 'Cán bộ', lastname: `Thử ${i}`, password: PASSWORD });
    }
  });

  afterAll(() => app?.stop());

  describe('the units list', () => {
    const list = (query: string, token = office) => api(token).get(`/editorial-workflow/network/units${query}`);
    const codes = (res: request.Response) => res.body.data.map((row: { code: string }) => row.code).sort();

    it('finds units with diacritics folded, whatever the case or the spelling typed', async () => {
      for (const q of ['muong phang', 'MƯỜNG PHĂNG', 'Muong  Phang', 'mường phăng'.normalize('NFD'), 'muongphang']) {
        const res = await timed(`search "${q}" over ${UNIT_COUNT} units`, () => list(`?q=${encodeURIComponent(q)}`));
        expect({ q, status: res.status }).toEqual({ q, status: 200 });
        expect({ q, codes: codes(res) }).toEqual({ q, codes: ['TH-MUONGPHANG', 'XA-MUONGPHANG'] });
      }
      // The service alone (no HTTP, no log-in check): the median of 10 searches.
      const network = getService(app.strapi, 'network');
      const runs: number[] = [];
      for (let i = 0; i < 10; i += 1) {
        const started = process.hrtime.bigint();
        await network.listUnits({ q: 'muong phang', page: 1, pageSize: 20 });
        runs.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      console.log(`[network] service listUnits("muong phang") over ${UNIT_COUNT} units, median of 10: ${runs.sort((a, b) => a - b)[5].toFixed(1)} ms`);
      // đ folds to d, and the code is searched too.
      expect(codes(await list('?q=dien%20bien%20dong'))).toEqual(['XA-DIENBIENDONG']);
      expect(codes(await list('?q=gen-0007'))).toEqual(['GEN-0007']);
      expect((await list('?q=khong%20co%20don%20vi%20nay')).body.data).toEqual([]);
    });

    it('filters by kind and pages on the server', async () => {
      const schools = await list('?q=muong%20phang&kind=school');
      expect(codes(schools)).toEqual(['TH-MUONGPHANG']);

      const first = await timed(`first page of ${UNIT_COUNT} units (no search)`, () => list('?pageSize=100'));
      expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 100, total: UNIT_COUNT, pageCount: 6 });
      // Departments first.
      expect(first.body.data.slice(0, 7).every((row: { kind: string }) => row.kind === 'department')).toBe(true);
      const seen = new Set<string>();
      for (let page = 1; page <= 6; page += 1) {
        const res = await list(`?pageSize=100&page=${page}`);
        expect(res.body.data).toHaveLength(100);
        for (const row of res.body.data) seen.add(row.code);
      }
      expect(seen.size).toBe(UNIT_COUNT);
      expect((await list('?pageSize=100&page=7')).body.data).toEqual([]);

      const communes = await timed('kind=commune-culture, 20 a page', () => list('?kind=commune-culture'));
      const communeCount = await app.strapi.db.query(UNIT).count({ where: { kind: 'commune-culture' } });
      expect(communes.body.meta.pagination.total).toBe(communeCount);
      expect(communes.body.data.every((row: { kind: string }) => row.kind === 'commune-culture')).toBe(true);
      expect(communes.body.data).toHaveLength(20);

      for (const query of ['?kind=xa', '?page=0', '?pageSize=1000', '?q[$ne]=x', '?foo=1', `?q=${'a'.repeat(101)}`]) {
        const res = await list(query);
        expect({ query, status: res.status, message: typeof res.body.error?.message }).toEqual({ query, status: 400, message: 'string' });
      }
    });

    it('shows each unit’s contact name, head and number of authors', async () => {
      await app.strapi.db.query(UNIT).update({ where: { id: ids.get('XA-MUONGPHANG') }, data: { contactName: CONTACT.contactName } });
      const res = await list('?q=xa%20muong%20phang');
      expect(res.body.data).toEqual([
        {
          id: ids.get('XA-MUONGPHANG'),
          code: 'XA-MUONGPHANG',
          name: 'Phòng Văn hoá - Xã hội xã Mường Phăng',
          kind: 'commune-culture',
          active: true,
          contactName: CONTACT.contactName,
          heads: ['Quàng Văn Đông'],
          authorCount: 1,
        },
      ]);
      const gdpt = (await list('?q=SGD-GDPT')).body.data[0];
      expect(gdpt).toMatchObject({ code: 'SGD-GDPT', heads: ['head Test'], authorCount: 0 });
    });
  });

  describe('a unit', () => {
    const detail = (code: string, token = office) => api(token).get(`/editorial-workflow/network/units/${ids.get(code)}`);
    const putContact = (code: string, body: unknown, token = office) => api(token).put(`/editorial-workflow/network/units/${ids.get(code)}/contact`, body as object);

    it('is edited: its contact official, validated, audited', async () => {
      const before = await app.strapi.db.query(AUDIT_ENTRY).count({ where: { kind: 'unit-contact' } });
      const saved = await putContact('XA-MUONGPHANG', { ...CONTACT, contactEmail: ' Lo.Thanh@MuongPhang.test ' });
      expect(saved.status).toBe(200);
      expect(saved.body.data).toEqual(CONTACT);
      const entry = await app.strapi.db.query(AUDIT_ENTRY).findOne({ where: { kind: 'unit-contact' }, orderBy: [{ id: 'desc' }] });
      expect(await app.strapi.db.query(AUDIT_ENTRY).count({ where: { kind: 'unit-contact' } })).toBe(before + 1);
      expect(entry).toMatchObject({ actorName: 'Đỗ Thị Thu', subject: 'unit:XA-MUONGPHANG' });
      expect(entry.summary).toMatch(/Sửa đầu mối truyền thông của đơn vị XA-MUONGPHANG: chức vụ, điện thoại, e-mail\./);

      const bad: Array<[unknown, RegExp]> = [
        [{ ...CONTACT, contactPhone: '09-abc' }, /Số điện thoại không hợp lệ/],
        [{ ...CONTACT, contactPhone: '123' }, /Số điện thoại không hợp lệ/],
        [{ ...CONTACT, contactEmail: 'khong-phai-email' }, /E-mail không hợp lệ/],
        [{ ...CONTACT, contactName: 'x'.repeat(256) }, /Họ tên đầu mối tối đa 255 ký tự/],
        [{ ...CONTACT, phone: '0912' }, /Trường không được hỗ trợ: phone/],
        [{ ...CONTACT, contactName: { $ne: null } }, /không phải một đối tượng/],
        [[CONTACT], /đối tượng JSON/],
      ];
      for (const [body, message] of bad) {
        const res = await putContact('XA-MUONGPHANG', body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect(res.body.error.message).toMatch(message);
      }
      expect((await api(office).put('/editorial-workflow/network/units/999999/contact', CONTACT)).status).toBe(404);
      // Read-only and unrelated people change nothing.
      expect((await putContact('XA-MUONGPHANG', { contactName: 'Người khác' }, leader)).status).toBe(403);
      expect((await putContact('XA-MUONGPHANG', { contactName: 'Người khác' }, desk.author)).status).toBe(403);
      const unit = await app.strapi.db.query(UNIT).findOne({ where: { code: 'XA-MUONGPHANG' } });
      expect({ contactName: unit.contactName, contactPosition: unit.contactPosition, contactPhone: unit.contactPhone, contactEmail: unit.contactEmail }).toEqual(CONTACT);
      expect(await app.strapi.db.query(AUDIT_ENTRY).count({ where: { kind: 'unit-contact' } })).toBe(before + 1);
    });

    it('shows its contact, its head with phone, its authors', async () => {
      const res = await detail('XA-MUONGPHANG', leader);
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ code: 'XA-MUONGPHANG', kind: 'commune-culture', active: true, ...CONTACT, defaultDepartment: { code: 'SGD-GDPT' } });
      expect(res.body.data.rolesAllowed).toEqual(['author', 'unit-head']);
      const members = res.body.data.members;
      expect(members.map((m: { role: string; email: string }) => [m.role, m.email])).toEqual([
        ['unit-head', 'thutruong@test.local'],
        ['author', 'author@test.local'],
      ]);
      expect(members[0]).toEqual({
        membershipId: expect.any(Number),
        role: 'unit-head',
        userId: unitHead.id,
        name: 'Quàng Văn Đông',
        email: 'thutruong@test.local',
        phone: HEAD_PHONE,
        position: 'Chủ tịch UBND xã',
        active: true,
        membershipCount: 1,
      });
    });

    it('shows a department’s editors and heads, and the publisher of SGD-QLCL', async () => {
      const gdpt = (await detail('SGD-GDPT')).body.data;
      expect(gdpt.rolesAllowed).toEqual(['author', 'editor', 'head', 'publisher']);
      expect(gdpt.members.map((m: { role: string; email: string; phone: string | null }) => [m.role, m.email, m.phone])).toEqual([
        ['head', 'head@test.local', '0912 777 003'],
        ['editor', 'editor@test.local', null],
      ]);
      const qlcl = (await detail('SGD-QLCL')).body.data;
      expect(qlcl.members.map((m: { role: string; email: string }) => [m.role, m.email])).toEqual([['publisher', 'publisher@test.local']]);
      expect((await api(office).get('/editorial-workflow/network/units/999999')).status).toBe(404);
      expect((await api(office).get('/editorial-workflow/network/units/abc')).status).toBe(400);
    });
  });

  describe('the user picker', () => {
    const users = (query: string, token = office) => api(token).get(`/editorial-workflow/network/users${query}`);

    it('finds admin accounts by name or e-mail, folded, 20 at most, with nothing but id, name, e-mail and active', async () => {
      const found = await users('?q=quang%20van%20dong');
      expect(found.status).toBe(200);
      expect(found.body.data).toEqual([{ id: unitHead.id, name: 'Quàng Văn Đông', email: 'thutruong@test.local', active: true }]);
      expect((await users('?q=THUTRUONG@test')).body.data.map((u: { id: number }) => u.id)).toEqual([unitHead.id]);
      const many = await users('?q=can%20bo%20thu');
      expect(many.body.data).toHaveLength(20);
      expect([...keysIn(many.body.data)].sort()).toEqual(['active', 'email', 'id', 'name']);
      expect((await users('?q[$ne]=a')).status).toBe(400);
      // Memberships are managed by the Office and the administrator, not read by the leadership.
      expect((await users('?q=a', leader)).status).toBe(403);
    });
  });

  describe('memberships added and ended on the page', () => {
    const add = (body: Record<string, unknown>, token = office) => api(token).post('/editorial-workflow/memberships', body);
    const end = (id: number, token = office) => api(token).delete(`/editorial-workflow/memberships/${id}`);

    it('refuses a membership of an inactive unit, and a role that does not fit the unit’s kind, in Vietnamese', async () => {
      const userId = await userIdOf('canbo1@test.local');
      const inactive = await add({ userId, unitId: ids.get('XA-DA'), role: 'author' });
      expect(inactive.status).toBe(400);
      expect(inactive.body.error.message).toMatch(/đã ngừng hoạt động/);
      const editorOfCommune = await add({ userId, unitId: ids.get('XA-TUANGIAO'), role: 'editor' });
      expect(editorOfCommune.status).toBe(400);
      expect(editorOfCommune.body.error.message).toMatch(/không phải phòng chuyên môn/);
      const unitHeadOfDepartment = await add({ userId, unitId: ids.get('SGD-VP'), role: 'unit-head' });
      expect(unitHeadOfDepartment.status).toBe(400);
      expect(unitHeadOfDepartment.body.error.message).toMatch(/Thủ trưởng đơn vị/);
      expect(await getService(app.strapi, 'membership').list({ userId })).toEqual([]);
      // The leadership reads the network but manages no membership.
      expect((await add({ userId, unitId: ids.get('XA-TUANGIAO'), role: 'author' }, leader)).status).toBe(403);
    });

    it('ends a membership: the person can no longer act, their items and history stay, and the answer says so', async () => {
      const person = await newsroomUser(app, 'ctv-moi@test.local', 'author', []);
      const granted = await add({ userId: person.id, unitId: ids.get('XA-MUONGPHANG'), role: 'author' });
      expect(granted.status).toBe(200);
      const listed = (await api(office).get(`/editorial-workflow/network/units/${ids.get('XA-MUONGPHANG')}`)).body.data.members;
      expect(listed.find((m: { userId: number }) => m.userId === person.id)).toMatchObject({ role: 'author', membershipCount: 1 });

      const unit = documentIds.get('XA-MUONGPHANG')!;
      const submitted = await createDraft(app, person.token, { title: 'Mường Phăng đón học sinh trở lại trường', unit });
      const draft = await createDraft(app, person.token, { title: 'Bản nháp của cộng tác viên cũ', unit });
      const mine = workflowApi(app, person.token);
      const version = (await mine.item(submitted.documentId)).body.data.version;
      expect((await mine.transition(submitted.documentId, { action: 'submit', expectedVersion: version })).status).toBe(200);
      const history = await app.strapi.db.query(TRANSITION).count({ where: { itemDocumentId: submitted.documentId } });

      const ended = await end(granted.body.data.id);
      expect(ended.status).toBe(200);
      expect(ended.body.data).toMatchObject({ id: granted.body.data.id, userId: person.id, remainingMemberships: 0, warning: NO_MEMBERSHIP_LEFT });
      expect(NO_MEMBERSHIP_LEFT).toBe('Tài khoản này không còn thuộc đơn vị nào nên không thể thao tác trong quy trình.');
      const after = (await api(office).get(`/editorial-workflow/network/units/${ids.get('XA-MUONGPHANG')}`)).body.data.members;
      expect(after.some((m: { userId: number }) => m.userId === person.id)).toBe(false);

      // No step of the workflow, no new item.
      const draftVersion = (await app.strapi.db.query('plugin::editorial-workflow.item-state').findOne({ where: { itemDocumentId: draft.documentId } }))?.version ?? 1;
      const refused = await mine.transition(draft.documentId, { action: 'submit', expectedVersion: draftVersion });
      expect([403, 404]).toContain(refused.status);
      const created = await request(app.server)
        .post(`${CM}/${ARTICLE}`)
        .set({ Authorization: `Bearer ${person.token}` })
        .send({ title: 'Tin mới sau khi rời đơn vị', kind: 'news', unit: connect(unit) });
      expect([400, 403]).toContain(created.status);
      expect(await app.strapi.db.query(ARTICLE).count({ where: { title: 'Tin mới sau khi rời đơn vị' } })).toBe(0);

      // Their items and history stay, read by the others.
      expect(await app.strapi.db.query(ARTICLE).count({ where: { documentId: { $in: [submitted.documentId, draft.documentId] } } })).toBe(2);
      const seen = await workflowApi(app, desk.editor).item(submitted.documentId);
      expect(seen.status).toBe(200);
      expect(seen.body.data.state).toBe('in_review');
      expect(await app.strapi.db.query(TRANSITION).count({ where: { itemDocumentId: submitted.documentId } })).toBe(history);

      // A person who keeps another membership gets no warning.
      const twice = await newsroomUser(app, 'hai-don-vi@test.local', 'author', ['XA-TUANGIAO', 'XA-MUONGPHANG']);
      const row = (await getService(app.strapi, 'membership').list({ userId: twice.id }))[0];
      expect((await end(row.id)).body.data).toMatchObject({ remainingMemberships: 1, warning: null });
    });
  });

  describe('the directory (Danh bạ)', () => {
    it('lists every unit’s contact and head with phone and e-mail, for the Office and the leadership', async () => {
      const res = await timed(`directory page, ${UNIT_COUNT} units`, () => api(leader).get('/editorial-workflow/directory?q=muong%20phang&kind=commune-culture'));
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual([
        {
          id: ids.get('XA-MUONGPHANG'),
          code: 'XA-MUONGPHANG',
          name: 'Phòng Văn hoá - Xã hội xã Mường Phăng',
          kind: 'commune-culture',
          active: true,
          ...CONTACT,
          heads: [{ name: 'Quàng Văn Đông', phone: HEAD_PHONE, email: 'thutruong@test.local', position: 'Chủ tịch UBND xã' }],
        },
      ]);
      const all = await api(office).get('/editorial-workflow/directory?pageSize=100&page=6');
      expect(all.body.meta.pagination).toMatchObject({ total: UNIT_COUNT, pageCount: 6 });
      const gdpt = (await api(office).get('/editorial-workflow/directory?q=SGD-GDPT')).body.data[0];
      expect(gdpt.heads).toEqual([{ name: 'head Test', phone: '0912 777 003', email: 'head@test.local', position: 'Trưởng phòng' }]);
    });

    it('exports to xlsx, read back', async () => {
      const res = await timed(`directory xlsx export, ${UNIT_COUNT} units`, () =>
        api(office).get('/editorial-workflow/directory/export').buffer(true).parse(asBuffer)
      );
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/spreadsheetml/);
      expect(res.headers['content-disposition']).toMatch(/danh-ba-don-vi_\d{4}-\d{2}-\d{2}\.xlsx/);
      expect(res.headers['cache-control']).toBe('no-store');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as never);
      const sheet = workbook.worksheets[0];
      expect(sheet.name).toBe('Danh bạ');
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual([
        'Mã',
        'Đơn vị',
        'Loại đơn vị',
        'Đang hoạt động',
        'Đầu mối truyền thông',
        'Chức vụ',
        'Điện thoại đầu mối',
        'E-mail đầu mối',
        'Thủ trưởng / Trưởng phòng',
        'Điện thoại thủ trưởng',
        'E-mail thủ trưởng',
      ]);
      const rows = (sheet.getSheetValues().slice(2) as unknown[][]).map((row) => row.slice(1));
      expect(rows).toHaveLength(UNIT_COUNT);
      expect(rows.find((row) => row[0] === 'XA-MUONGPHANG')).toEqual([
        'XA-MUONGPHANG',
        'Phòng Văn hoá - Xã hội xã Mường Phăng',
        'Phòng VH-XH xã, phường',
        'Có',
        CONTACT.contactName,
        CONTACT.contactPosition,
        CONTACT.contactPhone,
        CONTACT.contactEmail,
        'Quàng Văn Đông',
        HEAD_PHONE,
        'thutruong@test.local',
      ]);
      const filtered = await api(office).get('/editorial-workflow/directory/export?kind=department').buffer(true).parse(asBuffer);
      const small = new ExcelJS.Workbook();
      await small.xlsx.load(filtered.body as never);
      expect(small.worksheets[0].rowCount).toBe(1 + 7);
      expect((await api(office).get('/editorial-workflow/directory/export?page=2')).status).toBe(400);
    });
  });

  it('is closed to everyone without the network’s rights: authors, editors, unit heads get 403', async () => {
    const paths = [
      '/editorial-workflow/network/units',
      `/editorial-workflow/network/units/${ids.get('XA-MUONGPHANG')}`,
      '/editorial-workflow/network/users?q=a',
      '/editorial-workflow/directory',
      '/editorial-workflow/directory/export',
    ];
    for (const [who, token] of [
      ['author', desk.author],
      ['editor', desk.editor],
      ['unit head', unitHead.token],
    ]) {
      for (const path of paths) {
        expect({ who, path, status: (await api(token).get(path)).status }).toEqual({ who, path, status: 403 });
      }
      const put = await api(token).put(`/editorial-workflow/network/units/${ids.get('XA-MUONGPHANG')}/contact`, { contactName: 'x' });
      expect({ who, status: put.status }).toEqual({ who, status: 403 });
    }
    for (const path of paths) expect({ path, status: (await request(app.server).get(path)).status }).toEqual({ path, status: 401 });
  });

  it('never shows a contact or a person’s phone in the public API', async () => {
    // The probe runs after the contact was saved (and the heads' phones written): there is something to leak.
    const unit = await app.strapi.db.query(UNIT).findOne({ where: { code: 'XA-MUONGPHANG' } });
    expect(unit.contactPhone).toBe(CONTACT.contactPhone);
    const secrets = [CONTACT.contactName, CONTACT.contactPosition, CONTACT.contactPhone, CONTACT.contactEmail, HEAD_PHONE, '0912 777 003'];
    const privateKeys = ['contactName', 'contactPosition', 'contactPhone', 'contactEmail', 'phone', 'position', 'email'];
    const paths = ['/api/units?pageSize=1000', `/api/units/${documentIds.get('XA-MUONGPHANG')}`, '/api/topics', '/api/articles'];
    for (const path of paths) {
      const res = await request(app.server).get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      for (const secret of secrets) expect({ path, secret, leaked: res.text.includes(secret) }).toEqual({ path, secret, leaked: false });
      const keys = keysIn(res.body);
      for (const key of privateKeys) expect({ path, key, leaked: keys.has(key) }).toEqual({ path, key, leaked: false });
    }
    for (const field of ['contactName', 'contactPhone', 'contactPosition']) {
      const res = await request(app.server).get(`/api/units/${documentIds.get('XA-MUONGPHANG')}?fields[0]=${field}`);
      expect({ field, status: res.status, leaked: res.text.includes('0912') }).toEqual({ field, status: 400, leaked: false });
    }
  });
});
