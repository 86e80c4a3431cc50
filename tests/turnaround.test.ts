import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { createSuperAdmin } from './harness/http';
import { newsroomUser } from './harness/workflow';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { turnaroundReport } from '../src/plugins/editorial-workflow/server/src/turnaround/report';
import type { TurnaroundReport } from '../src/plugins/editorial-workflow/shared/contracts/turnaround';
import { ARTICLE, ITEM_STATE, TRANSITION, UNIT, WORKING_CALENDAR_DAY } from '../src/plugins/editorial-workflow/shared/uids';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const VN = 7 * HOUR;

/** An instant written in Vietnam time (UTC+7): `vn('2026-11-27 15:00')`. */
const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);

/**
 * The recount, by hand: each wait written as the hours of it that fall on working days (counted in
 * the comments of the fixture), then p50 and p90 by nearest rank (the smallest wait with at least
 * p % of the waits at or below it), in days of 24 hours, to one decimal.
 */
function recount(hours: number[]) {
  const sorted = [...hours].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1];
  const days = (h: number) => Math.round((h / 24) * 10) / 10;
  return sorted.length === 0 ? { count: 0, p50: null, p90: null } : { count: sorted.length, p50: days(rank(50)), p90: days(rank(90)) };
}

type Step = { action: 'submit' | 'forward' | 'approve' | 'return' | 'schedule' | 'publish'; at: string; department: string };

const FROM_TO: Record<Step['action'], [string, string]> = {
  submit: ['draft', 'in_review'],
  forward: ['in_review', 'awaiting_approval'],
  approve: ['awaiting_approval', 'approved'],
  return: ['in_review', 'returned'],
  schedule: ['approved', 'approved'],
  publish: ['approved', 'published'],
};

/**
 * Turnaround and backlog (`GET /editorial-workflow/stats/turnaround`): the history rows are written
 * directly with known times (across a weekend in November 2026, across Tết 2027), and the figures
 * must equal the recount above. Real logins over HTTP for the scope and the refusals.
 */
