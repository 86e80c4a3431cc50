import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin, createAdminUser } from './harness/admin-client';
import { until } from './harness/until';
import { mailbox } from './harness/mailbox';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { PASSWORD, grantMembership, newsroomUser } from './harness/workflow';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { migrateFreeTextReports } from '../src/plugins/editorial-workflow/server/src/opinion-reports/migrate';
import { vnDateOf } from '../src/plugins/editorial-workflow/shared/periods';
import type { ReportView } from '../src/plugins/editorial-workflow/shared/contracts/opinion-reports';
import { CONCERN, NOTIFICATION, OPINION_REPORT as REPORT, TOPIC, UNIT, UPLOAD_FILE } from '../src/plugins/editorial-workflow/shared/uids';

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const PATH = '/editorial-workflow/opinion-reports';

/** `YYYY-MM` shifted by `by` months. */
const monthShift = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
};
/** 09:00 Vietnam time on `day` of `month`. */
const vnAt = (month: string, day: number) => new Date(`${month}-${String(day).padStart(2, '0')}T02:00:00.000Z`);

/**
 * The structured monthly opinion report (issue 15 item 4) over HTTP as real logins: the author of
 * commune XA-A and the author of school TH-A file; the Office (an editor of SGD-VP holding the
 * Office's admin role, `reports.receive`) acknowledges or returns; another commune's author gets a
 * 404. New entries enter the concerns register; the Office is told on filing and refiling, the unit
 * on acknowledge and return (e-mails read back through the local SMTP server). A returned report
 * counts as not filed until filed again, and then by its first filing. Bad input changes nothing.
 */
