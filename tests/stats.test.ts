import request from 'supertest';
import ExcelJS from 'exceljs';
import { startStrapi, type TestApp } from './harness/strapi';
import { newsroomUser } from './harness/workflow';
import { adminLogin } from './harness/http';
import { adminWithRole, clockDesk, fileReport, seedStatsReference, vn } from './harness/stats-fixture';
import type { ComplianceGrid, Metric, Ranking } from '../src/plugins/editorial-workflow/shared/contracts/stats';
import { weekKeyOf } from '../src/plugins/editorial-workflow/shared/periods';
import { COUNTERS_TABLE, rebuildCountersIfEmpty, recount } from '../src/plugins/editorial-workflow/server/src/stats/counters';
import { ARTICLE, QUOTA_POLICY, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';

/** Reads a file download's body as bytes (supertest parses only text and JSON). */
const asBuffer = (response: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

/**
 * The counters over a fixture replayed through the real workflow at chosen Vietnam times: returns
 * and resubmissions, an item moved between units, a Monday 00:30 and month ends, scheduled
 * publication, a republication, a school with no minimum, reports on time, late and missing,
 * and 20 simultaneous submissions. Then the HTTP API as each role, its 400s and its exports.
 */
describe('statistics: counts, quotas, ranking, scope and exports', () => {
  let app: TestApp;
  let units: Map<string, string>;
  let ids: Map<string, number>;
  const tokens: Record<string, string> = {};
  const stats = () => getService(app.strapi, 'stats');

  const cell = (grid: ComplianceGrid, code: string, period: string, metric: Metric) =>
    grid.units.find((row) => row.unit.code === code)!.periods[period].metrics[metric];
  const periodMet = (grid: ComplianceGrid, code: string, period: string) => grid.units.find((row) => row.unit.code === code)!.periods[period].met;
  const get = (path: string, token: string) => request(app.server).get(`/editorial-workflow${path}`).set({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    app = await startStrapi();
    const { strapi } = app;
    units = await seedStatsReference(strapi);
    const rows: Array<{ id: number; code: string }> = await strapi.db.query(UNIT).findMany({ select: ['id', 'code'] });
    ids = new Map(rows.map((row) => [row.code, row.id]));
    const desk = await clockDesk(strapi);
    const unit = (code: string) => units.get(code)!;

    // A feature series submitted at 23:59 on Sunday 4 October (week 40), published at 00:10 on 1 November.
    const feature = await desk.item(unit('XA-A'), 'feature', 'Chuyên đề văn hoá học đường');
    await desk.publish(feature, { submit: vn('2026-10-04T23:59'), forward: vn('2026-10-05T08:00'), approve: vn('2026-10-06T08:00'), publish: vn('2026-11-01T00:10') });

    // A news item submitted at 00:30 on Monday 5 October (Sunday 17:30 UTC: week 41), returned and
    // resubmitted (counted once), published at 23:30 on 31 October, then unpublished, edited and
    // published again in November (counted once, in October).
    const news = await desk.item(unit('XA-A'), 'news', 'Ngày hội đến trường');
    await desk.step(news, 'submit', vn('2026-10-05T00:30'));
    await desk.step(news, 'return', vn('2026-10-05T09:00'), { comment: 'Thiếu ảnh' });
    await desk.step(news, 'submit', vn('2026-10-06T09:00'));
    await desk.publish(news, { forward: vn('2026-10-07T08:00'), approve: vn('2026-10-07T09:00'), publish: vn('2026-10-31T23:30') });
    await desk.step(news, 'unpublish', vn('2026-11-03T08:00'), { comment: 'Cập nhật số liệu' });
    await strapi.documents(ARTICLE).update({ documentId: news, data: { summary: 'Số liệu mới' } as never });
    await desk.publish(news, { submit: vn('2026-11-04T08:00'), forward: vn('2026-11-04T09:00'), approve: vn('2026-11-04T10:00'), publish: vn('2026-11-05T08:00') });

    // Scheduled on 7 October for 20 October 08:00; the scheduler publishes it then.
    const scheduled = await desk.item(unit('XA-A'), 'article', 'Học bạ số');
    await desk.step(scheduled, 'submit', vn('2026-10-05T10:00'));
    await desk.step(scheduled, 'forward', vn('2026-10-06T10:00'));
    await desk.step(scheduled, 'approve', vn('2026-10-07T10:00'));
    await desk.step(scheduled, 'publish', vn('2026-10-07T11:00'), { publishAt: vn('2026-10-20T08:00') });
    expect(await getService(strapi, 'workflow').publishDue(vn('2026-10-20T08:01'))).toBe(1);

    // Written for commune B, submitted, returned, moved to commune A, resubmitted: it stays B's.
    const moved = await desk.item(unit('XA-B'), 'news', 'Tin chuyển đơn vị');
    await desk.step(moved, 'submit', vn('2026-10-07T08:00'));
    await desk.step(moved, 'return', vn('2026-10-07T10:00'), { comment: 'Tin của xã A' });
    await strapi.documents(ARTICLE).update({ documentId: moved, data: { unit: unit('XA-A') } as never });
    await desk.step(moved, 'submit', vn('2026-10-08T08:00'));

    // A school: no weekly minimum, counted all the same.
    await desk.step(await desk.item(unit('TH-D'), 'news', 'Tin trường D'), 'submit', vn('2026-10-08T09:00'));

    // Twenty items of commune C submitted at the same moment.
    const many: string[] = [];
    for (let i = 0; i < 20; i += 1) many.push(await desk.item(unit('XA-C'), 'news', `Tin đồng thời ${i + 1}`));
    await Promise.all(many.map((documentId) => desk.step(documentId, 'submit', vn('2026-10-14T09:00'))));

    // October's reports: A the last minute before the 20th, B at midnight on the 20th (late), C none, E early.
    await fileReport(strapi, unit('XA-A'), '2026-10', vn('2026-10-19T23:59'));
    await fileReport(strapi, unit('XA-B'), '2026-10', vn('2026-10-20T00:00'));
    await fileReport(strapi, unit('LT-E'), '2026-10', vn('2026-10-02T08:00'));

    tokens.authorA = (await newsroomUser(app, 'author-a@test.local', 'author', ['XA-A'])).token;
    tokens.editorVp = (await newsroomUser(app, 'editor-vp@test.local', 'editor', ['SGD-VP'])).token;
    tokens.publisher = (await newsroomUser(app, 'publisher@test.local', 'publisher', ['SGD-QLCL'])).token;
    tokens.leader = await adminWithRole(app, 'leader@test.local', 'newsroom-leader');
  });

  afterAll(() => app?.stop());

  describe('counts by month', () => {
    let grid: ComplianceGrid;
    beforeAll(async () => {
      grid = await stats().compliance({ from: '2026-10-01', to: '2026-11-30', granularity: 'month', now: vn('2026-11-10T12:00') });
    });

    it('counts a first submission once, for the unit it had then, with its kind', () => {
      expect(grid.periods.map((p) => p.key)).toEqual(['2026-10', '2026-11']);
      expect(cell(grid, 'XA-A', '2026-10', 'items_submitted').count).toBe(3);
      expect(cell(grid, 'XA-A', '2026-10', 'features_submitted').count).toBe(1);
      expect(cell(grid, 'XA-A', '2026-11', 'items_submitted').count).toBe(0);
      expect(cell(grid, 'XA-B', '2026-10', 'items_submitted').count).toBe(1);
      expect(cell(grid, 'TH-D', '2026-10', 'items_submitted').count).toBe(1);
    });

    it('counts exactly under 20 simultaneous submissions', () => {
      expect(cell(grid, 'XA-C', '2026-10', 'items_submitted').count).toBe(20);
    });

    it('counts publications by their first publication time in Vietnam (23:30 on the 31st is October, 00:10 on the 1st November)', () => {
      expect(cell(grid, 'XA-A', '2026-10', 'items_published').count).toBe(2);
      expect(cell(grid, 'XA-A', '2026-11', 'items_published').count).toBe(1);
    });

    it('judges the report: on time before the 20th, late from the 20th, and not yet due before the 20th', () => {
      expect(cell(grid, 'XA-A', '2026-10', 'opinion_report_on_time')).toEqual({ count: 1, quota: 1, met: true });
      expect(cell(grid, 'XA-B', '2026-10', 'opinion_report_on_time')).toEqual({ count: 0, quota: 1, met: false });
      expect(cell(grid, 'XA-C', '2026-10', 'opinion_report_on_time')).toEqual({ count: 0, quota: 1, met: false });
      expect(cell(grid, 'XA-A', '2026-11', 'opinion_report_on_time')).toEqual({ count: 0, quota: 1, met: null });
    });

    it('shows quotas of the month only, and the period as met when every quota is', async () => {
      expect(cell(grid, 'XA-A', '2026-10', 'items_submitted')).toEqual({ count: 3, quota: null, met: null });
      expect(cell(grid, 'XA-A', '2026-10', 'media_assets')).toEqual({ count: 0, quota: 1, met: false });
      expect(periodMet(grid, 'XA-A', '2026-10')).toBe(false);
      expect(cell(grid, 'LT-E', '2026-10', 'features_submitted')).toEqual({ count: 0, quota: 1, met: false });
      const later = await stats().compliance({ from: '2026-11-01', to: '2026-11-30', granularity: 'month', now: vn('2026-11-20T00:00') });
      expect(cell(later, 'XA-A', '2026-11', 'opinion_report_on_time')).toEqual({ count: 0, quota: 1, met: false });
    });
  });

  describe('counts by ISO week', () => {
    let grid: ComplianceGrid;
    beforeAll(async () => {
      grid = await stats().compliance({ from: '2026-10-01', to: '2026-11-05', granularity: 'week', now: vn('2026-11-10T12:00') });
    });

    it('covers the range with whole weeks', () => {
      expect(grid.periods[0]).toEqual({ key: '2026-W40', start: '2026-09-28', end: '2026-10-04' });
      expect(grid.periods.map((p) => p.key)).toEqual(['2026-W40', '2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45']);
    });

    it('puts 00:30 on a Monday in Vietnam in the new week, and 23:59 on Sunday in the old one', () => {
      expect(cell(grid, 'XA-A', '2026-W40', 'items_submitted')).toEqual({ count: 1, quota: 2, met: false });
      expect(cell(grid, 'XA-A', '2026-W41', 'items_submitted')).toEqual({ count: 2, quota: 2, met: true });
      expect(periodMet(grid, 'XA-A', '2026-W41')).toBe(true);
      expect(cell(grid, 'XA-A', '2026-W44', 'items_published').count).toBe(2);
      expect(cell(grid, 'XA-C', '2026-W42', 'items_submitted').count).toBe(20);
    });

    it('shows a school’s count with a quota of 0 and nothing to meet', () => {
      expect(cell(grid, 'TH-D', '2026-W41', 'items_submitted')).toEqual({ count: 1, quota: 0, met: null });
      expect(periodMet(grid, 'TH-D', '2026-W41')).toBeNull();
    });

    it('lets a unit’s own policy override its kind’s', async () => {
      await app.strapi.db.query(QUOTA_POLICY).create({
        data: { unitKind: 'commune-culture', unit: ids.get('XA-A'), metric: 'items_submitted', period: 'week', minimum: 3 },
      });
      const overridden = await stats().compliance({ from: '2026-10-05', to: '2026-10-11', granularity: 'week' });
      expect(cell(overridden, 'XA-A', '2026-W41', 'items_submitted')).toEqual({ count: 2, quota: 3, met: false });
      expect(cell(overridden, 'XA-B', '2026-W41', 'items_submitted')).toEqual({ count: 1, quota: 2, met: false });
      await app.strapi.db.query(QUOTA_POLICY).deleteMany({ where: { unit: { id: ids.get('XA-A') } } });
    });
  });

  it('ranks the school year on its totals and the share of finished periods met', async () => {
    const ranking: Ranking = await stats().ranking({ schoolYear: '2026-2027', now: vn('2026-11-10T12:00') });
    expect(ranking).toMatchObject({ schoolYear: '2026-2027', from: '2026-09-01', to: '2027-08-31' });
    const a = ranking.units.find((row) => row.unit.code === 'XA-A')!;
    expect(a.totals).toEqual({ items_submitted: 3, features_submitted: 1, items_published: 3, media_assets: 0, opinion_report_on_time: 1 });
    // September and October; the weeks from 7 September (W37) to 8 November (W45); W41 met.
    expect(a).toMatchObject({ periodsWithQuota: 11, periodsMet: 1 });
    expect(a.shareMet).toBeCloseTo(1 / 11);
    expect(ranking.units.map((row) => row.rank)).toEqual([...ranking.units.map((row) => row.rank)].sort((x, y) => x - y));
    expect(ranking.units[0].rank).toBe(1);
  });

  describe('over HTTP, scoped to the caller', () => {
    const codesOf = (body: { data: ComplianceGrid | Ranking }) => body.data.units.map((row) => row.unit.code).sort();

    it('gives an author their own units only, and a 403 for another unit', async () => {
      const res = await get('/stats/compliance?from=2026-10-01&to=2026-10-31&granularity=month', tokens.authorA);
      expect(res.status).toBe(200);
      expect(codesOf(res.body)).toEqual(['XA-A']);
      expect(res.body.data.units[0].periods['2026-10'].metrics.items_submitted).toEqual({ count: 3, quota: null, met: null });
      const other = await get('/stats/compliance?from=2026-10-01&to=2026-10-31&unit=XA-B', tokens.authorA);
      expect(other.status).toBe(403);
      expect(other.body.error.message).toMatch(/XA-B nằm ngoài phạm vi/);
      expect(codesOf((await get('/stats/ranking?schoolYear=2026-2027', tokens.authorA)).body)).toEqual(['XA-A']);
    });

    it('gives an editor their department and the units it receives by default', async () => {
      const res = await get('/stats/compliance?from=2026-10-01&to=2026-10-31', tokens.editorVp);
      expect(res.status).toBe(200);
      const codes = codesOf(res.body);
      expect(codes).toEqual(expect.arrayContaining(['SGD-VP', 'XA-A', 'XA-B', 'XA-C']));
      expect(codes).not.toContain('TH-D');
      expect(codes).not.toContain('LT-E');
      expect((await get('/stats/compliance?from=2026-10-01&to=2026-10-31&unit=LT-E', tokens.editorVp)).status).toBe(403);
    });

    it('gives the publisher and the leadership every unit, filtered by kind or unit on request', async () => {
      const all = await app.strapi.db.query(UNIT).count({ where: { active: true } });
      for (const token of [tokens.publisher, tokens.leader]) {
        const res = await get('/stats/compliance?from=2026-10-01&to=2026-10-31&granularity=week', token);
        expect(res.status).toBe(200);
        expect(res.body.data.units).toHaveLength(all);
      }
      const schools = await get('/stats/compliance?from=2026-10-01&to=2026-10-31&unitKind=school', tokens.leader);
      expect(codesOf(schools.body)).toEqual(['TH-D']);
      const one = await get('/stats/compliance?from=2026-10-01&to=2026-10-31&unit=xa-c', tokens.publisher);
      expect(codesOf(one.body)).toEqual(['XA-C']);
      expect(one.body.data.units[0].periods['2026-10'].metrics.items_submitted.count).toBe(20);
    });

    it('lists this month’s reports: on time, late, missing', async () => {
      const res = await get('/stats/report-status?month=2026-10', tokens.publisher);
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ month: '2026-10', dueDay: 20 });
      const status = Object.fromEntries(res.body.data.units.map((row: { unit: { code: string }; status: string }) => [row.unit.code, row.status]));
      // Schools are asked for the report too (plan III.3, issue 15 item 4): TH-D filed none.
      expect(status).toEqual({ 'XA-A': 'on_time', 'XA-B': 'late', 'XA-C': 'missing', 'LT-E': 'on_time', 'TH-D': 'missing' });
      const a = res.body.data.units.find((row: { unit: { code: string } }) => row.unit.code === 'XA-A');
      expect(a.submittedAt).toBe(vn('2026-10-19T23:59').toISOString());
      const mine = await get('/stats/report-status?month=2026-10', tokens.authorA);
      expect(mine.body.data.units.map((row: { unit: { code: string } }) => row.unit.code)).toEqual(['XA-A']);
    });

    it.each([
      ['/stats/compliance?from=2026-11-30&to=2026-10-01', /đứng sau ngày kết thúc/],
      ['/stats/compliance?from=2026-01-01&to=2029-01-01', /tối đa 3 năm/],
      ['/stats/compliance?from=2026-10-01&to=2026-10-31&unitKind=province', /unitKind phải là một trong/],
      ['/stats/compliance?from=2026-10-01&to=2026-10-31&granularity=day', /granularity phải là week/],
      ['/stats/compliance?from=2026-10-01&to=2026-10-31&unit=KHONG-CO', /Không có đơn vị mã "KHONG-CO"/],
      ['/stats/compliance?from=2026-10-01', /Thiếu to/],
      ['/stats/compliance?from=2026-10-01&to=2026-10-31&unit[$ne]=x', /giá trị đơn/],
      ['/stats/compliance?from=2026-10-01&to=2026-10-31&limit=5', /không được hỗ trợ: limit/],
      ['/stats/ranking?schoolYear=2026-2028', /schoolYear phải là năm học/],
      ['/stats/report-status?month=2026-13', /month phải có dạng YYYY-MM/],
      ['/stats/export?table=compliance&format=pdf&from=2026-10-01&to=2026-10-31', /format phải là xlsx hoặc csv/],
      ['/stats/export?table=users&format=csv', /table phải là compliance/],
      ['/stats/export?table=compliance&format=csv&from=2026-11-30&to=2026-10-01', /đứng sau/],
    ])('refuses %s with a 400 and a message', async (path, message) => {
      const res = await get(path, tokens.publisher);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });

    it('refuses a person whose role lacks the statistics permission, and an anonymous caller', async () => {
      const role = await app.strapi.service('admin::role').create({ name: 'Không xem thống kê', code: 'no-stats', description: 'test' });
      await app.strapi.service('admin::user').create({ email: 'nostats@test.local', firstname: 'Không', lastname: 'Quyền', password: 'Newsroom@123', isActive: true, roles: [role.id] });
      const token = await adminLogin(app, 'nostats@test.local', 'Newsroom@123');
      expect((await get('/stats/compliance?from=2026-10-01&to=2026-10-31', token)).status).toBe(403);
      expect((await request(app.server).get('/editorial-workflow/stats/compliance?from=2026-10-01&to=2026-10-31')).status).toBe(401);
    });
  });

  describe('exports', () => {
    it('writes the compliance table as xlsx with Vietnamese headers', async () => {
      const res = await get('/stats/export?table=compliance&format=xlsx&from=2026-10-01&to=2026-10-31&granularity=month&unitKind=commune-culture', tokens.publisher)
        .buffer(true)
        .parse(asBuffer);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/spreadsheetml/);
      expect(res.headers['content-disposition']).toContain('thong-ke-chi-tieu_2026-10-01_2026-10-31_thang.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as never);
      const sheet = workbook.worksheets[0];
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header.slice(0, 7)).toEqual(['Đơn vị', 'Mã', 'Loại đơn vị', 'Kỳ', 'Từ ngày', 'Đến ngày', 'Tin bài đã gửi']);
      expect(header).toContain('Báo cáo dư luận đúng hạn - Đạt');
      const rows = sheet.getSheetValues().slice(2) as unknown[][];
      const a = rows.find((row) => row[2] === 'XA-A')!;
      const column = (name: string) => header.indexOf(name) + 1;
      expect(a[column('Đơn vị')]).toBe('Phòng VH-XH xã A');
      expect(a[column('Loại đơn vị')]).toBe('Phòng VH-XH xã, phường');
      expect(a[column('Kỳ')]).toBe('2026-10');
      expect(a[column('Tin bài đã gửi')]).toBe(3);
      expect(a[column('Chuyên đề')]).toBe(1);
      expect(a[column('Tin bài đã đăng')]).toBe(2);
      expect(a[column('Báo cáo dư luận đúng hạn - Đạt')]).toBe('Đạt');
      expect(a[column('Tư liệu ảnh/video - Đạt')]).toBe('Chưa đạt');
      expect(rows.filter((row) => row && row.length > 0)).toHaveLength(3);
    });

    it('writes the ranking as CSV in UTF-8 with a BOM and RFC 4180 quoting', async () => {
      const res = await get('/stats/export?table=ranking&format=csv&schoolYear=2026-2027&unitKind=commune-culture', tokens.leader)
        .buffer(true)
        .parse(asBuffer);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
      expect(res.headers['content-disposition']).toContain('xep-hang-thi-dua_2026-2027.csv');
      const bytes = res.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).split('\r\n');
      expect(lines[0]).toBe(
        'Hạng,Đơn vị,Mã,Loại đơn vị,Tin bài đã gửi,Chuyên đề,Tin bài đã đăng,Tư liệu ảnh/video,Báo cáo dư luận đúng hạn,Số kỳ có chỉ tiêu,Số kỳ đạt,Tỉ lệ kỳ đạt'
      );
      expect(lines.at(-1)).toBe('');
      const b = lines.find((line) => line.includes(',XA-B,'))!;
      expect(b).toMatch(/^\d+,"Phòng VH-XH xã ""B"", Điện Biên",XA-B,"Phòng VH-XH xã, phường",1,0,0,0,0,/);
      const c = lines.find((line) => line.includes(',XA-C,'))!;
      expect(c.split(',').slice(5, 10)).toEqual(['20', '0', '0', '0', '0']);
    });
  });
  /**
   * The counters table (stats/counters.ts) against the recount from the facts, after a mix of
   * simultaneous transitions in October 2027 (a school year no test above reads).
   */
  describe('the counters table', () => {
    type Row = { unit_id: number; period_key: string; items_submitted: number; features_submitted: number; items_published: number };
    const normalise = (rows: Row[]) =>
      rows
        .map((row) => ({ ...row, unit_id: Number(row.unit_id), items_submitted: Number(row.items_submitted), features_submitted: Number(row.features_submitted), items_published: Number(row.items_published) }))
        .sort((x, y) => x.unit_id - y.unit_id || x.period_key.localeCompare(y.period_key));
    const table = async () => normalise(await app.strapi.db.connection(COUNTERS_TABLE).select('*'));
    const week = weekKeyOf('2027-10-13');

    beforeAll(async () => {
      const { strapi } = app;
      const desk = await clockDesk(strapi, 'clock-desk-2@test.local');
      const unit = (code: string) => units.get(code)!;
      // Four items of commune B, submitted and approved one by one, to be published all at once.
      const approved: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        const documentId = await desk.item(unit('XA-B'), 'news', `Tin chờ đăng ${i + 1}`);
        await desk.step(documentId, 'submit', vn('2027-10-12T08:00'));
        await desk.step(documentId, 'forward', vn('2027-10-12T09:00'));
        await desk.step(documentId, 'approve', vn('2027-10-12T10:00'));
        approved.push(documentId);
      }
      const news: string[] = [];
      for (let i = 0; i < 14; i += 1) news.push(await desk.item(unit('XA-C'), 'news', `Tin cùng lúc ${i + 1}`));
      const features: string[] = [];
      for (let i = 0; i < 6; i += 1) features.push(await desk.item(unit('XA-A'), 'feature', `Chuyên đề cùng lúc ${i + 1}`));
      // 20 first submissions and 4 publications at the same moment.
      await Promise.all([
        ...[...news, ...features].map((documentId) => desk.step(documentId, 'submit', vn('2027-10-13T09:00'))),
        ...approved.map((documentId) => desk.step(documentId, 'publish', vn('2027-10-13T09:00'))),
      ]);
    });

    it('holds the exact counts after simultaneous transitions, in the week and the month', async () => {
      const rows = await table();
      const of = (code: string, key: string) => rows.find((row) => row.unit_id === ids.get(code) && row.period_key === key);
      for (const key of [week, '2027-10']) {
        expect(of('XA-C', key)).toMatchObject({ items_submitted: 14, features_submitted: 0, items_published: 0 });
        expect(of('XA-A', key)).toMatchObject({ items_submitted: 6, features_submitted: 6, items_published: 0 });
        expect(of('XA-B', key)).toMatchObject({ items_submitted: 4, features_submitted: 0, items_published: 4 });
      }
      const grid = await stats().compliance({ from: '2027-10-01', to: '2027-10-31', granularity: 'month', now: vn('2027-11-10T12:00') });
      expect(cell(grid, 'XA-A', '2027-10', 'features_submitted').count).toBe(6);
      expect(cell(grid, 'XA-B', '2027-10', 'items_published').count).toBe(4);
    });

    it('equals the recount from the facts, row for row', async () => {
      expect(await table()).toEqual(normalise(await recount(app.strapi)));
    });

    it('is rebuilt from the facts at start-up when empty, giving the same grids', async () => {
      const grids = () =>
        Promise.all(
          (['week', 'month'] as const).map((granularity) => stats().compliance({ from: '2026-09-01', to: '2027-12-31', granularity, now: vn('2027-11-10T12:00') }))
        );
      const before = await grids();
      const rows = await table();
      await app.strapi.db.connection(COUNTERS_TABLE).del();
      expect(await table()).toEqual([]);
      await rebuildCountersIfEmpty(app.strapi);
      expect(await table()).toEqual(rows);
      expect(await grids()).toEqual(before);
    });
  });
});
