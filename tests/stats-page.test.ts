import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { newsroomUser } from './harness/workflow';
import { seedReference } from '../src/seed/reference';
import { PRESETS, presetRange, recentMonths, recentSchoolYears, vietnamToday } from '../src/plugins/editorial-workflow/admin/src/pages/stats/dates';
import { filenameFromDisposition, messageFromErrorBody } from '../src/plugins/editorial-workflow/admin/src/pages/stats/download';
import { gridRows } from '../src/plugins/editorial-workflow/admin/src/pages/stats/grid';
import {
  STATS_PATH,
  complianceParams,
  exportParams,
  rankingParams,
  reportStatusParams,
  type GridFilters,
} from '../src/plugins/editorial-workflow/admin/src/pages/stats/query';
import { trendByKind } from '../src/plugins/editorial-workflow/admin/src/pages/stats/trend';
import type { ComplianceGrid } from '../src/plugins/editorial-workflow/admin/src/pages/stats/types';
import { UNIT } from '../src/plugins/editorial-workflow/shared/uids';

/**
 * The statistics page's requests, built by the page's own query modules, against the real stats API:
 * every preset, granularity, school year and month the page offers is accepted, its answers fit the
 * page's data shaping, exports carry a file name, and a bad filter comes back as a readable 400.
 */
describe('statistics page against the stats API', () => {
  let app: TestApp;
  let publisher: string;
  let author: string;
  const today = vietnamToday();

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    const department = await app.strapi.db.query(UNIT).findOne({ where: { code: 'SGD-VP' }, select: ['id'] });
    await app.strapi.db.query(UNIT).create({
      data: { code: 'XA-PAGE', name: 'Phòng Văn hoá - Xã hội xã Thử', kind: 'commune-culture', defaultDepartment: department.id },
    });
    publisher = (await newsroomUser(app, 'page-publisher@test.local', 'publisher', ['SGD-QLCL'])).token;
    author = (await newsroomUser(app, 'page-author@test.local', 'author', ['XA-PAGE'])).token;
  });

  afterAll(() => app?.stop());

  const get = (token: string, endpoint: string, params: string) =>
    request(app.server).get(`${STATS_PATH}/${endpoint}?${params}`).set('Authorization', `Bearer ${token}`);

  const filters = (patch: Partial<GridFilters> = {}): GridFilters => ({
    unitKind: '',
    unit: '',
    ...presetRange('last3Months', today),
    granularity: 'week',
    ...patch,
  });

  it('answers every preset by week and by month with a grid the page can shape', async () => {
    for (const preset of PRESETS) {
      for (const granularity of ['week', 'month'] as const) {
        const res = await get(publisher, 'compliance', complianceParams(filters({ ...presetRange(preset, today), granularity })));
        expect(res.status).toBe(200);
        const grid: ComplianceGrid = res.body.data;
        const rows = gridRows(grid);
        expect(rows.length).toBe(grid.units.length);
        expect(rows.every((row) => row.cells.length === grid.periods.length)).toBe(true);
        expect(grid.units.map(({ unit }) => unit.code)).toEqual(expect.arrayContaining(['SGD-VP', 'XA-PAGE']));
        // Communes have a weekly quota: the trend has a line for them by week.
        const kinds = trendByKind(grid, 'shareMet').series.map((series) => series.kind);
        if (granularity === 'week') expect(kinds).toContain('commune-culture');
      }
    }
  });

  it('narrows to a kind and a unit, and keeps an author to their unit (what the unit picker offers)', async () => {
    const communes = await get(publisher, 'compliance', complianceParams(filters({ unitKind: 'commune-culture' })));
    expect(communes.body.data.units.map(({ unit }: { unit: { code: string } }) => unit.code)).toEqual(['XA-PAGE']);
    const one = await get(publisher, 'compliance', complianceParams(filters({ unit: 'SGD-VP' })));
    expect(one.body.data.units.map(({ unit }: { unit: { code: string } }) => unit.code)).toEqual(['SGD-VP']);
    const own = await get(author, 'compliance', complianceParams(filters()));
    expect(own.status).toBe(200);
    expect(own.body.data.units.map(({ unit }: { unit: { code: string } }) => unit.code)).toEqual(['XA-PAGE']);
  });

  it('answers the school years and months the page’s selectors offer', async () => {
    for (const schoolYear of recentSchoolYears(today, 3)) {
      const res = await get(publisher, 'ranking', rankingParams({ schoolYear, unitKind: '' }));
      expect(res.status).toBe(200);
      expect(res.body.data.schoolYear).toBe(schoolYear);
    }
    for (const month of recentMonths(today, 12)) {
      const res = await get(publisher, 'report-status', reportStatusParams(month));
      expect(res.status).toBe(200);
      expect(res.body.data.units.map(({ unit }: { unit: { code: string } }) => unit.code)).toContain('XA-PAGE');
    }
  });

  it('exports both tables in both formats under the name the server gives', async () => {
    const cases = [
      exportParams('compliance', 'xlsx', filters()),
      exportParams('compliance', 'csv', filters({ granularity: 'month' })),
      exportParams('ranking', 'xlsx', { schoolYear: recentSchoolYears(today, 1)[0], unitKind: 'commune-culture' }),
      exportParams('ranking', 'csv', { schoolYear: recentSchoolYears(today, 1)[0], unitKind: '' }),
    ];
    for (const params of cases) {
      const res = await get(publisher, 'export', params).buffer(true);
      expect(res.status).toBe(200);
      const format = params.includes('format=xlsx') ? 'xlsx' : 'csv';
      const name = filenameFromDisposition(res.headers['content-disposition'], 'fallback');
      expect(name).not.toBe('fallback');
      expect(name.endsWith(`.${format}`)).toBe(true);
    }
  });

  it('gets a Vietnamese message the page can show for a bad filter', async () => {
    const backwards = await get(publisher, 'compliance', complianceParams(filters({ from: '2026-12-15', to: '2026-11-01' })));
    expect(backwards.status).toBe(400);
    expect(messageFromErrorBody(backwards.text)).toMatch(/2026-12-15/);
    const unknown = await get(publisher, 'compliance', complianceParams(filters({ unit: 'KHONG-CO' })));
    expect(unknown.status).toBe(400);
    expect(messageFromErrorBody(unknown.text)).toMatch(/KHONG-CO/);
    const badExport = await get(publisher, 'export', exportParams('ranking', 'csv', { schoolYear: '2026-2028', unitKind: '' }));
    expect(badExport.status).toBe(400);
    expect(messageFromErrorBody(badExport.text)).toBeTruthy();
  });
});
