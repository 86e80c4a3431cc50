import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { newsroomUser } from './harness/workflow';
import { clockDesk, fileReport, seedStatsReference, vn } from './harness/stats-fixture';
import {
  GRID_SORTS,
  type ComplianceGrid,
  type ComplianceGridPage,
  type GridSort,
} from '../src/plugins/editorial-workflow/shared/contracts/stats';
import { trendByKind } from '../src/plugins/editorial-workflow/shared/stats-trend';
import { COUNTERS_TABLE } from '../src/plugins/editorial-workflow/server/src/stats/counters';
import { UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';

/**
 * The compliance grid over HTTP, one page of units at a time: pages partition the units in every
 * sort, the order holds across pages, a page's figures are the whole grid's, the export stays whole,
 * the scope is unchanged, and bad paging parameters are 400s in Vietnamese.
 */
describe('statistics: the compliance grid, paged and sorted on the server', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  const stats = () => getService(app.strapi, 'stats');
  const RANGE = 'from=2026-10-01&to=2026-10-31&granularity=week';
  const get = (path: string, token: string) => request(app.server).get(`/editorial-workflow${path}`).set({ Authorization: `Bearer ${token}` });
  let whole: ComplianceGrid;

  /** Every page of a sort, walked with `pageSize`. */
  async function walk(token: string, sort: GridSort, pageSize: number, extra = ''): Promise<ComplianceGridPage[]> {
    const pages: ComplianceGridPage[] = [];
    for (let page = 1; ; page += 1) {
      const res = await get(`/stats/compliance?${RANGE}&sort=${sort}&page=${page}&pageSize=${pageSize}${extra}`, token);
      expect(res.status).toBe(200);
      pages.push(res.body.data);
      if (page >= res.body.data.pagination.pageCount) return pages;
    }
  }

  beforeAll(async () => {
    app = await startStrapi();
    const { strapi } = app;
    const units = await seedStatsReference(strapi);
    const desk = await clockDesk(strapi, 'paging-desk@test.local');
    // Different totals per unit, for the sorts by a metric: A 3 submitted (1 published), TH-D 2, B 1, E 1.
    const submissions: Array<[string, string]> = [
      ['XA-A', '2026-10-05T08:00'], ['XA-A', '2026-10-12T08:00'], ['XA-A', '2026-10-20T08:00'],
      ['TH-D', '2026-10-06T08:00'], ['TH-D', '2026-10-13T08:00'],
      ['XA-B', '2026-10-07T08:00'],
      ['LT-E', '2026-10-08T08:00'],
    ];
    const submitted: string[] = [];
    for (const [code, at] of submissions) {
      const item = await desk.item(units.get(code)!, 'news', `Tin ${code} ${at}`);
      await desk.step(item, 'submit', vn(at));
      submitted.push(item);
    }
    await desk.publish(submitted[0], { forward: vn('2026-10-05T09:00'), approve: vn('2026-10-05T10:00'), publish: vn('2026-10-05T11:00') });
    await fileReport(strapi, units.get('XA-A')!, '2026-10', vn('2026-10-10T08:00'));

    tokens.publisher = (await newsroomUser(app, 'paging-publisher@test.local', 'publisher', ['SGD-QLCL'])).token;
    tokens.editorVp = (await newsroomUser(app, 'paging-editor@test.local', 'editor', ['SGD-VP'])).token;
    whole = await stats().compliance({ from: '2026-10-01', to: '2026-10-31', granularity: 'week' });
  });

  afterAll(() => app?.stop());

  const codes = (pages: ComplianceGridPage[]) => pages.flatMap((page) => page.units.map(({ unit }) => unit.code));
  const totalOf = (code: string, metric: 'items_submitted' | 'items_published') => {
    const row = whole.units.find(({ unit }) => unit.code === code)!;
    return Object.values(row.periods).reduce((sum, period) => sum + period.metrics[metric].count, 0);
  };

  it('pages 50 units by default and says where the page sits', async () => {
    const res = await get(`/stats/compliance?${RANGE}`, tokens.publisher);
    expect(res.status).toBe(200);
    const all = await app.strapi.db.query(UNIT).count({ where: { active: true } });
    expect(res.body.data.pagination).toEqual({ page: 1, pageSize: 50, total: all, pageCount: Math.ceil(all / 50) });
    expect(res.body.data.sort).toBe('kind');
    expect(res.body.data.units).toHaveLength(Math.min(50, all));
  });

  it('partitions the units into pages with no overlap and no gap, in every sort', async () => {
    const everyUnit = whole.units.map(({ unit }) => unit.code).sort();
    expect(everyUnit.length).toBeGreaterThan(8);
    for (const sort of GRID_SORTS) {
      const pages = await walk(tokens.publisher, sort, 4);
      const seen = codes(pages);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual(everyUnit);
      pages.forEach((page, index) => {
        expect(page.pagination).toEqual({ page: index + 1, pageSize: 4, total: everyUnit.length, pageCount: Math.ceil(everyUnit.length / 4) });
        expect(page.units.length).toBe(index + 1 < pages.length ? 4 : everyUnit.length - 4 * index);
        expect(page.sort).toBe(sort);
      });
    }
  });

  it('keeps the order across pages: by kind (the whole grid’s order), name, code and a metric’s total', async () => {
    expect(codes(await walk(tokens.publisher, 'kind', 3))).toEqual(whole.units.map(({ unit }) => unit.code));
    const names = new Intl.Collator('vi');
    const byName = (await walk(tokens.publisher, 'name', 3)).flatMap((page) => page.units.map(({ unit }) => unit));
    for (let i = 1; i < byName.length; i += 1) expect(names.compare(byName[i - 1].name, byName[i].name)).toBeLessThanOrEqual(0);
    const byNameDown = (await walk(tokens.publisher, '-name', 3)).flatMap((page) => page.units.map(({ unit }) => unit));
    for (let i = 1; i < byNameDown.length; i += 1) expect(names.compare(byNameDown[i - 1].name, byNameDown[i].name)).toBeGreaterThanOrEqual(0);
    const byCode = codes(await walk(tokens.publisher, 'code', 3));
    expect(byCode).toEqual([...byCode].sort((a, b) => a.localeCompare(b)));
    expect(codes(await walk(tokens.publisher, '-code', 3))).toEqual([...byCode].reverse());

    // Most items submitted first; ties by code. The first page holds the largest totals of all units.
    const busiest = codes(await walk(tokens.publisher, '-itemsSubmitted', 2));
    const totals = busiest.map((code) => totalOf(code, 'items_submitted'));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(busiest.slice(0, 4)).toEqual(['XA-A', 'TH-D', 'LT-E', 'XA-B']);
    const quietest = codes(await walk(tokens.publisher, 'itemsSubmitted', 2));
    expect(quietest.slice(-2)).toEqual(['TH-D', 'XA-A']);
    const published = codes(await walk(tokens.publisher, '-itemsPublished', 2));
    expect(published[0]).toBe('XA-A');
    const publishedTotals = published.map((code) => totalOf(code, 'items_published'));
    expect(publishedTotals).toEqual([...publishedTotals].sort((a, b) => b - a));
  });

  it('gives on a page the same figures as the whole grid for the same unit', async () => {
    const rows = new Map(whole.units.map((row) => [row.unit.code, row]));
    for (const page of await walk(tokens.publisher, '-itemsSubmitted', 3)) {
      expect(page.periods).toEqual(whole.periods);
      expect(page.metrics).toEqual(whole.metrics);
      for (const row of page.units) expect(row).toEqual(rows.get(row.unit.code));
    }
    expect(rows.get('XA-A')!.periods['2026-W42'].metrics.items_submitted.count).toBe(1);
  });

  it('reads the counters of the page’s units only', async () => {
    const first = await get(`/stats/compliance?${RANGE}&sort=code&pageSize=3`, tokens.publisher);
    const pageIds = new Set<number>(first.body.data.units.map(({ unit }: { unit: { id: number } }) => unit.id));
    const counterReads: Array<{ sql: string; bindings: unknown[] }> = [];
    const listen = (query: { sql: string; bindings?: unknown[] }) => {
      if (query.sql.includes(COUNTERS_TABLE)) counterReads.push({ sql: query.sql, bindings: query.bindings ?? [] });
    };
    app.strapi.db.connection.on('query', listen);
    try {
      expect((await get(`/stats/compliance?${RANGE}&sort=code&pageSize=3`, tokens.publisher)).status).toBe(200);
    } finally {
      app.strapi.db.connection.removeListener('query', listen);
    }
    expect(counterReads).toHaveLength(1);
    const unitBindings = counterReads[0].bindings.filter((value) => typeof value === 'number');
    expect(new Set(unitBindings)).toEqual(pageIds);
  });

  it('exports every unit, not one page, in the order asked for', async () => {
    const res = await get(`/stats/export?table=compliance&format=csv&${RANGE}&sort=-code`, tokens.publisher);
    expect(res.status).toBe(200);
    const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    // The code is the second field; a name may be quoted and hold commas.
    const exported = [...new Set(lines.map((line) => /^(?:"(?:[^"]|"")*"|[^,]*),([^,]*)/.exec(line)![1]))];
    const everyUnit = whole.units.map(({ unit }) => unit.code);
    expect(lines).toHaveLength(everyUnit.length * whole.periods.length);
    expect(exported).toEqual([...everyUnit].sort((a, b) => b.localeCompare(a)));
  });

  it('keeps the scope: an editor pages through their units only, and a unit outside is a 403', async () => {
    const scoped = codes(await walk(tokens.editorVp, 'name', 2));
    expect(new Set(scoped).size).toBe(scoped.length);
    expect(scoped).toEqual(expect.arrayContaining(['SGD-VP', 'XA-A', 'XA-B', 'XA-C']));
    expect(scoped).not.toContain('TH-D');
    expect(scoped).not.toContain('LT-E');
    const outside = await get(`/stats/compliance?${RANGE}&unit=LT-E&page=1&pageSize=10`, tokens.editorVp);
    expect(outside.status).toBe(403);
    const one = await get(`/stats/compliance?${RANGE}&unit=XA-A&sort=-itemsSubmitted`, tokens.editorVp);
    expect(one.body.data.pagination).toEqual({ page: 1, pageSize: 50, total: 1, pageCount: 1 });
  });

  it('gives the trend by unit kind over every unit, not one page, in the caller’s scope', async () => {
    const res = await get(`/stats/trend?${RANGE}`, tokens.publisher);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      granularity: 'week',
      periods: whole.periods.map((period) => period.key),
      shareMet: trendByKind(whole, 'shareMet').series,
      itemsSubmitted: trendByKind(whole, 'itemsSubmitted').series,
    });
    const submittedByKind = Object.fromEntries(res.body.data.itemsSubmitted.map((series: { kind: string; values: number[] }) => [series.kind, series.values.reduce((a, b) => a + b, 0)]));
    expect(submittedByKind).toMatchObject({ 'commune-culture': 4, school: 2, affiliated: 1 });
    expect((await get(`/stats/trend?${RANGE}&unit=LT-E`, tokens.editorVp)).status).toBe(403);
    const paged = await get(`/stats/trend?${RANGE}&page=2`, tokens.publisher);
    expect(paged.status).toBe(400);
    expect(paged.body.error.message).toMatch(/Tham số không được hỗ trợ: page/);
  });

  it('answers a page past the end with no units and the true count', async () => {
    const res = await get(`/stats/compliance?${RANGE}&page=99&pageSize=10`, tokens.publisher);
    expect(res.status).toBe(200);
    expect(res.body.data.units).toEqual([]);
    expect(res.body.data.pagination.total).toBe(whole.units.length);
  });

  it.each([
    ['page=0', /page phải ≥ 1/],
    ['page=-2', /page phải ≥ 1/],
    ['page=abc', /page phải là số nguyên/],
    ['page=1.5', /page phải là số nguyên/],
    ['pageSize=1000', /pageSize tối đa 100/],
    ['pageSize=0', /pageSize phải là số nguyên từ 1 đến 100/],
    ['sort=shareMet', /sort phải là một trong/],
    ['sort=name;drop', /sort phải là một trong/],
    ['limit=5', /Tham số không được hỗ trợ: limit/],
    ['page[$gt]=1', /giá trị đơn/],
  ])('refuses %s with a 400 in Vietnamese', async (param, message) => {
    const res = await get(`/stats/compliance?${RANGE}&${param}`, tokens.publisher);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('refuses a page on the export, which is always the whole table', async () => {
    const res = await get(`/stats/export?table=compliance&format=csv&${RANGE}&page=2`, tokens.publisher);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Tham số không được hỗ trợ: page/);
    const badSort = await get(`/stats/export?table=compliance&format=csv&${RANGE}&sort=rank`, tokens.publisher);
    expect(badSort.status).toBe(400);
    expect(badSort.body.error.message).toMatch(/sort phải là một trong/);
  });
});