describe('turnaround and backlog', () => {
  let app: TestApp;
  let root: string;
  let departments: Map<string, number>;
  const get = (token: string, query = '') => request(app.server).get(`/editorial-workflow/stats/turnaround${query}`).set('Authorization', `Bearer ${token}`);

  /** An item's history, as the workflow would have written it: one row per step, at the given Vietnam times. */
  async function history(item: string, steps: Step[]) {
    await app.strapi.db.query(TRANSITION).createMany({
      data: steps.map((step, i) => ({
        itemDocumentId: item,
        actorId: null,
        actorName: 'Lịch sử dựng sẵn',
        role: step.action === 'publish' || step.action === 'schedule' ? 'publisher' : step.action === 'submit' ? 'author' : step.action === 'approve' ? 'head' : 'editor',
        action: step.action,
        fromState: FROM_TO[step.action][0],
        toState: FROM_TO[step.action][1],
        version: i + 2,
        departmentId: departments.get(step.department),
        createdAt: vn(step.at),
      })),
    });
  }

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    root = await createSuperAdmin(app);
    const units: Array<{ id: number; code: string }> = await app.strapi.db.query(UNIT).findMany({ where: { kind: 'department' }, select: ['id', 'code'] });
    departments = new Map(units.map((unit) => [unit.code, unit.id]));

    // Phòng Giáo dục Phổ thông (GDPT), approvals in November 2026. Friday 27/11, the weekend 28–29/11, Monday 30/11.
    // a1: Fri 27/11 15:00 → Mon 30/11 09:00: 9 h of Friday + 9 h of Monday = 18 h.
    await history('a1', [
      { action: 'submit', at: '2026-11-27 15:00', department: 'SGD-GDPT' },
      { action: 'forward', at: '2026-11-27 16:00', department: 'SGD-GDPT' },
      { action: 'approve', at: '2026-11-30 09:00', department: 'SGD-GDPT' },
      // Published the same day: 6 h.
      { action: 'publish', at: '2026-11-30 15:00', department: 'SGD-GDPT' },
    ]);
    // a2: Thu 26/11 08:00 → Thu 26/11 20:00: 12 h. Published Fri 27/11 10:00: 4 h of Thursday + 10 h of Friday = 14 h.
    await history('a2', [
      { action: 'submit', at: '2026-11-26 08:00', department: 'SGD-GDPT' },
      { action: 'forward', at: '2026-11-26 09:00', department: 'SGD-GDPT' },
      { action: 'approve', at: '2026-11-26 20:00', department: 'SGD-GDPT' },
      { action: 'publish', at: '2026-11-27 10:00', department: 'SGD-GDPT' },
    ]);
    // a3: submitted Mon 23/11, returned, submitted again Wed 25/11 10:00 (the wait counted), approved
    // Fri 27/11 16:00: 14 h of Wednesday + 24 of Thursday + 16 of Friday = 54 h. Scheduled by the
    // publisher an hour later for Sunday: the publisher's decision took 1 h (not the 8 working hours to Sunday's publication).
    await history('a3', [
      { action: 'submit', at: '2026-11-23 10:00', department: 'SGD-GDPT' },
      { action: 'return', at: '2026-11-23 12:00', department: 'SGD-GDPT' },
      { action: 'submit', at: '2026-11-25 10:00', department: 'SGD-GDPT' },
      { action: 'forward', at: '2026-11-26 10:00', department: 'SGD-GDPT' },
      { action: 'approve', at: '2026-11-27 16:00', department: 'SGD-GDPT' },
      { action: 'schedule', at: '2026-11-27 17:00', department: 'SGD-GDPT' },
      { action: 'publish', at: '2026-11-29 07:00', department: 'SGD-GDPT' },
    ]);
    // a4: Fri 20/11 18:00 → Tue 24/11 18:00: 6 + 24 + 18 = 48 h.
    await history('a4', [
      { action: 'submit', at: '2026-11-20 18:00', department: 'SGD-GDPT' },
      { action: 'forward', at: '2026-11-23 08:00', department: 'SGD-GDPT' },
      { action: 'approve', at: '2026-11-24 18:00', department: 'SGD-GDPT' },
    ]);
    // a5: Wed 18/11 09:00 → Mon 23/11 09:00: 15 + 24 + 24 + 9 = 72 h. Published Wed 25/11 09:00: 15 + 24 + 9 = 48 h.
    await history('a5', [
      { action: 'submit', at: '2026-11-18 09:00', department: 'SGD-GDPT' },
      { action: 'forward', at: '2026-11-19 09:00', department: 'SGD-GDPT' },
      { action: 'approve', at: '2026-11-23 09:00', department: 'SGD-GDPT' },
      { action: 'publish', at: '2026-11-25 09:00', department: 'SGD-GDPT' },
    ]);
    // a7: submitted in October, approved in November (counted: the approval is in the period).
    // Thu 29/10 16:00 → Mon 02/11 10:00: 8 + 24 + 10 = 42 h.
    await history('a7', [
      { action: 'submit', at: '2026-10-29 16:00', department: 'SGD-GDPT' },
      { action: 'forward', at: '2026-10-30 09:00', department: 'SGD-GDPT' },
      { action: 'approve', at: '2026-11-02 10:00', department: 'SGD-GDPT' },
    ]);
    // Outside the period: approved on 30/10 and on 01/12.
    await history('a8', [
      { action: 'submit', at: '2026-10-26 09:00', department: 'SGD-GDPT' },
      { action: 'approve', at: '2026-10-30 09:00', department: 'SGD-GDPT' },
      { action: 'publish', at: '2026-10-30 10:00', department: 'SGD-GDPT' },
    ]);
    await history('a9', [
      { action: 'submit', at: '2026-11-30 09:00', department: 'SGD-GDPT' },
      { action: 'approve', at: '2026-12-01 09:00', department: 'SGD-GDPT' },
    ]);

    // Phòng Giáo dục Mầm non (GDMN).
    // b1: sent on Saturday 28/11 10:00, approved Monday 30/11 06:00: 6 h of Monday. Published 07:00: 1 h.
    await history('b1', [
      { action: 'submit', at: '2026-11-28 10:00', department: 'SGD-GDMN' },
      { action: 'forward', at: '2026-11-29 10:00', department: 'SGD-GDMN' },
      { action: 'approve', at: '2026-11-30 06:00', department: 'SGD-GDMN' },
      { action: 'publish', at: '2026-11-30 07:00', department: 'SGD-GDMN' },
    ]);
    // b2: Fri 27/11 23:00 → Mon 30/11 01:00: 1 h of Friday + 1 h of Monday = 2 h.
    await history('b2', [
      { action: 'submit', at: '2026-11-27 23:00', department: 'SGD-GDMN' },
      { action: 'forward', at: '2026-11-28 08:00', department: 'SGD-GDMN' },
      { action: 'approve', at: '2026-11-30 01:00', department: 'SGD-GDMN' },
    ]);

    // Across Tết 2027 (the library's 05–09/02/2027): Thu 04/02 18:00 → Wed 10/02 12:00: 6 h + 12 h = 18 h.
    await history('t1', [
      { action: 'submit', at: '2027-02-04 18:00', department: 'SGD-GDPT' },
      { action: 'forward', at: '2027-02-04 19:00', department: 'SGD-GDPT' },
      { action: 'approve', at: '2027-02-10 12:00', department: 'SGD-GDPT' },
    ]);
    // Approved Thu 04/02 20:00, published Wed 10/02 08:00: 4 h + 8 h = 12 h.
    await history('t2', [
      { action: 'submit', at: '2027-02-03 08:00', department: 'SGD-GDMN' },
      { action: 'approve', at: '2027-02-04 20:00', department: 'SGD-GDMN' },
      { action: 'publish', at: '2027-02-10 08:00', department: 'SGD-GDMN' },
    ]);
  });

  afterAll(() => app?.stop());

  const rowOf = (report: TurnaroundReport, code: string) => {
    const row = report.departments.find((entry) => entry.department.code === code);
    if (!row) throw new Error(`${code} is not listed`);
    return row;
  };

  it('gives p50 and p90 in working days per department and for the publisher, equal to the recount', async () => {
    const res = await get(root, '?from=2026-11-01&to=2026-11-30');
    expect(res.status).toBe(200);
    const report = res.body.data as TurnaroundReport;
    expect(report).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    // Every department of the Sở has its row, in code order.
    const codes = report.departments.map((row) => row.department.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toEqual(expect.arrayContaining(['SGD-GDPT', 'SGD-GDMN', 'SGD-VP']));
    // GDPT: a1 18, a2 12, a3 54, a4 48, a5 72, a7 42 → sorted 12 18 42 48 54 72: p50 = 42 h (1.75 → 1.8), p90 = 72 h (3.0).
    expect(rowOf(report, 'SGD-GDPT').submissionToApproval).toEqual(recount([18, 12, 54, 48, 72, 42]));
    expect(rowOf(report, 'SGD-GDPT').submissionToApproval).toEqual({ count: 6, p50: 1.8, p90: 3 });
    // GDMN: b1 6, b2 2 → p50 2 h (0.1), p90 6 h (0.25 → 0.3).
    expect(rowOf(report, 'SGD-GDMN').submissionToApproval).toEqual(recount([6, 2]));
    expect(rowOf(report, 'SGD-GDMN').submissionToApproval).toEqual({ count: 2, p50: 0.1, p90: 0.3 });
    expect(rowOf(report, 'SGD-VP').submissionToApproval).toEqual({ count: 0, p50: null, p90: null });
    // The publisher: a1 6, a2 14, a3 1 (the schedule), a5 48, b1 1.
    expect(report.publisher.approvalToPublication).toEqual(recount([6, 14, 1, 48, 1]));
    expect(report.publisher.approvalToPublication).toEqual({ count: 5, p50: 0.3, p90: 2 });
  });

  it('counts across Tết 2027 with the library’s five days off', async () => {
    const report = await turnaroundReport(app.strapi, { all: true }, { from: '2027-02-01', to: '2027-02-28' }, vn('2027-03-01 08:00'));
    expect(rowOf(report, 'SGD-GDPT').submissionToApproval).toEqual(recount([18]));
    expect(rowOf(report, 'SGD-GDPT').submissionToApproval).toEqual({ count: 1, p50: 0.8, p90: 0.8 });
    expect(report.publisher.approvalToPublication).toEqual(recount([12]));
    // Over HTTP, today (December 2026), that period has not ended: refused.
    const res = await get(root, '?from=2027-02-01&to=2027-02-28');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/sau hôm nay/);
  });

  it('follows the administrator’s calendar: a day off in lieu and a Saturday worked change the figures', async () => {
    const dayOff = await app.strapi.documents(WORKING_CALENDAR_DAY).create({ data: { date: '2026-11-27', kind: 'day-off', note: 'Nghỉ bù (thử)' } });
    try {
      let report = (await get(root, '?from=2026-11-01&to=2026-11-30')).body.data as TurnaroundReport;
      // Friday 27/11 off: a1 9 (Monday only), a3 14 + 24 = 38; the rest as before.
      expect(rowOf(report, 'SGD-GDPT').submissionToApproval).toEqual(recount([9, 12, 38, 48, 72, 42]));
      expect(rowOf(report, 'SGD-GDPT').submissionToApproval).toEqual({ count: 6, p50: 1.6, p90: 3 });
      // b2: 1 h of Monday.
      expect(rowOf(report, 'SGD-GDMN').submissionToApproval).toEqual(recount([6, 1]));
      // The publisher: a2 4 h of Thursday only; a3's schedule on the day off: 0.
      expect(report.publisher.approvalToPublication).toEqual(recount([6, 4, 0, 48, 1]));

      const saturday = await app.strapi.documents(WORKING_CALENDAR_DAY).create({ data: { date: '2026-11-28', kind: 'working-day', note: 'Làm bù (thử)' } });
      report = (await get(root, '?from=2026-11-01&to=2026-11-30')).body.data as TurnaroundReport;
      // Saturday 28/11 worked: b1 14 + 6 = 20, b2 24 + 1 = 25; a1 24 + 9 = 33.
      expect(rowOf(report, 'SGD-GDMN').submissionToApproval).toEqual(recount([20, 25]));
      expect(rowOf(report, 'SGD-GDMN').submissionToApproval).toEqual({ count: 2, p50: 0.8, p90: 1 });
      expect(rowOf(report, 'SGD-GDPT').submissionToApproval).toEqual(recount([33, 12, 38, 48, 72, 42]));
      await app.strapi.documents(WORKING_CALENDAR_DAY).delete({ documentId: saturday.documentId });
    } finally {
      await app.strapi.documents(WORKING_CALENDAR_DAY).delete({ documentId: dayOff.documentId });
    }
    // Deleted: back to the library's calendar at once.
    const report = (await get(root, '?from=2026-11-01&to=2026-11-30')).body.data as TurnaroundReport;
    expect(rowOf(report, 'SGD-GDPT').submissionToApproval).toEqual({ count: 6, p50: 1.8, p90: 3 });
  });

  describe('the backlog', () => {
    const created: string[] = [];

    /** An item of the department's own (as a unit) waiting now in `state` at `department`, since `ago` milliseconds. */
    async function waiting(title: string, state: string, department: string, ago: number, extra: Record<string, unknown> = {}) {
      const unit = (await unitIdsByCode(app.strapi, [department])).get(department)!;
      const item = await app.strapi.documents(ARTICLE).create({ data: { title, kind: 'news', unit } });
      const record = await getService(app.strapi, 'item-state').recordOf(item.documentId);
      await app.strapi.db.query(ITEM_STATE).update({ where: { id: record.id }, data: { state, departmentId: departments.get(department), ...extra } });
      const since = new Date(Date.now() - ago);
      await app.strapi.db.query(TRANSITION).createMany({
        data: [
          { itemDocumentId: item.documentId, role: 'author', action: 'submit', fromState: 'draft', toState: 'in_review', version: 2, departmentId: departments.get(department), createdAt: new Date(since.getTime() - 60_000) },
          { itemDocumentId: item.documentId, role: 'editor', action: 'forward', fromState: 'in_review', toState: state, version: 3, departmentId: departments.get(department), createdAt: since },
        ],
      });
      created.push(item.documentId);
      return { documentId: item.documentId, since };
    }

    it('lists what waits now, by department and for the publisher, with its age and the oldest items', async () => {
      const fresh = await waiting('Tin vừa chuyển', 'awaiting_approval', 'SGD-GDPT', 60_000);
      // Four calendar days: from 2 working days (over a weekend) to 4 (none in between): 2–5.
      const days4 = await waiting('Tin chờ bốn ngày', 'in_review', 'SGD-GDPT', 4 * DAY);
      // Two weeks: at least eight working days.
      const old = await waiting('Tin chờ hai tuần', 'in_review', 'SGD-GDPT', 14 * DAY);
      await waiting('Tin Mầm non', 'in_review', 'SGD-GDMN', 14 * DAY);
      const approved = await waiting('Tin chờ đăng', 'approved', 'SGD-GDPT', 14 * DAY);
      // Scheduled: it waits for its time, not for the publisher.
      await waiting('Tin hẹn giờ', 'approved', 'SGD-GDPT', 14 * DAY, { scheduledAt: new Date(Date.now() + DAY) });

      const res = await get(root);
      expect(res.status).toBe(200);
      const report = res.body.data as TurnaroundReport;
      const gdpt = rowOf(report, 'SGD-GDPT').backlog;
      expect(gdpt).toMatchObject({ total: 3, byState: { in_review: 2, awaiting_approval: 1 }, buckets: { 'under-1': 1, '1-2': 0, '2-5': 1, 'over-5': 1 } });
      expect(gdpt.oldest.map((item) => item.documentId)).toEqual([old.documentId, days4.documentId, fresh.documentId]);
      expect(gdpt.oldest[0]).toEqual({
        documentId: old.documentId,
        title: 'Tin chờ hai tuần',
        unit: { code: 'SGD-GDPT', name: 'Phòng Giáo dục Phổ thông' },
        state: 'in_review',
        waitingSince: old.since.toISOString(),
        waitingSinceVietnam: new Date(old.since.getTime() + VN).toISOString().slice(0, 16).replace('T', ' '),
        ageWorkingDays: expect.any(Number),
        editPath: `/content-manager/collection-types/api::article.article/${old.documentId}`,
      });
      expect(gdpt.oldest[0].ageWorkingDays).toBeGreaterThanOrEqual(8);
      expect(rowOf(report, 'SGD-GDMN').backlog).toMatchObject({ total: 1, buckets: { 'over-5': 1 } });
      expect(report.publisher.backlog).toMatchObject({ total: 1, byState: { approved: 1 }, buckets: { 'over-5': 1 } });
      expect(report.publisher.backlog.oldest.map((item) => item.documentId)).toEqual([approved.documentId]);
    });

    it('scopes to the caller: QLCL sees everything, a department’s editor theirs, an author nothing (403)', async () => {
      const publisher = await newsroomUser(app, 'publisher@test.local', 'publisher', ['SGD-QLCL']);
      const all = (await get(publisher.token, '?from=2026-11-01&to=2026-11-30')).body.data as TurnaroundReport;
      expect(all.departments.length).toBeGreaterThan(5);
      expect(rowOf(all, 'SGD-GDPT').submissionToApproval.count).toBe(6);

      const editor = await newsroomUser(app, 'editor@test.local', 'editor', ['SGD-GDMN']);
      const res = await get(editor.token, '?from=2026-11-01&to=2026-11-30');
      expect(res.status).toBe(200);
      const mine = res.body.data as TurnaroundReport;
      expect(mine.departments.map((row) => row.department.code)).toEqual(['SGD-GDMN']);
      expect(mine.departments[0].submissionToApproval).toEqual(recount([6, 2]));
      // The publisher's figure and backlog for the department's own items only: b1's 1 h.
      expect(mine.publisher.approvalToPublication).toEqual(recount([1]));
      expect(mine.publisher.backlog.total).toBe(0);
      expect(JSON.stringify(mine)).not.toContain('SGD-GDPT');

      const author = await newsroomUser(app, 'author@test.local', 'author', ['SGD-GDPT']);
      const refused = await get(author.token);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/chỉ dành cho/);
      expect(JSON.stringify(refused.body)).not.toContain('submissionToApproval');
    });
  });

  it('answers this month up to today by default, and refuses a bad period in Vietnamese', async () => {
    const today = new Date(Date.now() + VN).toISOString().slice(0, 10);
    const res = await get(root);
    expect(res.body.data).toMatchObject({ from: `${today.slice(0, 7)}-01`, to: today });
    expect((await get(root, '?to=2026-10-31')).body.data).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
    const tomorrow = new Date(Date.now() + VN + DAY).toISOString().slice(0, 10);
    const refusals: Array<[string, RegExp]> = [
      ['?from=2026-13-01&to=2026-11-30', /không hợp lệ/],
      ['?from=2026-11-30&to=2026-11-01', /đứng sau/],
      ['?from=2026-11-01&to=2026-11-31', /không hợp lệ/],
      [`?from=2026-11-01&to=${tomorrow}`, /sau hôm nay/],
      ['?from=2020-01-01&to=2026-11-30', /tối đa/],
      ['?month=2026-11', /Tham số không được hỗ trợ/],
      ['?from[]=2026-11-01', /giá trị đơn/],
    ];
    for (const [query, message] of refusals) {
      const refused = await get(root, query);
      expect({ query, status: refused.status, message: refused.body.error?.message }).toEqual({ query, status: 400, message: expect.stringMatching(message) });
    }
  });
});
