import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';
import request from 'supertest';
import JSZip from 'jszip';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminWithRole, clockDesk, fileReport, seedStatsReference, vn } from './harness/stats-fixture';
import { newsroomUser } from './harness/workflow';
import { runCliCommand } from './harness/cli-command';
import { adminLogin, createAdminUser } from './harness/admin-client';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { DEFAULT_QUOTAS } from '../src/seed/data/quotas';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { placeDateLine } from '../src/plugins/editorial-workflow/server/src/reports/document';
import { reportPeriodOf } from '../src/plugins/editorial-workflow/server/src/reports/period';
import { periodsCovering, vnDateOf } from '../src/plugins/editorial-workflow/shared/periods';
import type { ReportFigures } from '../src/plugins/editorial-workflow/shared/contracts/reports';
import { CONCERN, JOB_RUN, NOTIFICATION, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { UNIT_KIND_LABELS, type UnitKind } from '../src/plugins/editorial-workflow/shared/contracts/stats';

/**
 * The periodic reports (issue 19, item 3): the figures of every table equal a recount over the
 * fixture below (written as data, counted here by hand from it and the plan's quotas), the Word
 * document is read back (its XML: the header lines, the title, the tables, Vietnamese in NFC), the
 * PDF's text is extracted with pdftotext with its diacritics, the scope and bad input are refused
 * in Vietnamese, and the monthly e-mail runs once (on SQLite here; two processes on PostgreSQL in
 * tests/report-email-once.test.ts).
 */

type Item = { key: string; unit: string; kind: 'news' | 'article' | 'feature'; topics: string[]; submit: string; publish?: string; unpublish?: string };

const ITEMS: Item[] = [
  { key: 'a1', unit: 'XA-A', kind: 'news', topics: ['I.1'], submit: '2026-11-02T09:00', publish: '2026-11-04T09:00' },
  { key: 'a2', unit: 'XA-A', kind: 'feature', topics: ['III.1', 'I.2'], submit: '2026-11-05T09:00', publish: '2026-11-06T10:00' },
  { key: 'a3', unit: 'XA-A', kind: 'news', topics: [], submit: '2026-11-10T09:00' },
  { key: 'b1', unit: 'TH-D', kind: 'news', topics: [], submit: '2026-11-03T09:00', publish: '2026-11-05T09:00', unpublish: '2026-11-20T09:00' },
  { key: 'c1', unit: 'LT-E', kind: 'feature', topics: ['II.1'], submit: '2026-10-10T09:00', publish: '2026-10-12T09:00' },
  { key: 'd1', unit: 'SGD-VP', kind: 'feature', topics: ['I.1', 'I.2'], submit: '2026-11-12T09:00', publish: '2026-11-13T09:00' },
];
const REPORTS = [
  { unit: 'XA-A', period: '2026-11', at: '2026-11-10T09:00' },
  { unit: 'XA-B', period: '2026-11', at: '2026-11-25T09:00' },
  { unit: 'LT-E', period: '2026-10', at: '2026-10-05T09:00' },
];
const TAKEDOWN_REASON = 'Sai số liệu tuyển sinh đầu năm';

const monthOf = (local: string) => local.slice(0, 7);

interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: string;
}

