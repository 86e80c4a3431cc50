import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin, createAdminUser } from './harness/admin-client';
import { UPLOADS } from './harness/media';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { PASSWORD, grantAdminActions, newsroomUser } from './harness/workflow';
import * as samples from './fixtures/media/samples';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { readFileAccessConfig } from '../src/media/file-access/config';
import { urlSigner } from '../src/media/file-access/url-signature';
import { PERMISSIONS } from '../src/plugins/editorial-workflow/shared/permissions';
import type { ConcernScreenshots } from '../src/plugins/editorial-workflow/shared/contracts/concern-evidence';
import type { ConcernView } from '../src/plugins/editorial-workflow/shared/contracts/concerns';
import { CONCERN, CONCERN_ENTRY, CONCERN_SCREENSHOT, TOPIC, UNIT, UPLOAD_FILE } from '../src/plugins/editorial-workflow/shared/uids';

/** A message for a person of the newsroom: Vietnamese, with its marks. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const HOUR = 3_600_000;
const SIGNED = /\?exp=\d+&sig=[\w-]+$/;

/**
 * The desk's evidence and its units (issue 15, item 1's leftovers) over HTTP as real logins: the
 * author of commune XA-A files a concern naming XA-B; the author, the Office (an editor of SGD-VP) and
 * the department (SGD-GDPT) attach screenshots they uploaded; XA-B's author, the publisher and the
 * leadership only read them (403 on attaching); another department's head gets a 404. A screenshot
 * stays private: its unsigned URL is a 404 to anyone, the signed one the admin is given loads. Those
 * who work on the concern change its units, with a timeline entry; bad input changes nothing.
 */
