import request from 'supertest';
import ExcelJS from 'exceljs';
import { startStrapi, type TestApp } from './harness/strapi';
import { contentManager, createDraft } from './harness/http';
import { act, publishThroughWorkflow, newsroomUser } from './harness/workflow';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { createAdminUser, adminLogin } from './harness/admin-client';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { ensurePlanLines } from '../src/seed/plan-lines';
import { PLAN_LINES } from '../src/seed/data/plan-lines';
import { ARTICLE, ITEM_STATE, PLAN_LINE } from '../src/plugins/editorial-workflow/shared/uids';
import { vnDateOf } from '../src/plugins/editorial-workflow/shared/periods';
import type { CoverageLine, CoverageView } from '../src/plugins/editorial-workflow/shared/contracts/plan-coverage';
import {
  LINE_COUNTS_TABLE,
  LINE_ITEMS_TABLE,
  readLineCounts,
  rebuildLineCountsIfEmpty,
  recountLines,
  type LineMonthCount,
} from '../src/plugins/editorial-workflow/server/src/plan-coverage/line-counts';

/** Reads a file download's body as bytes (supertest parses only text and JSON). */
const asBuffer = (response: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
};

const sorted = (rows: LineMonthCount[]) =>
  rows.filter((row) => row.n > 0).sort((a, b) => a.lineId - b.lineId || a.month.localeCompare(b.month));

/**
 * The plan's lines as records and the coverage grid (issue 17 items 1 and 8): the lines seeded from
 * the plan, an author tagging items with lines in the content manager, items published through the
 * real workflow as real logins, retagged after publication, and the counts compared with a
 * recount of the items every time; the HTTP grid, its export and its refusals.
 */
