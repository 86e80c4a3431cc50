import request from 'supertest';
import ExcelJS from 'exceljs';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin, createAdminUser } from './harness/admin-client';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { PASSWORD, grantMembership, newsroomUser } from './harness/workflow';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import {
  CONCERN_CHANNELS,
  CONCERN_CHANNEL_LABELS,
  CONCERN_SEVERITIES,
  CONCERN_SEVERITY_LABELS,
  CONCERN_STATUS_LABELS,
  SETTLED_STATUSES,
} from '../src/plugins/editorial-workflow/shared/contracts/concerns';
import { RECEIPT_STATUS_LABELS, type ReportView } from '../src/plugins/editorial-workflow/shared/contracts/opinion-reports';
import type { OpinionMonthView } from '../src/plugins/editorial-workflow/shared/contracts/opinion-month';
import { UNIT_KIND_LABELS, type UnitKind } from '../src/plugins/editorial-workflow/shared/contracts/stats';
import { CONCERN, OPINION_REPORT, QUOTA_POLICY, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

/** A message for a person of the newsroom: Vietnamese, with its marks. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const MONTH = '2026-10';
const EMPTY_MONTH = '2026-07';
const PATH = '/editorial-workflow/opinion-reports-month';
const VN = 7 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');
const vnStart = (month: string) => new Date(new Date(`${month}-01T00:00:00.000Z`).getTime() - VN);
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${m === 12 ? y + 1 : y}-${pad(m === 12 ? 1 : m + 1)}`;
};
const vietnamMinute = (iso: string) => {
  const local = new Date(new Date(iso).getTime() + VN);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
};

/** Reads a binary answer (the xlsx) whole. */
const binary = (res: NodeJS.ReadableStream & { setEncoding(encoding: string): void }, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/**
 * The Office's consolidated month of the monthly opinion reports (issue 15 item 4) over HTTP as real
 * logins: three units file for October (two entries, one of them a concern of the register; an
 * explicit "không có vấn đề phát sinh"; a school's new entry), the Office acknowledges one and
 * returns another; the month view is the Office's alone, its figures equal a recount from the
 * database, and its xlsx, read back with exceljs, holds the same tables.
 */
describe('opinion reports: the Office’s month view', () => {
  let app: TestApp;
  let round: RoundFixture;
  let office: string;
  let leader: string;
  let authorB: string;
  let authorSchool: string;
  let topicId: number;
  let otherTopicId: number;
  let view: OpinionMonthView;

  const api = (token: string) => adminClient(app.server, token);
  const unitId = async (code: string) => (await app.strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] })).id as number;
  const fileConcern = async (token: string, body: Record<string, unknown>) => {
    const res = await api(token).post('/editorial-workflow/concerns', {
      description: 'Phụ huynh phản ánh trên mạng xã hội.',
      topicId,
      channel: 'social-network',
      kind: 'current',
      severity: 'action',
      firstSeenAt: new Date().toISOString(),
      ...body,
    });
    if (res.status !== 201) throw new Error(`concern: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data.id as number;
  };
  const fileReport = async (token: string, body: Record<string, unknown>): Promise<ReportView> => {
    const res = await api(token).post('/editorial-workflow/opinion-reports', { period: MONTH, ...body });
    if (res.status !== 201) throw new Error(`report: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data;
  };
  const monthOf = async (token: string, period = MONTH) => api(token).get(`${PATH}?period=${period}`);

  beforeAll(async () => {
    app = await startStrapi();
    round = await roundFixture(app);
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-B', name: 'Phòng VH-XH xã B', kind: 'commune-culture', active: true } });
    await app.strapi.documents(UNIT).create({ data: { code: 'TH-A', name: 'Trường Tiểu học A', kind: 'school', active: true } });
    await app.strapi.documents(UNIT).create({ data: { code: 'TT-A', name: 'Trung tâm GDNN-GDTX A', kind: 'affiliated', active: true } });
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-OLD', name: 'Phòng VH-XH xã cũ (đã sáp nhập)', kind: 'commune-culture', active: false } });
    authorB = (await newsroomUser(app, 'author-b@test.local', 'author', ['XA-B'])).token;
    authorSchool = (await newsroomUser(app, 'author-th@test.local', 'author', ['TH-A'])).token;
    // The Office as the demo has it: the Office's admin role (reports.receive) beside an editor's, an editor of SGD-VP.
    const roles = await adminRoleIdsByCode(app.strapi);
    const officeUser = await createAdminUser(app.strapi, { email: 'office@test.local', password: PASSWORD, roles: [roles.get('newsroom-office'), roles.get('newsroom-editor')] });
    await grantMembership(app, officeUser.id, ['SGD-VP'], 'editor');
    office = await adminLogin(app.server, 'office@test.local', PASSWORD);
    await createAdminUser(app.strapi, { email: 'leader@test.local', password: PASSWORD, roles: [roles.get('newsroom-leader')] });
    leader = await adminLogin(app.server, 'leader@test.local', PASSWORD);
    topicId = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['id'] })).id;
    otherTopicId = (await app.strapi.db.query(TOPIC).findOne({ where: { code: { $ne: 'III.2' } }, select: ['id'], orderBy: { id: 'asc' } })).id;

    // Concerns of the register: one the commune reports on (an incident), one first seen in October
    // and still open, one first seen in October but closed, one of September nobody reports.
    const reported = await fileConcern(round.desk.author, { title: 'Tin đồn thu tiền học thêm', severity: 'incident' });
    await fileConcern(round.desk.author, { title: 'Phản ánh về bếp ăn bán trú', firstSeenAt: '2026-10-05T03:00:00.000Z', severity: 'watch', channel: 'hotline' });
    const closed = await fileConcern(round.desk.author, { title: 'Tin giả về lịch nghỉ học', firstSeenAt: '2026-10-09T03:00:00.000Z' });
    expect((await api(office).put(`/editorial-workflow/concerns/${closed}`, { status: 'closed' })).status).toBe(200);
    await fileConcern(round.desk.author, { title: 'Câu hỏi về tuyển sinh lớp 6', firstSeenAt: '2026-09-10T03:00:00.000Z' });
    // 30 September 23:00 UTC is 1 October 06:00 in Vietnam: a concern of October.
    await fileConcern(round.desk.author, { title: 'Phản ánh đầu tháng', firstSeenAt: '2026-09-30T23:00:00.000Z' });

    const a = await fileReport(round.desk.author, {
      noIssues: false,
      entries: [
        { topicId, channel: 'social-network', summary: 'Phụ huynh phản ánh khoản thu đầu năm.', actions: 'Trường đã họp phụ huynh.', result: 'Đã trả lại khoản thu sai.' },
        { concernId: reported, actions: 'Đã làm việc với nhà trường.', result: 'Đang theo dõi.' },
      ],
    });
    const b = await fileReport(authorB, { noIssues: true, entries: [] });
    const school = await fileReport(authorSchool, {
      noIssues: false,
      entries: [{ topicId: otherTopicId, channel: 'press', summary: 'Báo địa phương đăng bài về sĩ số lớp.', actions: 'Trường gửi thông tin.', result: 'Báo đã đính chính.' }],
    });
    // XA-A filed before the due day (the 20th, Vietnam time); the others in December: late.
    await app.strapi.db.query(OPINION_REPORT).update({ where: { documentId: a.documentId }, data: { submittedAt: new Date('2026-10-15T02:00:00.000Z') } });
    expect((await api(office).post(`/editorial-workflow/opinion-reports/${a.documentId}/acknowledge`, {})).status).toBe(200);
    expect((await api(office).post(`/editorial-workflow/opinion-reports/${b.documentId}/return`, { reason: 'Đề nghị ghi rõ đã rà soát những kênh nào.' })).status).toBe(200);
    expect(school.receiptStatus).toBe('filed');
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('is the Office’s alone: 403 for a unit’s author, the department’s editor and head, the publisher and the leadership; 401 without a session', async () => {
    for (const [who, token] of [
      ['a unit’s author', round.desk.author],
      ['a school’s author', authorSchool],
      ['the department’s editor', round.desk.editor],
      ['the department’s head', round.desk.head],
      ['the publisher', round.desk.publisher],
      ['the leadership', leader],
    ] as const) {
      for (const path of [`${PATH}?period=${MONTH}`, `${PATH}.xlsx?period=${MONTH}`]) {
        const res = await api(token).get(path);
        expect({ who, path, status: res.status }).toEqual({ who, path, status: 403 });
        expect(JSON.stringify(res.body)).not.toContain('Tin đồn thu tiền học thêm');
      }
    }
    expect((await request(app.server).get(`${PATH}?period=${MONTH}`)).status).toBe(401);
    expect((await request(app.server).get(`${PATH}.xlsx?period=${MONTH}`)).status).toBe(401);
  });

  it('refuses a bad month or an unknown parameter with a 400 in Vietnamese', async () => {
    for (const query of ['period=2026-13', 'period=oct', 'period=2026-10&unit=1', 'period[$ne]=x', 'period=2026-10&period=2026-11']) {
      const res = await api(office).get(`${PATH}?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.error.message).toMatch(VIETNAMESE);
    }
    expect((await api(office).get(`${PATH}.xlsx?period=2026-00`)).status).toBe(400);
  });

  it('gives the Office the month: reports, entries by topic, unit, severity and channel, open concerns, units that filed nothing', async () => {
    const res = await monthOf(office);
    expect(res.status).toBe(200);
    view = res.body.data;
    expect(view.period).toBe(MONTH);
    expect(view.reports).toEqual(expect.objectContaining({ filed: 3, onTime: 1, late: 2, awaiting: 1, acknowledged: 1, returned: 1, noIssues: 1 }));
    expect(view.entries).toBe(3);
    expect(view.byUnit.map((row) => [row.unit.code, row.entries, row.noIssues, row.onTime, row.receiptStatus])).toEqual([
      ['XA-A', 2, false, true, 'acknowledged'],
      ['XA-B', 0, true, false, 'returned'],
      ['TH-A', 1, false, false, 'filed'],
    ]);
    expect(Object.fromEntries(view.bySeverity.map((row) => [row.severity, row.count]))).toEqual(expect.objectContaining({ incident: 1 }));
    expect(view.bySeverity.map((row) => row.severity)).toEqual([...CONCERN_SEVERITIES].reverse());
    expect(Object.fromEntries(view.byChannel.map((row) => [row.channel, row.count]))).toEqual(expect.objectContaining({ press: 1 }));
    const titles = view.openConcerns.map((row) => row.title);
    expect(titles).toEqual(expect.arrayContaining(['Tin đồn thu tiền học thêm', 'Phản ánh về bếp ăn bán trú', 'Phản ánh đầu tháng']));
    expect(titles).not.toContain('Tin giả về lịch nghỉ học');
    expect(titles).not.toContain('Câu hỏi về tuyển sinh lớp 6');
    // Most severe first; the concern the commune reported carries its entry.
    expect(view.openConcerns[0]).toEqual(expect.objectContaining({ title: 'Tin đồn thu tiền học thêm', severity: 'incident', reportEntries: 1 }));
    // The affiliated unit filed nothing; the inactive commune is not asked; the department is not asked.
    const missing = view.unitsWithoutReport.map((unit) => unit.code);
    expect(missing).toContain('TT-A');
    expect(missing).not.toEqual(expect.arrayContaining(['XA-A']));
    expect(missing).not.toContain('XA-B');
    expect(missing).not.toContain('XA-OLD');
    expect(missing).not.toContain('SGD-VP');
  });

  it('counts what a recount from the database counts', async () => {
    const start = vnStart(MONTH);
    const end = vnStart(nextMonth(MONTH));
    // The reports of the month, straight from the tables, with their entries and the concerns those name.
    const reports: Array<{ documentId: string; noIssues: boolean | null; receiptStatus: string | null; unit: { id: number; code: string } | null; entries: Array<{ concernId: number | null; channel: string | null; topic: { id: number } | null }> }> =
      await app.strapi.db.query(OPINION_REPORT).findMany({ where: { period: MONTH, submittedAt: { $notNull: true } }, populate: { unit: true, entries: { populate: { topic: true } } } });
    const concerns: Array<{ id: number; title: string; severity: string; status: string; channel: string; topic: { id: number } | null; firstSeenAt: string; createdAt: string }> =
      await app.strapi.db.query(CONCERN).findMany({ populate: { topic: true } });
    const concernById = new Map(concerns.map((row) => [row.id, row]));
    const entries = reports.flatMap((report) => report.entries ?? []);
    const tally = (keys: Array<string | number | null>) => {
      const counts = new Map<string | number | null, number>();
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
      return counts;
    };
    const severity = tally(entries.filter((entry) => entry.concernId).map((entry) => concernById.get(entry.concernId!)!.severity));
    const channel = tally(entries.map((entry) => entry.channel ?? concernById.get(entry.concernId!)?.channel ?? null));
    const topic = tally(entries.map((entry) => entry.topic?.id ?? concernById.get(entry.concernId!)?.topic?.id ?? null));
    const status = (value: string) => reports.filter((report) => (report.receiptStatus ?? 'filed') === value).length;

    // On time and late as the reports' own views say (the report service judges each report).
    const listed = await api(office).get(`/editorial-workflow/opinion-reports?period=${MONTH}`);
    expect(listed.status).toBe(200);
    const views: ReportView[] = listed.body.data;
    expect(views.map((row) => row.documentId).sort()).toEqual(reports.map((row) => row.documentId).sort());

    // Units asked to report: active, of a kind whose quota asks for a monthly report.
    const policies: Array<{ unitKind: string; metric: string; period: string; minimum: number }> = await app.strapi.db.query(QUOTA_POLICY).findMany({ where: { metric: 'opinion_report_on_time', period: 'month' } });
    const askedKinds = new Set(policies.filter((row) => row.minimum > 0).map((row) => row.unitKind));
    expect([...askedKinds].sort()).toEqual(['affiliated', 'commune-culture', 'school']);
    const units: Array<{ id: number; code: string; kind: string; active: boolean }> = await app.strapi.db.query(UNIT).findMany({ where: { active: true } });
    const asked = units.filter((unit) => askedKinds.has(unit.kind));
    const reportedUnits = new Set(reports.map((report) => report.unit!.id));

    const recounted = await monthOf(office);
    const fresh: OpinionMonthView = recounted.body.data;
    expect(fresh.reports).toEqual({
      required: asked.length,
      filed: reports.length,
      onTime: views.filter((row) => row.onTime).length,
      late: views.filter((row) => !row.onTime).length,
      awaiting: status('filed'),
      acknowledged: status('acknowledged'),
      returned: status('returned'),
      noIssues: reports.filter((report) => report.noIssues).length,
      missing: asked.filter((unit) => !reportedUnits.has(unit.id)).length,
    });
    expect(fresh.entries).toBe(entries.length);
    expect(fresh.byUnit.map((row) => [row.documentId, row.entries, row.onTime, row.receiptStatus]).sort()).toEqual(
      views.map((row) => [row.documentId, row.entries.length, row.onTime, row.receiptStatus]).sort()
    );
    expect(fresh.bySeverity.map((row) => [row.severity, row.count])).toEqual([...CONCERN_SEVERITIES].reverse().map((value) => [value, severity.get(value) ?? 0]));
    expect(fresh.byChannel.map((row) => [row.channel, row.count])).toEqual(CONCERN_CHANNELS.map((value) => [value, channel.get(value) ?? 0]));
    expect(new Map(fresh.byTopic.map((row) => [row.topicId, row.count]))).toEqual(topic);
    expect(fresh.unitsWithoutReport.map((unit) => unit.id).sort()).toEqual(asked.filter((unit) => !reportedUnits.has(unit.id)).map((unit) => unit.id).sort());

    const named = new Set(entries.map((entry) => entry.concernId));
    const inMonth = (value: string) => new Date(value) >= start && new Date(value) < end;
    const open = concerns.filter((row) => !SETTLED_STATUSES.has(row.status as never) && (inMonth(row.createdAt) || inMonth(row.firstSeenAt) || named.has(row.id)));
    expect(fresh.openConcerns.map((row) => row.id).sort()).toEqual(open.map((row) => row.id).sort());
    for (const row of fresh.openConcerns) expect(row.reportEntries).toBe(entries.filter((entry) => entry.concernId === row.id).length);
  });

  it('shows an empty month as empty: nothing filed, every unit asked among those that filed nothing', async () => {
    const res = await monthOf(office, EMPTY_MONTH);
    expect(res.status).toBe(200);
    const empty: OpinionMonthView = res.body.data;
    expect(empty.reports).toEqual(expect.objectContaining({ filed: 0, onTime: 0, late: 0, acknowledged: 0, returned: 0, awaiting: 0 }));
    expect(empty.reports.missing).toBe(empty.reports.required);
    expect(empty.unitsWithoutReport.map((unit) => unit.code)).toEqual(expect.arrayContaining(['XA-A', 'XA-B', 'TH-A', 'TT-A']));
    expect(empty.entries).toBe(0);
    expect(empty.byTopic).toEqual([]);
    expect(empty.byUnit).toEqual([]);
    expect(empty.bySeverity.every((row) => row.count === 0)).toBe(true);
  });

  it('exports the same tables as an xlsx workbook, one sheet per table, in Vietnamese and Vietnam time', async () => {
    const res = await request(app.server).get(`${PATH}.xlsx?period=${MONTH}`).set({ Authorization: `Bearer ${office}` }).buffer(true).parse(binary as never);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`tong-hop-bao-cao-du-luan_${MONTH}.xlsx`);
    const json: OpinionMonthView = (await monthOf(office)).body.data;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as never);
    const table = (name: string) => {
      const sheet = workbook.getWorksheet(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Tổng hợp', 'Theo lĩnh vực', 'Theo đơn vị', 'Theo mức độ', 'Theo kênh', 'Vấn đề chưa xử lý xong', 'Đơn vị chưa gửi']);
    const r = json.reports;
    expect(table('Tổng hợp')).toEqual([
      ['Chỉ tiêu', 'Số lượng'],
      ['Đơn vị phải báo cáo', r.required],
      ['Báo cáo đã gửi', r.filed],
      ['Gửi đúng hạn', r.onTime],
      ['Gửi trễ hạn', r.late],
      ['Chờ tiếp nhận', r.awaiting],
      ['Đã tiếp nhận', r.acknowledged],
      ['Đã trả lại', r.returned],
      ['Không có vấn đề phát sinh', r.noIssues],
      ['Đơn vị chưa gửi', r.missing],
      ['Tổng số nội dung báo cáo', json.entries],
    ]);
    expect(table('Theo lĩnh vực')).toEqual([['Mã lĩnh vực', 'Lĩnh vực', 'Số nội dung'], ...json.byTopic.map((row) => [row.code ?? '', row.title, row.count])]);
    const kind = (value: string) => UNIT_KIND_LABELS[value as UnitKind];
    const yes = (value: boolean) => (value ? 'Có' : 'Không');
    expect(table('Theo đơn vị')).toEqual([
      ['Mã đơn vị', 'Đơn vị', 'Loại đơn vị', 'Số nội dung', 'Không có vấn đề phát sinh', 'Đúng hạn', 'Tình trạng tiếp nhận', 'Gửi lúc (giờ Việt Nam)'],
      ...json.byUnit.map((row) => [row.unit.code, row.unit.name, kind(row.unit.kind), row.entries, yes(row.noIssues), yes(row.onTime), RECEIPT_STATUS_LABELS[row.receiptStatus], vietnamMinute(row.submittedAt)]),
    ]);
    // XA-A's filing, 15 October 02:00 UTC, is 09:00 in Vietnam.
    expect(table('Theo đơn vị')[1]).toEqual(expect.arrayContaining(['XA-A', '09:00 15/10/2026']));
    expect(table('Theo mức độ')).toEqual([['Mức độ', 'Số nội dung'], ...json.bySeverity.map((row) => [CONCERN_SEVERITY_LABELS[row.severity], row.count])]);
    expect(table('Theo kênh')).toEqual([['Nơi phát hiện', 'Số nội dung'], ...json.byChannel.map((row) => [CONCERN_CHANNEL_LABELS[row.channel], row.count])]);
    expect(table('Vấn đề chưa xử lý xong')).toEqual([
      ['Mã vấn đề', 'Vấn đề', 'Mức độ', 'Trạng thái', 'Lĩnh vực', 'Đơn vị báo', 'Phát hiện lúc (giờ Việt Nam)', 'Quá hạn xử lý', 'Số lần được báo cáo trong tháng'],
      ...json.openConcerns.map((row) => [
        row.id,
        row.title,
        CONCERN_SEVERITY_LABELS[row.severity],
        CONCERN_STATUS_LABELS[row.status],
        row.topic ? `${row.topic.code} ${row.topic.title}` : '',
        row.filingUnit.name,
        vietnamMinute(row.firstSeenAt),
        yes(row.overdue),
        row.reportEntries,
      ]),
    ]);
    expect(table('Đơn vị chưa gửi')).toEqual([['Mã đơn vị', 'Đơn vị', 'Loại đơn vị'], ...json.unitsWithoutReport.map((unit) => [unit.code, unit.name, kind(unit.kind)])]);
  });
});