/** The recount: from the fixture's data and the plan's default quotas, never through the app's code. */
function recount(units: UnitRow[], periodKey: string, today: string) {
  const period = reportPeriodOf(periodKey)!;
  const until = period.to < today ? period.to : today;
  const months = periodsCovering(period.from, until, 'month').map((month) => month.key);
  const inPeriod = (local?: string) => Boolean(local) && months.includes(monthOf(local!)) && local!.slice(0, 10) <= until;
  const policy = (kind: string, metric: string) => DEFAULT_QUOTAS.find((q) => q.unitKind === kind && q.metric === metric && q.period === 'month' && q.minimum > 0);
  const onTime = (r: (typeof REPORTS)[number]) => r.at.slice(0, 10) < `${r.period}-20`;

  const kinds = new Map<string, { units: number; submitted: number; features: number; published: number; onTime: number }>();
  const met: string[] = [];
  const missed: string[] = [];
  for (const unit of units) {
    const entry = kinds.get(unit.kind) ?? { units: 0, submitted: 0, features: 0, published: 0, onTime: 0 };
    const items = ITEMS.filter((item) => item.unit === unit.code);
    entry.units += 1;
    entry.submitted += items.filter((item) => inPeriod(item.submit)).length;
    entry.features += items.filter((item) => item.kind === 'feature' && inPeriod(item.submit)).length;
    entry.published += items.filter((item) => inPeriod(item.publish)).length;
    entry.onTime += REPORTS.filter((r) => r.unit === unit.code && months.includes(r.period) && onTime(r)).length;
    kinds.set(unit.kind, entry);
    let judged = 0;
    let good = 0;
    for (const month of months) {
      const verdicts: boolean[] = [];
      const count = {
        items_submitted: items.filter((item) => monthOf(item.submit) === month).length,
        features_submitted: items.filter((item) => item.kind === 'feature' && monthOf(item.submit) === month).length,
        items_published: items.filter((item) => item.publish && monthOf(item.publish) === month).length,
        media_assets: 0,
        opinion_report_on_time: REPORTS.filter((r) => r.unit === unit.code && r.period === month && onTime(r)).length,
      };
      for (const [metric, n] of Object.entries(count)) {
        const quota = policy(unit.kind, metric);
        if (!quota) continue;
        // A month's report not filed yet, before its due day, is not missing yet.
        const filed = REPORTS.some((r) => r.unit === unit.code && r.period === month);
        if (metric === 'opinion_report_on_time' && !filed && today < `${month}-20`) continue;
        verdicts.push(n >= quota.minimum);
      }
      if (verdicts.length === 0) continue;
      judged += 1;
      if (verdicts.every(Boolean)) good += 1;
    }
    if (judged > 0) (good === judged ? met : missed).push(unit.code);
  }

  // Sections: items first published in the period, each counted once per section of its topics.
  const codes = new Set(units.map((unit) => unit.code));
  const scoped = ITEMS.filter((item) => codes.has(item.unit));
  const sections = new Map<string | null, number>();
  for (const item of scoped.filter((i) => inPeriod(i.publish))) {
    const codes = new Set(item.topics.map((code) => code.split('.')[0]));
    if (codes.size === 0) codes.add(null as unknown as string);
    for (const code of codes) sections.set(code, (sections.get(code) ?? 0) + 1);
  }

  // Opinion reports: the units whose quota asks for one, per month.
  const asked = units.filter((unit) => policy(unit.kind, 'opinion_report_on_time'));
  const reports = months.map((month) => {
    const status = asked.map((unit) => {
      const filed = REPORTS.find((r) => r.unit === unit.code && r.period === month);
      return !filed ? 'missing' : onTime(filed) ? 'on_time' : 'late';
    });
    return { month, onTime: status.filter((s) => s === 'on_time').length, late: status.filter((s) => s === 'late').length, missing: status.filter((s) => s === 'missing').length };
  });

  const takedowns = scoped.filter((item) => inPeriod(item.unpublish)).map((item) => item.key);
  return { kinds, met: met.sort(), missed: missed.sort(), sections, reports, takedowns, published: scoped.filter((i) => inPeriod(i.publish)).length };
}

/** The text of each table of a Word document: rows of cells, each cell its runs' text. */
function tablesOf(xml: string): string[][][] {
  const text = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'");
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...table[1].matchAll(/<w:tr[\s>][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => text(cell[1])))
  );
}