describe('plan lines and the coverage of the plan', () => {
  let app: TestApp;
  let round: RoundFixture;
  let lineIds: Map<string, { id: number; documentId: string }>;
  const now = new Date();
  const year = Number(vnDateOf(now).slice(0, 4));
  const month = Number(vnDateOf(now).slice(5, 7));
  const monthKey = vnDateOf(now).slice(0, 7);
  const get = (path: string, token: string, query: Record<string, unknown> = {}) =>
    request(app.server).get(`/editorial-workflow${path}`).query(query).set({ Authorization: `Bearer ${token}` });
  const line = (view: CoverageView, code: string): CoverageLine =>
    view.sections.flatMap((s) => s.subsections.flatMap((sub) => sub.lines)).find((row) => row.code === code)!;
  const connectLines = (...codes: string[]) => ({ connect: codes.map((code) => ({ documentId: lineIds.get(code)!.documentId })), disconnect: [] });

  async function expectCountsEqualRecount() {
    const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
    const table = await readLineCounts(app.strapi, { months });
    const recount = (await recountLines(app.strapi)).filter((row) => months.includes(row.month));
    expect(sorted(table)).toEqual(sorted(recount));
    return recount;
  }

  /** A tagged item of XA-A created by the author in the content manager, published through the workflow. */
  async function publishTagged(title: string, ...codes: string[]) {
    const draft = await createDraft(app, round.desk.author, { title, unit: round.xaA.documentId, topic: round.topic, planLines: connectLines(...codes) });
    await publishThroughWorkflow(app, round.desk, draft.documentId);
    return draft.documentId;
  }

  beforeAll(async () => {
    app = await startStrapi();
    round = await roundFixture(app);
    const rows: Array<{ id: number; documentId: string; code: string }> = await app.strapi.db.query(PLAN_LINE).findMany({ select: ['id', 'documentId', 'code'] });
    lineIds = new Map(rows.map((row) => [row.code, { id: row.id, documentId: row.documentId }]));
  });

  afterAll(() => app?.stop());

  it('seeds every line of the plan once, under its subsection, with its department and form; a second run creates nothing', async () => {
    expect(lineIds.size).toBe(PLAN_LINES.length);
    const rows: Array<{ code: string; label: string; form: string; topic: { code: string }; department: { code: string } }> = await app.strapi.db
      .query(PLAN_LINE)
      .findMany({ where: { code: { $in: ['III.2.3', 'IX.1.4', 'III.3.4'] } }, populate: { topic: { select: ['code'] }, department: { select: ['code'] } } });
    const byCode = new Map(rows.map((row) => [row.code, row]));
    expect(byCode.get('III.2.3')).toMatchObject({ topic: { code: 'III.2' }, department: { code: 'SGD-GDPT' }, form: 'Tuyến thông tin' });
    expect(byCode.get('III.2.3')!.label).toMatch(/^III\.2\.3 — Tuyến thông tin về kết quả thi học sinh giỏi/);
    expect(byCode.get('IX.1.4')).toMatchObject({ topic: { code: 'IX.1' }, department: { code: 'SGD-QLCL' } });
    expect(byCode.get('III.3.4')!.form).toBe('Tin, bài biểu dương, tôn vinh');
    expect(await ensurePlanLines(app.strapi)).toEqual({ created: 0, kept: PLAN_LINES.length });
    expect(await app.strapi.db.query(PLAN_LINE).count()).toBe(PLAN_LINES.length);
  });

  it('lets an author tag an item with lines in the content manager, and counts it from its first publication on', async () => {
    const documentId = await publishTagged('Học sinh giỏi cấp tỉnh 2026', 'III.2.3', 'IX.1.4');
    const draft = await contentManager(app, round.desk.author).find(ARTICLE, `/${documentId}?populate[planLines][fields][0]=code`);
    expect(draft.status).toBe(200);
    const state = await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: documentId } });
    expect(state.firstPublishedAt).not.toBeNull();
    // A tagged draft not yet published counts nowhere.
    await createDraft(app, round.desk.author, { title: 'Bản nháp có tuyến', unit: round.xaA.documentId, topic: round.topic, planLines: connectLines('III.2.3') });
    await publishTagged('Chuyển đổi số ở trường A', 'IX.1.4');

    const recount = await expectCountsEqualRecount();
    expect(recount).toEqual(
      expect.arrayContaining([
        { lineId: lineIds.get('III.2.3')!.id, month: monthKey, n: 1 },
        { lineId: lineIds.get('IX.1.4')!.id, month: monthKey, n: 2 },
      ])
    );
  });

  it('keeps a taken-down item counted, and moves its count when its author retags it', async () => {
    const documentId = await publishTagged('Tuyển sinh đại học', 'VIII.1.2');
    // Taken down: it was published, it stays counted (first publication), in the table and the recount alike.
    await act(app, round.desk.publisher, documentId, 'unpublish', { comment: 'Cập nhật số liệu' });
    expect(await expectCountsEqualRecount()).toContainEqual({ lineId: lineIds.get('VIII.1.2')!.id, month: monthKey, n: 1 });

    // Its author retags it in the content manager (a new round): VIII.1.2 off, III.1.4 on, at once.
    const retag = await contentManager(app, round.desk.author).update(ARTICLE, documentId, {
      planLines: { connect: [{ documentId: lineIds.get('III.1.4')!.documentId }], disconnect: [{ documentId: lineIds.get('VIII.1.2')!.documentId }] },
    });
    expect(retag.status).toBe(200);
    const recount = await expectCountsEqualRecount();
    expect(recount.find((row) => row.lineId === lineIds.get('VIII.1.2')!.id)).toBeUndefined();
    expect(recount).toContainEqual({ lineId: lineIds.get('III.1.4')!.id, month: monthKey, n: 1 });
  });

  it('rebuilds the counts from the items when the tables are empty (upgrade, bulk load)', async () => {
    const before = await expectCountsEqualRecount();
    await app.strapi.db.connection(LINE_COUNTS_TABLE).del();
    await app.strapi.db.connection(LINE_ITEMS_TABLE).del();
    await rebuildLineCountsIfEmpty(app.strapi);
    expect(sorted(await expectCountsEqualRecount())).toEqual(sorted(before));
    expect(await app.strapi.db.connection(LINE_ITEMS_TABLE).count({ n: '*' })).toEqual([{ n: expect.anything() }]);
  });

  it('answers the grid over HTTP: cells per month, uncovered lines, the quarter shares by section and department', async () => {
    const res = await get('/plan-coverage', round.desk.editor, { year });
    expect(res.status).toBe(200);
    const view: CoverageView = res.body.data;
    expect(view.year).toBe(year);
    expect(view.quarter).toBe(Math.floor((month - 1) / 3) + 1);
    expect(view.sections.map((s) => s.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
    const hsg = line(view, 'III.2.3');
    expect(hsg.months[month - 1]).toBe(1);
    expect(hsg).toMatchObject({ total: 1, uncovered: false, coveredInQuarter: true, department: { name: expect.any(String) } });
    expect(line(view, 'IX.1.4')).toMatchObject({ total: 2, uncovered: false });
    expect(line(view, 'VIII.1.2')).toMatchObject({ total: 0, uncovered: true, coveredInQuarter: false });
    expect(view.totals).toMatchObject({ lines: PLAN_LINES.length, covered: 3, uncovered: PLAN_LINES.length - 3, items: 4 });
    const sectionIII = view.sections.find((s) => s.code === 'III')!;
    const linesOfIII = PLAN_LINES.filter((l) => l.topic.startsWith('III.')).length;
    expect(sectionIII).toMatchObject({ lines: linesOfIII, covered: 2 });
    expect(sectionIII.share).toBeCloseTo(2 / linesOfIII);
    const qlcl = view.byDepartment.find((row) => row.department?.name === 'Phòng Quản lý chất lượng' || row.lines === PLAN_LINES.filter((l) => l.department === 'SGD-QLCL').length && row.covered === 1);
    expect(qlcl).toBeDefined();

    // A past year: its last quarter, nothing covered.
    const past = (await get('/plan-coverage', round.desk.editor, { year: year - 1 })).body.data as CoverageView;
    expect(past).toMatchObject({ quarter: 4, totals: { covered: 0, items: 0, uncovered: PLAN_LINES.length } });

    // One department's lines only, and one line.
    const gdpt = await app.strapi.db.query('api::unit.unit').findOne({ where: { code: 'SGD-GDPT' }, select: ['id'] });
    const mine = (await get('/plan-coverage', round.desk.editor, { year, department: gdpt.id })).body.data as CoverageView;
    const mineLines = mine.sections.flatMap((s) => s.subsections.flatMap((sub) => sub.lines));
    expect(mineLines).toHaveLength(PLAN_LINES.filter((l) => l.department === 'SGD-GDPT').length);
    expect(mine.totals).toMatchObject({ covered: 1, items: 1 }); // III.2.3; III.1.4 is the preschool department's
    const one = (await get('/plan-coverage', round.desk.editor, { year, line: 'IX.1.4' })).body.data as CoverageView;
    expect(one.totals).toMatchObject({ lines: 1, covered: 1, items: 2 });
  });

  it('exports the grid as an xlsx workbook with the same figures', async () => {
    const res = await get('/plan-coverage/export', round.desk.editor, { year }).buffer(true).parse(asBuffer);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as never);
    const grid = workbook.worksheets[0];
    const rows = grid.getSheetValues().filter(Boolean) as unknown[][];
    const hsg = rows.find((row) => row[1] === 'III.2.3')!;
    expect(hsg[4 + month]).toBe(1); // columns: code, text, form, department, then January…
    expect(rows.find((row) => row[1] === 'VIII.1.2')![18]).toBe('Chưa có');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toHaveLength(3);
  });

  it('refuses bad input with a 400 in Vietnamese, and strangers', async () => {
    const token = round.desk.editor;
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ year: 1999 }, /Năm phải là số nguyên từ 2000 đến 2100/],
      [{ year: 2101 }, /Năm phải là số nguyên từ 2000 đến 2100/],
      [{ year: 'năm nay' }, /Năm phải là số nguyên/],
      [{ year, line: 'IX.9.9' }, /Không có tuyến thông tin nào mã IX\.9\.9/],
      [{ year, line: 'abc' }, /không đúng dạng/],
      [{ year, department: 999999 }, /Không có phòng nào của Sở/],
      [{ year, department: round.xaA.id }, /Không có phòng nào của Sở/],
      [{ year, month: 1 }, /Tham số không được hỗ trợ/],
    ];
    for (const [query, message] of cases) {
      for (const path of ['/plan-coverage', '/plan-coverage/export']) {
        const res = await get(path, token, query);
        expect({ path, query, status: res.status }).toEqual({ path, query, status: 400 });
        expect(res.body.error.message).toMatch(message);
      }
    }
    expect((await request(app.server).get('/editorial-workflow/plan-coverage')).status).toBe(401);
    // The Office role alone (network, plan) holds no statistics right.
    const roles = await adminRoleIdsByCode(app.strapi);
    await createAdminUser(app.strapi, { email: 'office-only@test.local', password: 'Newsroom@123', roles: [roles.get('newsroom-office')] });
    const office = await adminLogin(app.server, 'office-only@test.local', 'Newsroom@123');
    expect((await get('/plan-coverage', office, { year })).status).toBe(403);
    // An author reads it (statistics of their own unit).
    const reader = await newsroomUser(app, 'reader@test.local', 'author', ['XA-A']);
    expect((await get('/plan-coverage', reader.token, { year })).status).toBe(200);
  });
});