describe('monthly opinion reports: filed, received, returned, refiled', () => {
  let app: TestApp;
  let round: RoundFixture;
  let box: ReturnType<typeof mailbox>;
  const saved: Record<string, string | undefined> = {};
  let office: { id: number; token: string };
  let authorB: { id: number; token: string };
  let schoolAuthor: { id: number; token: string };
  let authorId: number;
  let topicId: number;
  let xaA: number;
  let school: number;
  let gdmn: number;
  let thisMonth: string;
  let lastMonth: string;

  const api = (token: string) => adminClient(app.server, token);
  const stored = async () => [await app.strapi.db.query(REPORT).count(), await app.strapi.db.query(CONCERN).count(), await app.strapi.db.query(NOTIFICATION).count()];
  const mailTo = (address: string) => box.messages.filter((mail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) => to?.text.includes(address)));
  const newEntry = (summary = 'Phụ huynh hỏi về khoản thu tiền điều hoà lớp học') => ({ topicId, channel: 'hotline', summary, actions: 'Nhà trường họp phụ huynh, công khai các khoản thu.', result: 'Phụ huynh đồng thuận.' });
  const statusOf = async (month: string, unitId: number) =>
    (await getService(app.strapi, 'stats').reportStatus({ month, unitIds: [unitId], now: new Date() })).units.find((row: { unit: { id: number } }) => row.unit.id === unitId)?.status;

  beforeAll(async () => {
    for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_IGNORE_TLS', 'EMAIL_RETRY_DELAYS_MS', 'EMAIL_FROM']) saved[key] = process.env[key];
    box = mailbox();
    const port = await box.listen();
    Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_IGNORE_TLS: 'true', EMAIL_RETRY_DELAYS_MS: '200,200', EMAIL_FROM: 'Tòa soạn <toasoan@sogd.test>' });
    app = await startStrapi();
    round = await roundFixture(app);
    xaA = round.xaA.id;
    const unitId = async (code: string) => (await app.strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] })).id as number;
    gdmn = await unitId('SGD-GDMN');
    const gdmnDoc = (await app.strapi.db.query(UNIT).findOne({ where: { id: gdmn }, select: ['documentId'] })).documentId;
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-B', name: 'Phòng VH-XH xã B', kind: 'commune-culture', active: true } });
    await app.strapi.documents(UNIT).create({ data: { code: 'TH-A', name: 'Trường Tiểu học A', kind: 'school', active: true, defaultDepartment: gdmnDoc } as never });
    school = await unitId('TH-A');
    authorB = await newsroomUser(app, 'author-b@test.local', 'author', ['XA-B']);
    schoolAuthor = await newsroomUser(app, 'author-school@test.local', 'author', ['TH-A']);
    authorId = (await app.strapi.db.query('admin::user').findOne({ where: { email: 'author@test.local' }, select: ['id'] })).id;
    // The Office: an editor of SGD-VP who also holds the Office's admin role (reports.receive).
    const roles = await adminRoleIdsByCode(app.strapi);
    const officeUser = await createAdminUser(app.strapi, { email: 'office@test.local', password: PASSWORD, roles: [roles.get('newsroom-editor'), roles.get('newsroom-office')] });
    await grantMembership(app, officeUser.id, ['SGD-VP'], 'editor');
    office = { id: officeUser.id, token: await adminLogin(app.server, 'office@test.local', PASSWORD) };
    topicId = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' }, select: ['id'] })).id;
    thisMonth = vnDateOf(new Date()).slice(0, 7);
    lastMonth = monthShift(thisMonth, -1);
  });

  afterAll(async () => {
    await app?.stop();
    await box?.close();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  let linked: number;
  let report: ReportView;

  it('files a report of entries: a registered concern, and a new one that enters the register; the Office is told', async () => {
    const concern = await api(round.desk.author).post('/editorial-workflow/concerns', {
      title: 'Tin đồn sáp nhập điểm trường',
      description: 'Người dân hỏi về việc sáp nhập điểm trường lẻ.',
      topicId,
      channel: 'meeting',
      firstSeenAt: new Date(Date.now() - 3_600_000).toISOString(),
      kind: 'current',
      severity: 'action',
    });
    expect(concern.status).toBe(201);
    linked = concern.body.data.id;
    const concernsBefore = await app.strapi.db.query(CONCERN).count();

    const res = await api(round.desk.author).post(PATH, { period: lastMonth, noIssues: false, entries: [{ concernId: linked, actions: 'UBND xã giải thích tại buổi tiếp dân.' }, newEntry()] });
    expect(res.status).toBe(201);
    report = res.body.data;
    expect(report).toEqual(expect.objectContaining({ period: lastMonth, noIssues: false, receiptStatus: 'filed', returnReason: null, unit: expect.objectContaining({ id: xaA }) }));
    expect(report.lastFiledAt).toBe(report.submittedAt);
    expect(report.can).toEqual({ edit: true, acknowledge: false, return: false });
    expect(report.entries).toHaveLength(2);
    expect(report.entries[0]).toEqual(expect.objectContaining({ concernId: linked, concernTitle: 'Tin đồn sáp nhập điểm trường', channel: 'meeting', actions: 'UBND xã giải thích tại buổi tiếp dân.' }));

    // The new entry is a concern of the register: current, to watch, of the filing unit, about it.
    expect(await app.strapi.db.query(CONCERN).count()).toBe(concernsBefore + 1);
    const created = report.entries[1];
    expect(created).toEqual(expect.objectContaining({ concernId: expect.any(Number), concernSeverity: 'watch', channel: 'hotline', topicId, summary: newEntry().summary }));
    const row = await app.strapi.db.query(CONCERN).findOne({ where: { id: created.concernId }, populate: { units: { select: ['id'] } } });
    expect(row).toEqual(expect.objectContaining({ kind: 'current', severity: 'watch', filingUnitId: xaA, title: newEntry().summary, status: 'new' }));
    expect(row.units.map((unit: { id: number }) => unit.id)).toEqual([xaA]);
    // The author's unit sees it in the register.
    expect((await api(round.desk.author).get(`/editorial-workflow/concerns/${created.concernId}`)).status).toBe(200);

    // The Office is told, in the admin and by e-mail.
    const notice = await app.strapi.db.query(NOTIFICATION).findOne({ where: { userId: office.id, action: 'opinion-report-filed' } });
    expect(notice.title).toMatch(/Báo cáo dư luận mới: Phòng VH-XH xã A/);
    const mail = await until(() => mailTo('office@test.local').find((m) => m.subject?.includes('Báo cáo dư luận mới')), 'the Office’s e-mail');
    expect(mail.text).toMatch(/Phòng VH-XH xã A/);
    // The author is not told of their own filing.
    expect(await app.strapi.db.query(NOTIFICATION).count({ where: { userId: authorId, action: 'opinion-report-filed' } })).toBe(0);
  });

  it('takes the department of the unit for a new concern, and a school’s report ("không có vấn đề phát sinh" too)', async () => {
    const withEntry = await api(schoolAuthor.token).post(PATH, { period: monthShift(lastMonth, -1), noIssues: false, entries: [newEntry('Clip học sinh trên mạng xã hội')] });
    expect(withEntry.status).toBe(201);
    const concern = await app.strapi.db.query(CONCERN).findOne({ where: { id: withEntry.body.data.entries[0].concernId } });
    // TH-A's default department (SGD-GDMN), not the topic's (III.2: SGD-GDPT).
    expect(concern.departmentId).toBe(gdmn);
    expect(concern.filingUnitId).toBe(school);

    const nothing = await api(schoolAuthor.token).post(PATH, { period: lastMonth, noIssues: true, entries: [] });
    expect(nothing.status).toBe(201);
    expect(nothing.body.data).toEqual(expect.objectContaining({ noIssues: true, entries: [], receiptStatus: 'filed', unit: expect.objectContaining({ id: school, kind: 'school' }) }));
    // Schools are asked for the report (quota data): their filing is counted.
    expect(await statusOf(lastMonth, school)).toEqual(expect.stringMatching(/on_time|late/));
    const policy = await app.strapi.db.query('api::quota-policy.quota-policy').findOne({ where: { unitKind: 'school', metric: 'opinion_report_on_time' } });
    expect(policy).toEqual(expect.objectContaining({ minimum: 1, dueDay: 20 }));
  });

  it('refuses every bad input with a 4xx in Vietnamese, and changes nothing', async () => {
    const otherConcern = await api(authorB.token).post('/editorial-workflow/concerns', {
      title: 'Vấn đề của xã B', description: 'Chỉ xã B thấy.', topicId, channel: 'press', firstSeenAt: new Date(Date.now() - 3_600_000).toISOString(), kind: 'current', severity: 'watch',
    });
    expect(otherConcern.status).toBe(201);
    const png = await app.strapi.db.query(UPLOAD_FILE).create({ data: { name: 'anh.png', hash: 'anh_hash', ext: '.png', mime: 'image/png', size: 1, url: '/uploads/anh_hash.png', provider: 'local', createdBy: authorId } });
    const pdfOfAnother = await app.strapi.db.query(UPLOAD_FILE).create({ data: { name: 'b.pdf', hash: 'b_hash', ext: '.pdf', mime: 'application/pdf', size: 1, url: '/uploads/b_hash.pdf', provider: 'local', createdBy: authorB.id } });
    const month = monthShift(lastMonth, -2);
    const cases: Array<[string, unknown, number]> = [
      ['neither entries nor noIssues', { period: month, noIssues: false, entries: [] }, 400],
      ['nothing at all', { period: month }, 400],
      ['both entries and noIssues', { period: month, noIssues: true, entries: [newEntry()] }, 400],
      ['an entry with neither a concern nor a new one', { period: month, entries: [{ summary: 'x' }] }, 400],
      ['a new entry without channel', { period: month, entries: [{ topicId, summary: 'x' }] }, 400],
      ['a new entry without summary', { period: month, entries: [{ topicId, channel: 'press', summary: '  ' }] }, 400],
      ['a channel outside the list', { period: month, entries: [{ ...newEntry(), channel: 'tv' }] }, 400],
      ['a topic that does not exist', { period: month, entries: [{ ...newEntry(), topicId: 999999 }] }, 400],
      ['a concern the filer may not see', { period: month, entries: [{ concernId: otherConcern.body.data.id }] }, 400],
      ['a concern that does not exist', { period: month, entries: [{ concernId: 999999 }] }, 400],
      ['a concern with a topic besides', { period: month, entries: [{ concernId: linked, topicId }] }, 400],
      ['a month not yet begun', { period: monthShift(thisMonth, 1), noIssues: true }, 400],
      ['a malformed month', { period: '2026-13', noIssues: true }, 400],
      ['no month', { noIssues: true }, 400],
      ['a second report of the unit and month', { period: lastMonth, noIssues: true }, 400],
      ['an unknown field', { period: month, noIssues: true, submittedAt: '2020-01-01T00:00:00Z' }, 400],
      ['an unknown field in an entry', { period: month, entries: [{ ...newEntry(), concernTitle: 'x' }] }, 400],
      ['an object where a value belongs', { period: month, noIssues: { $ne: false } }, 400],
      ['an object in an entry', { period: month, entries: [{ ...newEntry(), summary: { a: 1 } }] }, 400],
      ['entries that are no list', { period: month, entries: 'x' }, 400],
      ['a scan that is no PDF', { period: month, noIssues: true, signedScanId: png.id }, 400],
      ['a scan someone else uploaded', { period: month, noIssues: true, signedScanId: pdfOfAnother.id }, 400],
      ['a unit of someone else', { period: month, noIssues: true, unitId: school }, 403],
      ['a body that is a list', [], 400],
    ];
    const before = await stored();
    for (const [what, body, status] of cases) {
      const res = await api(round.desk.author).post(PATH, body as object);
      expect({ what, status: res.status }).toEqual({ what, status });
      expect({ what, message: VIETNAMESE.test(res.body.error?.message ?? '') }).toEqual({ what, message: true });
    }
    expect(await stored()).toEqual(before);
    // An edit takes the content only, and the same rules.
    for (const body of [{ period: lastMonth, noIssues: true }, { unitId: xaA, noIssues: true }, { noIssues: false, entries: [] }, { noIssues: true, entries: [newEntry()] }]) {
      const res = await api(round.desk.author).put(`${PATH}/${report.documentId}`, body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
    expect(await stored()).toEqual(before);
    // A return needs a reason; an acknowledgement takes nothing.
    for (const body of [{}, { reason: '   ' }, { reason: 5 }, { reason: 'x', extra: 1 }]) {
      expect((await api(office.token).post(`${PATH}/${report.documentId}/return`, body)).status).toBe(400);
    }
    expect((await api(office.token).post(`${PATH}/${report.documentId}/acknowledge`, { note: 'x' })).status).toBe(400);
    expect((await api(round.desk.author).get(`${PATH}?populate=*`)).status).toBe(400);
    expect(await stored()).toEqual(before);
    expect((await app.strapi.db.query(REPORT).findOne({ where: { documentId: report.documentId } })).receiptStatus).toBe('filed');
  });

  it('of five filings of one unit and month at the same moment, keeps one, and the others leave no concern behind', async () => {
    const month = monthShift(lastMonth, -4);
    const before = await stored();
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => api(round.desk.author).post(PATH, { period: month, entries: [newEntry(`Cùng lúc ${i}`)] })));
    expect(results.map((res) => res.status).sort()).toEqual([201, 400, 400, 400, 400]);
    for (const res of results.filter((r) => r.status === 400)) expect(res.body.error.message).toMatch(/đã gửi báo cáo dư luận tháng/);
    const [reports, concerns] = await stored();
    expect([reports, concerns]).toEqual([before[0] + 1, before[1] + 1]);
  });

  it('shows a report to its unit and the Office; a 404 to another unit’s author, who may change nothing', async () => {
    const path = `${PATH}/${report.documentId}`;
    expect((await api(round.desk.author).get(path)).status).toBe(200);
    const seen = await api(office.token).get(path);
    expect(seen.status).toBe(200);
    expect(seen.body.data.can).toEqual({ edit: false, acknowledge: true, return: true });
    const outsider = await api(authorB.token).get(path);
    expect(outsider.status).toBe(404);
    expect(outsider.body.error.message).toMatch(VIETNAMESE);
    expect((await api(authorB.token).put(path, { noIssues: true })).status).toBe(404);
    expect((await api(authorB.token).get(PATH)).body.data.map((r: ReportView) => r.documentId)).not.toContain(report.documentId);
    expect((await api(round.desk.author).get(`${PATH}?period=${lastMonth}`)).body.data.map((r: ReportView) => r.documentId)).toEqual([report.documentId]);
    // The Office lists every unit's reports.
    const all = (await api(office.token).get(`${PATH}?period=${lastMonth}`)).body.data.map((r: ReportView) => r.unit.id);
    expect(all).toEqual(expect.arrayContaining([xaA, school]));
    // Neither an author nor anyone without an admin session acknowledges or returns.
    expect((await api(round.desk.author).post(`${path}/acknowledge`, {})).status).toBe(403);
    expect((await api(round.desk.author).post(`${path}/return`, { reason: 'x' })).status).toBe(403);
    expect((await request(app.server).get(path)).status).toBe(401);
    expect((await api(office.token).get(`${PATH}/doesnotexist`)).status).toBe(404);
  });

  it('returns a report with a reason (not filed until refiled), and a refiled report keeps its first filing and its on-time status', async () => {
    // Its first filing came on the 10th of its month: on time.
    const firstFiled = vnAt(lastMonth, 10);
    await app.strapi.db.query(REPORT).updateMany({ where: { documentId: report.documentId }, data: { submittedAt: firstFiled, lastFiledAt: firstFiled } });
    expect((await api(round.desk.author).get(`${PATH}/${report.documentId}`)).body.data.onTime).toBe(true);
    expect(await statusOf(lastMonth, xaA)).toBe('on_time');

    const returned = await api(office.token).post(`${PATH}/${report.documentId}/return`, { reason: 'Thiếu kết quả xử lý của mục 1.' });
    expect(returned.status).toBe(200);
    expect(returned.body.data).toEqual(expect.objectContaining({ receiptStatus: 'returned', returnReason: 'Thiếu kết quả xử lý của mục 1.', receiverName: expect.any(String), receivedAt: expect.any(String) }));
    // Returned: not filed, in the statistics, until the unit files it again.
    expect(await statusOf(lastMonth, xaA)).toBe('missing');
    // The unit is told why.
    const told = await app.strapi.db.query(NOTIFICATION).findOne({ where: { userId: authorId, action: 'opinion-report-returned' } });
    expect(told.message).toMatch(/Thiếu kết quả xử lý của mục 1/);
    await until(() => mailTo('author@test.local').find((m) => m.subject?.includes('trả lại báo cáo dư luận')), 'the unit’s e-mail');
    // A returned report is not acknowledged before it comes back.
    expect((await api(office.token).post(`${PATH}/${report.documentId}/acknowledge`)).status).toBe(400);

    const officeMailsBefore = mailTo('office@test.local').length;
    // The unit adds the signed scan: a PDF it uploads to the media library.
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const upload = await api(round.desk.author).post('/upload').attach('files', pdf, { filename: 'bao-cao-ky.pdf', contentType: 'application/pdf' });
    expect(upload.status).toBe(201);
    const entries = report.entries.map((entry) => ({ concernId: entry.concernId, actions: entry.actions, result: 'Đã trả lời bằng văn bản.' }));
    const refiled = await api(round.desk.author).put(`${PATH}/${report.documentId}`, { noIssues: false, entries, signedScanId: upload.body[0].id });
    expect(refiled.status).toBe(200);
    const view: ReportView = refiled.body.data;
    expect(view.signedScan).toEqual(expect.objectContaining({ id: upload.body[0].id, name: 'bao-cao-ky.pdf' }));
    expect(view).toEqual(expect.objectContaining({ receiptStatus: 'filed', returnReason: null, onTime: true, submittedAt: firstFiled.toISOString() }));
    expect(new Date(view.lastFiledAt).getTime()).toBeGreaterThan(firstFiled.getTime());
    expect(view.entries.map((entry) => entry.result)).toEqual(['Đã trả lời bằng văn bản.', 'Đã trả lời bằng văn bản.']);
    // Refiling adds no concern: both entries name theirs.
    expect(view.entries.map((entry) => entry.concernId)).toEqual(report.entries.map((entry) => entry.concernId));
    // Counted again, by its first filing: on time.
    expect(await statusOf(lastMonth, xaA)).toBe('on_time');
    await until(() => mailTo('office@test.local').slice(officeMailsBefore).find((m) => m.subject?.includes('Báo cáo dư luận gửi lại')), 'the Office’s e-mail on refiling');

    const acknowledged = await api(office.token).post(`${PATH}/${report.documentId}/acknowledge`);
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body.data).toEqual(expect.objectContaining({ receiptStatus: 'acknowledged', can: { edit: false, acknowledge: false, return: false } }));
    expect(await app.strapi.db.query(NOTIFICATION).count({ where: { userId: authorId, action: 'opinion-report-acknowledged' } })).toBe(1);
    await until(() => mailTo('author@test.local').find((m) => m.subject?.includes('đã tiếp nhận báo cáo dư luận')), 'the unit’s acknowledgement e-mail');
    expect(await statusOf(lastMonth, xaA)).toBe('on_time');

    // Acknowledged: no more edits, no second decision; nothing changes.
    const before = await stored();
    expect((await api(round.desk.author).put(`${PATH}/${report.documentId}`, { noIssues: true })).status).toBe(400);
    expect((await api(office.token).post(`${PATH}/${report.documentId}/acknowledge`)).status).toBe(400);
    expect((await api(office.token).post(`${PATH}/${report.documentId}/return`, { reason: 'x' })).status).toBe(400);
    expect(await stored()).toEqual(before);
  });

  it('migrates the reports of the old free-text shape: one entry each, filed, filing time and on-time status unchanged; idempotent', async () => {
    // Old-shape rows, as the database held them before: free text, no entries, no receipt.
    const unitDoc = (id: number) => app.strapi.db.query(UNIT).findOne({ where: { id }, select: ['documentId'] });
    const old = [
      { unit: xaA, period: monthShift(lastMonth, -3), submittedAt: vnAt(monthShift(lastMonth, -3), 12), concerns: 'Phụ huynh hỏi về học phí.', handling: 'Đã giải đáp tại họp phụ huynh.' },
      { unit: school, period: monthShift(lastMonth, -3), submittedAt: vnAt(monthShift(lastMonth, -3), 25), concerns: 'Dư luận về bữa ăn bán trú.', handling: null },
    ];
    const ids: string[] = [];
    for (const row of old) {
      const created = await app.strapi.db.query(REPORT).create({
        data: { unit: row.unit, period: row.period, submittedAt: row.submittedAt, concerns: row.concerns, handling: row.handling, unitPeriod: `${row.unit}/${row.period}`, scopeUnitId: row.unit },
      });
      ids.push(created.documentId);
      expect((await unitDoc(row.unit)).documentId).toEqual(expect.any(String));
    }
    const statusBefore = [await statusOf(old[0].period, xaA), await statusOf(old[1].period, school)];
    expect(statusBefore).toEqual(['on_time', 'late']);

    expect(await migrateFreeTextReports(app.strapi)).toBe(2);
    for (const [i, documentId] of ids.entries()) {
      const view: ReportView = (await api(office.token).get(`${PATH}/${documentId}`)).body.data;
      expect(view).toEqual(expect.objectContaining({ receiptStatus: 'filed', noIssues: false, submittedAt: old[i].submittedAt.toISOString(), lastFiledAt: old[i].submittedAt.toISOString(), onTime: i === 0 }));
      expect(view.entries).toEqual([expect.objectContaining({ concernId: null, summary: old[i].concerns, actions: old[i].handling ?? '', channel: 'other' })]);
    }
    expect([await statusOf(old[0].period, xaA), await statusOf(old[1].period, school)]).toEqual(statusBefore);
    // A second boot finds nothing to do and changes nothing.
    const before = await stored();
    expect(await migrateFreeTextReports(app.strapi)).toBe(0);
    expect(await stored()).toEqual(before);
    const entries = await app.strapi.documents(REPORT).findOne({ documentId: ids[0], populate: { entries: true } as never });
    expect((entries as unknown as { entries: unknown[] }).entries).toHaveLength(1);
  });
});