describe('concern evidence (screenshots) and units changed after filing', () => {
  let app: TestApp;
  let round: RoundFixture;
  let office: { id: number; token: string };
  let authorB: { id: number; token: string };
  let otherHead: { id: number; token: string };
  let leader: { id: number; token: string };
  let xaB: number;
  let gdmn: number;
  let concern: ConcernView;
  let filesBefore: Set<string>;

  const api = (token: string) => adminClient(app.server, token);
  const screenshotsPath = () => `/editorial-workflow/concerns/${concern.id}/screenshots`;
  const upload = async (token: string, filename: string, bytes: Buffer, contentType: string): Promise<number> => {
    const res = await request(app.server).post('/upload').set('Authorization', `Bearer ${token}`).attach('files', bytes, { filename, contentType });
    expect({ filename, status: res.status }).toEqual({ filename, status: 201 });
    return res.body[0].id as number;
  };
  const uploadPng = async (token: string, filename: string) => upload(token, filename, await samples.png(320, 200), 'image/png');
  const stored = async () => [await app.strapi.db.query(CONCERN_SCREENSHOT).count(), await app.strapi.db.query(CONCERN_ENTRY).count()];

  beforeAll(async () => {
    filesBefore = new Set(fs.existsSync(UPLOADS) ? fs.readdirSync(UPLOADS) : []);
    app = await startStrapi();
    round = await roundFixture(app);
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-B', name: 'Phòng VH-XH xã B', kind: 'commune-culture', active: true } });
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-C', name: 'Phòng VH-XH xã C', kind: 'commune-culture', active: false } });
    office = await newsroomUser(app, 'office@test.local', 'editor', ['SGD-VP']);
    authorB = await newsroomUser(app, 'author-b@test.local', 'author', ['XA-B']);
    otherHead = await newsroomUser(app, 'head-gdmn@test.local', 'head', ['SGD-GDMN']);
    await grantAdminActions(app.strapi, 'newsroom-leader', [PERMISSIONS.useWorkflow]);
    const roles = await adminRoleIdsByCode(app.strapi);
    const leaderUser = await createAdminUser(app.strapi, { email: 'leader@test.local', password: PASSWORD, roles: [roles.get('newsroom-leader')] });
    leader = { id: leaderUser.id, token: await adminLogin(app.server, 'leader@test.local', PASSWORD) };
    const unitId = async (code: string) => (await app.strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] })).id as number;
    xaB = await unitId('XA-B');
    gdmn = await unitId('SGD-GDMN');
    const topicId = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['id'] })).id;
    const filed = await api(round.desk.author).post('/editorial-workflow/concerns', {
      title: 'Bài đăng sai sự thật về điểm trường',
      description: 'Một trang cá nhân đăng ảnh cũ của điểm trường, nói rằng học sinh phải học trong lớp dột nát.',
      topicId,
      unitIds: [xaB],
      channel: 'social-network',
      firstSeenAt: new Date(Date.now() - HOUR).toISOString(),
      kind: 'current',
      severity: 'action',
    });
    expect(filed.status).toBe(201);
    concern = filed.body.data;
  });

  afterAll(async () => {
    await app?.stop();
    if (fs.existsSync(UPLOADS)) for (const name of fs.readdirSync(UPLOADS)) if (!filesBefore.has(name)) fs.rmSync(path.join(UPLOADS, name), { force: true });
  });

  let first: ConcernScreenshots['screenshots'][number];

  it('lets the filing unit’s author attach a screenshot they uploaded; the view names it, who and when', async () => {
    const fileId = await uploadPng(round.desk.author, 'bai-dang.png');
    const res = await api(round.desk.author).post(screenshotsPath(), { fileIds: [fileId] });
    expect(res.status).toBe(201);
    const body: ConcernScreenshots = res.body.data;
    expect(body.canAdd).toBe(true);
    expect(body.remaining).toBe(9);
    expect(body.screenshots).toEqual([
      { id: expect.any(Number), name: 'bai-dang.png', mime: 'image/png', url: expect.stringMatching(/^\/uploads\//), thumbnailUrl: expect.stringMatching(/^\/uploads\//), addedBy: expect.any(String), addedAt: expect.any(String) },
    ]);
    first = body.screenshots[0];
    expect(Date.now() - new Date(first.addedAt).getTime()).toBeLessThan(60_000);
    const row = await app.strapi.db.query(CONCERN_SCREENSHOT).findOne({ where: { concernId: concern.id } });
    expect(row).toEqual(expect.objectContaining({ fileId, addedById: expect.any(Number), addedByName: first.addedBy, pairKey: `${concern.id}/${fileId}`, slotKey: `${concern.id}#1` }));
  });

  it('keeps the screenshot private: its own URL is a 404 without a signature, the signed URL the admin is given loads', async () => {
    expect(first.url).toMatch(SIGNED);
    expect(first.thumbnailUrl).toMatch(SIGNED);
    for (const url of [first.url, first.thumbnailUrl!]) {
      const signed = await request(app.server).get(url);
      expect({ url, status: signed.status }).toEqual({ url, status: 200 });
      expect(signed.headers['cache-control']).toBe('private, no-store');
      const bare = url.split('?')[0];
      const unsigned = await request(app.server).get(bare);
      expect({ bare, status: unsigned.status }).toEqual({ bare, status: 404 });
    }
    // And every stored URL of the file (its resized formats too).
    const file = await app.strapi.db.query(UPLOAD_FILE).findOne({ where: { name: 'bai-dang.png' } });
    const urls = [file.url, ...Object.values((file.formats ?? {}) as Record<string, { url: string }>).map((format) => format.url)];
    for (const url of urls) expect({ url, status: (await request(app.server).get(url)).status }).toEqual({ url, status: 404 });
    // A forged signature: 404 too.
    const forged = urlSigner('not-the-server-secret', readFileAccessConfig(app.strapi).signedUrlTtlSeconds).sign(file.url);
    expect((await request(app.server).get(`${file.url}?exp=${forged.exp}&sig=${forged.sig}`)).status).toBe(404);
  });

  it('shows the screenshots to everyone who sees the concern; those who work on it and the filing unit attach, readers get a 403, outsiders a 404', async () => {
    for (const [who, token, canAdd] of [
      ['the filing author', round.desk.author, true],
      ['the department’s editor', round.desk.editor, true],
      ['the department’s head', round.desk.head, true],
      ['the Office', office.token, true],
      ['a unit concerned (XA-B)', authorB.token, false],
      ['the publisher', round.desk.publisher, false],
      ['the leadership', leader.token, false],
    ] as const) {
      const res = await api(token).get(screenshotsPath());
      expect({ who, status: res.status, canAdd: res.body.data?.canAdd }).toEqual({ who, status: 200, canAdd });
      expect(res.body.data.screenshots.map((shot: { id: number }) => shot.id)).toEqual([first.id]);
      expect(res.body.data.screenshots[0].url).toMatch(SIGNED);
    }
    const before = await stored();
    for (const [who, token] of [['a unit concerned (XA-B)', authorB.token], ['the publisher', round.desk.publisher]] as const) {
      const own = await uploadPng(token, `cua-${who.length}.png`);
      const res = await api(token).post(screenshotsPath(), { fileIds: [own] });
      expect({ who, status: res.status }).toEqual({ who, status: 403 });
      expect(res.body.error.message).toMatch(VIETNAMESE);
    }
    const headFile = await uploadPng(otherHead.token, 'khac-phong.png');
    for (const res of [await api(otherHead.token).get(screenshotsPath()), await api(otherHead.token).post(screenshotsPath(), { fileIds: [headFile] })]) {
      expect(res.status).toBe(404);
      expect(res.body.error.message).toMatch(VIETNAMESE);
    }
    expect((await api(office.token).get('/editorial-workflow/concerns/999999/screenshots')).status).toBe(404);
    expect((await api(office.token).get('/editorial-workflow/concerns/abc/screenshots')).status).toBe(404);
    expect((await request(app.server).get(screenshotsPath())).status).toBe(401);
    expect((await request(app.server).post(screenshotsPath()).send({ fileIds: [1] })).status).toBe(401);
    expect(await stored()).toEqual(before);
    // The Office attaches its own upload, a PDF among them.
    const pdf = await upload(office.token, 'trang-bai-viet.pdf', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), 'application/pdf');
    const photo = await uploadPng(office.token, 'binh-luan.png');
    const res = await api(office.token).post(screenshotsPath(), { fileIds: [pdf, photo] });
    expect(res.status).toBe(201);
    expect(res.body.data.screenshots.map((shot: { mime: string }) => shot.mime)).toEqual(['image/png', 'application/pdf', 'image/png']);
    expect(res.body.data.screenshots[1].thumbnailUrl).toBeNull();
  });

  it('refuses someone else’s file, a file that is no image or PDF, a file twice, an eleventh, and bad input: 400 in Vietnamese, nothing stored', async () => {
    const authorsFile = await uploadPng(round.desk.author, 'cua-tac-gia.png');
    const video = await upload(round.desk.author, 'clip.webm', samples.webm(), 'video/webm');
    const existing = (await app.strapi.db.query(CONCERN_SCREENSHOT).findOne({ where: { concernId: concern.id }, orderBy: [{ id: 'asc' }] })).fileId;
    const before = await stored();
    const cases: Array<[string, string, unknown]> = [
      ['someone else’s file (the author’s, attached by the Office)', office.token, { fileIds: [authorsFile] }],
      ['a video', round.desk.author, { fileIds: [video] }],
      ['a file that does not exist', round.desk.author, { fileIds: [99999999] }],
      ['a file already attached', round.desk.author, { fileIds: [existing] }],
      ['a good file with one already attached', round.desk.author, { fileIds: [authorsFile, existing] }],
      ['no file', round.desk.author, { fileIds: [] }],
      ['no list', round.desk.author, {}],
      ['a list of non-ids', round.desk.author, { fileIds: ['abc'] }],
      ['a zero id', round.desk.author, { fileIds: [0] }],
      ['a fraction', round.desk.author, { fileIds: [1.5] }],
      ['a string for the list', round.desk.author, { fileIds: String(authorsFile) }],
      ['a number for the list', round.desk.author, { fileIds: authorsFile }],
      ['a nested object', round.desk.author, { fileIds: [{ id: authorsFile }] }],
      ['an object for the list', round.desk.author, { fileIds: { $in: [authorsFile] } }],
      ['an unknown field', round.desk.author, { fileIds: [authorsFile], concernId: 1 }],
      ['an array body', round.desk.author, [authorsFile]],
      ['eleven at once', round.desk.author, { fileIds: Array.from({ length: 11 }, (_, i) => authorsFile + i) }],
    ];
    for (const [label, token, body] of cases) {
      const res = await api(token).post(screenshotsPath(), body as object);
      expect({ label, status: res.status }).toEqual({ label, status: 400 });
      expect({ label, message: VIETNAMESE.test(res.body.error?.message ?? '') }).toEqual({ label, message: true });
    }
    // The file rules say which rule the file broke.
    for (const [token, fileIds, reason] of [
      [office.token, [authorsFile], 'không do bạn tải lên'],
      [round.desk.author, [video], 'không phải ảnh'],
      [round.desk.author, [existing], 'đã được đính kèm'],
      [round.desk.author, [99999999], 'Không có tệp'],
    ] as const) {
      expect((await api(token).post(screenshotsPath(), { fileIds }).then((res) => res.body.error.message))).toContain(reason);
    }
    const query = await api(round.desk.author).post(`${screenshotsPath()}?populate=*`, { fileIds: [authorsFile] });
    expect(query.status).toBe(400);
    expect((await api(round.desk.author).get(`${screenshotsPath()}?populate=*`)).status).toBe(400);
    expect(await stored()).toEqual(before);

    // Up to ten: three are there; seven more fit (the same file twice in one request counts once), an eleventh does not.
    const seven = [authorsFile];
    for (let i = 0; i < 6; i += 1) seven.push(await uploadPng(round.desk.author, `anh-${i}.png`));
    const full = await api(round.desk.author).post(screenshotsPath(), { fileIds: [...seven, seven[0]] });
    expect(full.status).toBe(201);
    expect(full.body.data.screenshots).toHaveLength(10);
    expect(full.body.data.remaining).toBe(0);
    const eleventh = await uploadPng(round.desk.author, 'anh-thu-11.png');
    const refused = await api(round.desk.author).post(screenshotsPath(), { fileIds: [eleventh] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('tối đa 10');
    expect(await app.strapi.db.query(CONCERN_SCREENSHOT).count({ where: { concernId: concern.id } })).toBe(10);
  });

  it('has no route that removes or replaces a screenshot: evidence is append-only', async () => {
    const before = await stored();
    expect([404, 405]).toContain((await api(office.token).delete(`${screenshotsPath()}/${first.id}`)).status);
    expect([404, 405]).toContain((await api(office.token).delete(screenshotsPath())).status);
    expect([404, 405]).toContain((await api(office.token).put(screenshotsPath(), { fileIds: [] })).status);
    expect(await stored()).toEqual(before);
  });

  it('keeps to ten when twelve attach at once: no 500, no eleventh', async () => {
    const topicId = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['id'] })).id;
    const filed = await api(round.desk.author).post('/editorial-workflow/concerns', {
      title: 'Ảnh chế về kỳ thi lan truyền',
      description: 'Nhiều ảnh chế về đề thi được chia sẻ trong các nhóm học sinh.',
      topicId,
      channel: 'social-network',
      firstSeenAt: new Date(Date.now() - HOUR).toISOString(),
      kind: 'current',
      severity: 'watch',
    });
    expect(filed.status).toBe(201);
    const path = `/editorial-workflow/concerns/${filed.body.data.id}/screenshots`;
    const files: number[] = [];
    for (let i = 0; i < 12; i += 1) files.push(await uploadPng(round.desk.author, `anh-che-${i}.png`));
    const answers = await Promise.all(files.map((fileId) => api(round.desk.author).post(path, { fileIds: [fileId] })));
    expect(answers.every((res) => res.status === 201 || res.status === 400)).toBe(true);
    const rows = await app.strapi.db.query(CONCERN_SCREENSHOT).findMany({ where: { concernId: filed.body.data.id } });
    expect(rows.length).toBeLessThanOrEqual(10);
    expect(rows.length).toBe(answers.filter((res) => res.status === 201).length);
    expect(new Set(rows.map((row: { fileId: number }) => row.fileId)).size).toBe(rows.length);
    for (const res of answers.filter((answer) => answer.status === 400)) expect(res.body.error.message).toMatch(VIETNAMESE);
  });

  describe('units changed after filing', () => {
    const concernPath = () => `/editorial-workflow/concerns/${concern.id}`;

    it('lets those who work on it change the units concerned, with a timeline entry; the units seen follow', async () => {
      expect((await api(authorB.token).get(concernPath())).status).toBe(200);
      // The department replaces XA-B by the department SGD-GDMN (named twice: kept once).
      const res = await api(round.desk.editor).put(concernPath(), { unitIds: [gdmn, gdmn], note: 'Thuộc lĩnh vực mầm non.' });
      expect(res.status).toBe(200);
      const view: ConcernView = res.body.data;
      expect(view.units.map((unit) => unit.id)).toEqual([gdmn]);
      const entry = view.timeline.at(-1)!;
      expect(entry.kind).toBe('units');
      expect(entry.text).toContain('đổi đơn vị liên quan');
      expect(entry.text).toContain('thêm');
      expect(entry.text).toContain('bỏ Phòng VH-XH xã B');
      expect(entry.text).toContain('Thuộc lĩnh vực mầm non.');
      // XA-B no longer sees it; SGD-GDMN's head now does (a unit concerned).
      expect((await api(authorB.token).get(concernPath())).status).toBe(404);
      expect((await api(otherHead.token).get(concernPath())).status).toBe(200);
      // The same list again: nothing changes, no entry.
      const before = await stored();
      const same = await api(office.token).put(concernPath(), { unitIds: [gdmn] });
      expect(same.status).toBe(200);
      expect(await stored()).toEqual(before);
      // With a status change at once: two entries. An empty list clears the units.
      const both = await api(office.token).put(concernPath(), { unitIds: [], status: 'in-progress' });
      expect(both.status).toBe(200);
      expect(both.body.data.units).toEqual([]);
      expect(both.body.data.timeline.slice(-2).map((row: { kind: string }) => row.kind).sort()).toEqual(['status', 'units']);
      expect(await app.strapi.db.query(CONCERN_ENTRY).count({ where: { concernId: concern.id, kind: 'units' } })).toBe(2);
    });

    it('refuses it to readers (403) and outsiders (404), and bad lists with a 400 in Vietnamese, changing nothing', async () => {
      const before = await stored();
      const row = async () => app.strapi.db.query(CONCERN).findOne({ where: { id: concern.id }, populate: { units: { select: ['id'] } } });
      const unitsBefore = (await row()).units;
      for (const [who, token] of [['the filing author', round.desk.author], ['the publisher', round.desk.publisher], ['the leadership', leader.token]] as const) {
        const res = await api(token).put(concernPath(), { unitIds: [xaB] });
        expect({ who, status: res.status }).toEqual({ who, status: 403 });
        expect(res.body.error.message).toMatch(VIETNAMESE);
      }
      expect((await api(authorB.token).put(concernPath(), { unitIds: [xaB] })).status).toBe(404);
      const xaC = (await app.strapi.db.query(UNIT).findOne({ where: { code: 'XA-C' }, select: ['id'] })).id;
      const cases: Array<[string, unknown]> = [
        ['a unit that does not exist', { unitIds: [99999999] }],
        ['an inactive unit', { unitIds: [xaC] }],
        ['a list of non-ids', { unitIds: ['XA-B'] }],
        ['a zero id', { unitIds: [0] }],
        ['a string for the list', { unitIds: String(xaB) }],
        ['null for the list', { unitIds: null }],
        ['a nested object', { unitIds: [{ id: xaB }] }],
        ['an object for the list', { unitIds: { id: xaB } }],
        ['too many units', { unitIds: Array.from({ length: 51 }, (_, i) => i + 1) }],
        ['an unknown field', { unitIds: [xaB], units: [xaB] }],
      ];
      for (const [label, body] of cases) {
        const res = await api(office.token).put(concernPath(), body as object);
        expect({ label, status: res.status }).toEqual({ label, status: 400 });
        expect({ label, message: VIETNAMESE.test(res.body.error?.message ?? '') }).toEqual({ label, message: true });
      }
      expect(await stored()).toEqual(before);
      expect((await row()).units).toEqual(unitsBefore);
    });
  });
});