describe('periodic reports (Word and PDF)', () => {
  let app: TestApp;
  let leader: string;
  let author: string;
  let office: string;
  let units: UnitRow[];
  const today = vnDateOf(new Date());
  const get = (token: string, route: string, query: Record<string, string> = {}) =>
    request(app.server).get(`/editorial-workflow/reports/${route}`).query(query).set('Authorization', `Bearer ${token}`);
  const binary = (token: string, query: Record<string, string>) =>
    get(token, 'file', query)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  beforeAll(async () => {
    app = await startStrapi();
    const ids = await seedStatsReference(app.strapi);
    const desk = await clockDesk(app.strapi, 'reports-desk@test.local');
    const topics: Array<{ code: string; documentId: string }> = await app.strapi.db.query(TOPIC).findMany({ select: ['code', 'documentId'] });
    const topicId = new Map(topics.map((topic) => [topic.code, topic.documentId]));
    for (const item of ITEMS) {
      const documentId = await desk.item(ids.get(item.unit)!, item.kind, `Tin ${item.key}: Học sinh Điện Biên đạt giải`);
      if (item.topics.length > 0) {
        await app.strapi.documents('api::article.article').update({ documentId, data: { topics: item.topics.map((code) => topicId.get(code)!) } as never });
      }
      await desk.step(documentId, 'submit', vn(item.submit));
      if (!item.publish) continue;
      const at = vn(item.publish);
      await desk.publish(documentId, { forward: new Date(at.getTime() - 3 * 3600_000), approve: new Date(at.getTime() - 3600_000), publish: at });
      if (item.unpublish) await desk.step(documentId, 'unpublish', vn(item.unpublish), { comment: TAKEDOWN_REASON, reasonCategory: 'facts' });
    }
    for (const report of REPORTS) await fileReport(app.strapi, ids.get(report.unit)!, report.period, vn(report.at));
    units = (await app.strapi.db.query(UNIT).findMany({ where: { active: true }, select: ['id', 'code', 'name', 'kind'] })) as UnitRow[];
    // The opinion desk (concerns/): in November TH-D's incident routed to Phòng GDPT and XA-A's watch; in October XA-C's crisis.
    const unitId = (code: string) => units.find((unit) => unit.code === code)!.id;
    const gdpt = (await app.strapi.db.query(UNIT).findOne({ where: { code: 'SGD-GDPT' }, select: ['id'] })).id;
    for (const [code, title, severity, status, at, departmentId] of [
      ['TH-D', 'Clip học sinh xô xát lan truyền trên mạng', 'incident', 'in-progress', '2026-11-12T15:00', gdpt],
      ['XA-A', 'Phụ huynh hỏi về khoản thu đầu năm', 'watch', 'new', '2026-11-03T09:00', null],
      ['XA-C', 'Tin đồn đóng cửa điểm trường', 'crisis', 'closed', '2026-10-28T10:00', null],
    ] as const) {
      await app.strapi.db.query(CONCERN).create({
        data: { title, description: 'Theo dõi.', channel: 'social-network', kind: 'current', severity, status, firstSeenAt: vn(at), severitySince: vn(at), filingUnitId: unitId(code), departmentId, filerId: 1, filerName: 'Người báo', createdAt: vn(at) },
      });
    }

    leader = await adminWithRole(app, 'lanh-dao@test.local', 'newsroom-leader');
    author = (await newsroomUser(app, 'ctv-xa-a@test.local', 'author', ['XA-A'])).token;
    const roles = await adminRoleIdsByCode(app.strapi);
    await createAdminUser(app.strapi, { email: 'van-phong@test.local', password: 'Newsroom@123', roles: [roles.get('newsroom-office')] });
    office = await adminLogin(app.server, 'van-phong@test.local', 'Newsroom@123');
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
  });

  function expectFiguresToEqualRecount(figures: ReportFigures, scopeUnits: UnitRow[], key: string) {
    const expected = recount(scopeUnits, key, today);
    const kinds = Object.fromEntries(figures.kinds.map((k) => [k.kind, { units: k.units, submitted: k.itemsSubmitted, features: k.featuresSubmitted, published: k.itemsPublished, onTime: k.reportsOnTime }]));
    expect(kinds).toEqual(Object.fromEntries(expected.kinds));
    expect(figures.total.itemsPublished).toBe(expected.published);
    expect(figures.quotas.met.map((row) => row.unit.code).sort()).toEqual(expected.met);
    expect(figures.quotas.missed.map((row) => row.unit.code).sort()).toEqual(expected.missed);
    expect(Object.fromEntries(figures.sections.filter((s) => s.items > 0).map((s) => [s.code ?? 'none', s.items]))).toEqual(
      Object.fromEntries([...expected.sections].map(([code, n]) => [code ?? 'none', n]))
    );
    expect(figures.opinionReports.map(({ month, onTime, late, missing }) => ({ month, onTime, late, missing }))).toEqual(expected.reports);
    expect(figures.takedowns.length).toBe(expected.takedowns.length);
    return expected;
  }

  it('gives the leadership every unit, and each table equals the recount (month, quarter, semester, school year)', async () => {
    for (const key of ['2026-11', '2026-Q4', '2026-2027-HK1', '2026-2027']) {
      const res = await get(leader, 'figures', { period: key });
      expect(res.status).toBe(200);
      const figures = res.body.data as ReportFigures;
      expect(figures.wholeProvince).toBe(true);
      expectFiguresToEqualRecount(figures, units, key);
    }
    const november = (await get(leader, 'figures', { period: '2026-11' })).body.data as ReportFigures;
    expect(november.takedowns).toEqual([
      { at: '2026-11-20 09:00', title: 'Tin b1: Học sinh Điện Biên đạt giải', unit: 'Trường Tiểu học D', category: 'Sai thông tin, số liệu', reason: TAKEDOWN_REASON },
    ]);
    expect(november.concerns).toEqual({
      entered: 2,
      bySeverity: [
        { severity: 'Theo dõi', count: 1 },
        { severity: 'Cần xử lý', count: 0 },
        { severity: 'Sự cố', count: 1 },
        { severity: 'Khủng hoảng', count: 0 },
      ],
      incidents: [
        { at: '2026-11-12 15:00', title: 'Clip học sinh xô xát lan truyền trên mạng', unit: 'Trường Tiểu học D', department: 'Phòng Giáo dục Phổ thông', severity: 'Sự cố', status: 'Đang xử lý' },
      ],
    });
    expect(november.period).toEqual(expect.objectContaining({ from: '2026-11-01', to: '2026-11-30', until: '2026-11-30', label: 'tháng 11 năm 2026' }));
  });

  it('gives anyone else their own units only', async () => {
    const res = await get(author, 'figures', { period: '2026-11' });
    expect(res.status).toBe(200);
    const figures = res.body.data as ReportFigures;
    expect(figures.wholeProvince).toBe(false);
    const mine = units.filter((unit) => unit.code === 'XA-A');
    expectFiguresToEqualRecount(figures, mine, '2026-11');
    expect(figures.takedowns).toEqual([]);
    // XA-A's own concern only, not TH-D's incident.
    expect(figures.concerns).toMatchObject({ entered: 1, incidents: [] });
    // The Word document of an author says the same, and names no other unit.
    const docx = await binary(author, { period: '2026-11', format: 'docx' });
    expect(docx.status).toBe(200);
    const xml = await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Phòng VH-XH xã A');
    expect(xml).not.toContain('Trường Tiểu học D');
  });

  it('writes the Word document in the administrative layout, its tables equal to the recount, in NFC', async () => {
    const res = await binary(leader, { period: '2026-11', format: 'docx' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('bao-cao-thang_2026-11.docx');
    const xml = await (await JSZip.loadAsync(res.body as Buffer)).file('word/document.xml')!.async('string');
    expect(xml).toBe(xml.normalize('NFC'));
    for (const line of [
      'UBND TỈNH ĐIỆN BIÊN',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '/BC-SGDĐT',
      placeDateLine('Điện Biên', today),
      'BÁO CÁO',
      'Kết quả thông tin, tuyên truyền tháng 11 năm 2026',
      'I. TỔNG HỢP SỐ LIỆU THEO LOẠI ĐƠN VỊ',
      'VI. TIN BÀI BỊ GỠ',
      'Nơi nhận:',
      'Bộ GDĐT (b/c);',
      'Ban Tuyên giáo Tỉnh ủy (b/c);',
      'KT. GIÁM ĐỐC',
    ]) {
      expect({ line, found: xml.includes(line) }).toEqual({ line, found: true });
    }
    expect(xml).toContain('Times New Roman');

    const expected = recount(units, '2026-11', today);
    const tables = tablesOf(xml);
    // The header, the kinds, the units missing, the units meeting (none here: see below), the sections, the reports, the takedowns, the signature.
    const kindTable = tables.find((table) => table[0]?.[1] === 'Loại đơn vị' && table[0]?.[2] === 'Số đơn vị')!;
    const kindRows = Object.fromEntries(kindTable.slice(1, -1).map((row) => [row[1], row.slice(2).map(Number)]));
    const expectedKinds = Object.fromEntries(
      [...expected.kinds].map(([kind, k]) => [UNIT_KIND_LABELS[kind as UnitKind], [k.units, k.submitted, k.features, k.published, 0, k.onTime]])
    );
    expect(kindRows).toEqual(expectedKinds);
    expect(kindTable[kindTable.length - 1][1]).toBe('Tổng cộng');
    const missedTable = tables.find((table) => table[0]?.[4] === 'Chỉ tiêu chưa đạt')!;
    expect(missedTable.slice(1).map((row) => row[1]).sort()).toEqual(units.filter((u) => expected.missed.includes(u.code)).map((u) => u.name).sort());
    const sectionTable = tables.find((table) => table[0]?.[0] === 'Mục')!;
    const sectionRows = Object.fromEntries(sectionTable.slice(1, -1).filter((row) => row[2] !== '0').map((row) => [row[0] || 'none', Number(row[2])]));
    expect(sectionRows).toEqual(Object.fromEntries([...expected.sections].map(([code, n]) => [code ?? 'none', n])));
    const reportTable = tables.find((table) => table[0]?.[0] === 'Tháng' && table[0]?.[2] === 'Đúng hạn')!;
    expect(reportTable.slice(1).map((row) => row.slice(2).map(Number))).toEqual(expected.reports.map((r) => [r.onTime, r.late, r.missing]));
    const takedownTable = tables.find((table) => table[0]?.[5] === 'Lý do')!;
    expect(takedownTable.slice(1)).toEqual([['1', '20/11/2026 09:00', 'Tin b1: Học sinh Điện Biên đạt giải', 'Trường Tiểu học D', 'Sai thông tin, số liệu', TAKEDOWN_REASON]]);
    expect(xml).toContain('V. VẤN ĐỀ DƯ LUẬN, SỰ CỐ TRUYỀN THÔNG');
    expect(xml).toContain('Trong kỳ có 2 vấn đề dư luận được đưa vào sổ theo dõi (theo mức độ hiện tại: theo dõi 1, cần xử lý 0, sự cố 1, khủng hoảng 0).');
    const incidentTable = tables.find((table) => table[0]?.[2] === 'Vấn đề')!;
    expect(incidentTable.slice(1)).toEqual([['1', '12/11/2026 15:00', 'Clip học sinh xô xát lan truyền trên mạng', 'Trường Tiểu học D', 'Phòng Giáo dục Phổ thông', 'Sự cố', 'Đang xử lý']]);
  });

  it('prints the PDF with its Vietnamese text and an embedded font (pdftotext, pdffonts)', async () => {
    const res = await binary(leader, { period: '2026-11', format: 'pdf' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-pdf-'));
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, res.body as Buffer);
    // A table cell may wrap a long text over two lines: words are compared with single spaces.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
    for (const line of [
      'UBND TỈNH ĐIỆN BIÊN',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      placeDateLine('Điện Biên', today),
      'Kết quả thông tin, tuyên truyền tháng 11 năm 2026',
      'TIN BÀI ĐÃ ĐĂNG THEO MỤC CỦA KẾ HOẠCH',
      'Nơi nhận:',
      'Ban Tuyên giáo Tỉnh ủy (b/c);',
      TAKEDOWN_REASON,
    ]) {
      expect({ line, found: text.includes(line) }).toEqual({ line, found: true });
    }
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    const tinos = fonts.split('\n').filter((row) => row.includes('Tinos'));
    expect(tinos.length).toBeGreaterThan(0);
    for (const row of tinos) expect(row).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, with its Unicode map
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('refuses a bad period, a period not begun, a bad format or parameter with a 400 in Vietnamese, and outsiders', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ period: '2026-13', format: 'docx' }, /Kỳ báo cáo "2026-13" không hợp lệ/],
      [{ period: 'tháng 11', format: 'docx' }, /không hợp lệ/],
      [{ period: '2027-01', format: 'docx' }, /chưa bắt đầu/],
      [{ period: '2099-Q1', format: 'pdf' }, /chưa bắt đầu/],
      [{ period: '2027-2028', format: 'docx' }, /chưa bắt đầu/],
      [{ period: '2026-2028', format: 'docx' }, /không hợp lệ/],
      [{ period: '2019-05', format: 'docx' }, /trước năm 2020/],
      [{ format: 'docx' }, /Thiếu kỳ báo cáo/],
      [{ period: '2026-11', format: 'xlsx' }, /format phải là một trong: docx, pdf/],
      [{ period: '2026-11' }, /Thiếu định dạng/],
      [{ period: '2026-11', format: 'docx', unit: 'XA-A' }, /Tham số không được hỗ trợ: unit/],
    ];
    for (const [query, message] of cases) {
      const res = await get(leader, 'file', query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.error.message).toMatch(message);
    }
    const nested = await request(app.server).get('/editorial-workflow/reports/figures?period[a]=1').set('Authorization', `Bearer ${leader}`);
    expect(nested.status).toBe(400);
    expect((await get(leader, 'figures', { period: '2026-11', format: 'docx' })).status).toBe(400);
    expect((await request(app.server).get('/editorial-workflow/reports/file').query({ period: '2026-11', format: 'docx' })).status).toBe(401);
    expect((await get(office, 'file', { period: '2026-11', format: 'docx' })).status).toBe(403);
    expect((await get(office, 'figures', { period: '2026-11' })).status).toBe(403);
  });

  it('says in Vietnamese that the PDF needs Chromium when the machine has none, and the Word document still works', async () => {
    const before = process.env.REPORT_CHROMIUM_PATH;
    process.env.REPORT_CHROMIUM_PATH = '/khong/co/chromium';
    try {
      const res = await get(leader, 'file', { period: '2026-11', format: 'pdf' });
      expect(res.status).toBe(503);
      expect(res.body.error.message).toMatch(/chưa cài Chromium/);
      expect((await binary(leader, { period: '2026-11', format: 'docx' })).status).toBe(200);
    } finally {
      if (before === undefined) delete process.env.REPORT_CHROMIUM_PATH;
      else process.env.REPORT_CHROMIUM_PATH = before;
    }
  });

  it('writes the report from the command line (npm run report -- --month 2026-11) and says where; refuses a bad period in Vietnamese', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'report-cli-'));
    const made = await runCliCommand('report', ['--month', '2026-11', '--out', out]);
    expect(made.code).toBe(0);
    const docxPath = path.join(out, 'bao-cao-thang_2026-11.docx');
    const pdfPath = path.join(out, 'bao-cao-thang_2026-11.pdf');
    expect(made.stdout).toContain(docxPath);
    expect(made.stdout).toContain(pdfPath);
    expect(fs.readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    // The whole province, as the leadership's download: the same kinds table.
    const xml = await (await JSZip.loadAsync(fs.readFileSync(docxPath))).file('word/document.xml')!.async('string');
    const kindTable = tablesOf(xml).find((table) => table[0]?.[2] === 'Số đơn vị')!;
    const expected = recount(units, '2026-11', today);
    expect(Object.fromEntries(kindTable.slice(1, -1).map((row) => [row[1], Number(row[3])]))).toEqual(
      Object.fromEntries([...expected.kinds].map(([kind, k]) => [UNIT_KIND_LABELS[kind as UnitKind], k.submitted]))
    );
    const refused = await runCliCommand('report', ['--quarter', '2099-Q1', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(/chưa bắt đầu/);
    fs.rmSync(out, { recursive: true, force: true });
  }, 180_000);

  it('e-mails last month’s report to the leadership once, on the send day only', async () => {
    const reports = getService(app.strapi, 'reports');
    expect(await reports.sendMonthly({ now: vn('2026-12-02T08:00') })).toBeNull();
    const first = await reports.sendMonthly({ now: vn('2026-12-03T08:00') });
    expect(first).toEqual({ runKey: 'periodic-report:2026-11', skipped: false, month: '2026-11', notified: 1 });
    const again = await reports.sendMonthly({ now: vn('2026-12-03T08:00') });
    expect(again).toEqual(expect.objectContaining({ skipped: true }));
    expect(await app.strapi.db.query(JOB_RUN).count({ where: { runKey: 'periodic-report:2026-11' } })).toBe(1);
    const notices = await app.strapi.db.query(NOTIFICATION).findMany({ where: { action: 'periodic-report:2026-11' } });
    expect(notices).toHaveLength(1);
    expect(notices[0].title).toBe('Báo cáo kết quả thông tin, tuyên truyền tháng 11 năm 2026');
    expect(notices[0].emailTo).toBe('lanh-dao@test.local');
  });

});
