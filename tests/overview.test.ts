import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminLogin, createAdminUser } from './harness/admin-client';
import { PASSWORD, newsroomUser } from './harness/workflow';
import { adminWithRole, clockDesk, fileReport, seedStatsReference, vn } from './harness/stats-fixture';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { OVERVIEW_MONTHS, type ByMonth, type OverviewMonth, type OverviewReport } from '../src/plugins/editorial-workflow/shared/contracts/overview';
import { UNIT_KINDS } from '../src/plugins/editorial-workflow/shared/contracts/stats';
import { CONCERN_SEVERITIES, DEFAULT_RESPONSE_HOURS, type ConcernSeverity } from '../src/plugins/editorial-workflow/shared/contracts/concerns';
import { ARTICLE, CONCERN, ITEM_STATE, MEDIA_ASSET, OPINION_REPORT, QUOTA_POLICY, TOPIC, TRANSITION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The Vietnam calendar of an instant: `YYYY-MM-DD`. */
const vnDate = (at: Date | string | number) => new Date(new Date(at).getTime() + 7 * HOUR).toISOString().slice(0, 10);

/** The ISO week of a Vietnam date, written out again here (not shared/periods.ts): `2026-W45`. */
function isoWeek(date: string): { key: string; monday: string; sunday: string } {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0
  const monday = new Date(day.getTime() - weekday * DAY);
  const thursday = new Date(monday.getTime() + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return { key: `${year}-W${String(week).padStart(2, '0')}`, monday: monday.toISOString().slice(0, 10), sunday: new Date(monday.getTime() + 6 * DAY).toISOString().slice(0, 10) };
}

const MONTHS: ByMonth<string> = { current: '2026-11', previous: '2026-10', lastYear: '2025-11' };

/**
 * The overview "Tổng quan" (`GET /editorial-workflow/overview?month=2026-11`): a fixture replayed
 * through the real workflow at chosen Vietnam times (November 2026, October 2026, November 2025 and
 * around them), then every figure recounted here from the rows themselves (item states, items and
 * their topics, units, quota policies, reports, history) and compared. Then the scope by role and
 * the refusals.
 */
describe('overview (Tổng quan)', () => {
  let app: TestApp;
  let units: Map<string, string>;
  const tokens: Record<string, string> = {};
  const get = (token: string, query = '') => request(app.server).get(`/editorial-workflow/overview${query}`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    app = await startStrapi();
    const { strapi } = app;
    units = await seedStatsReference(strapi);
    const desk = await clockDesk(strapi, 'overview-desk@test.local');
    const topicRows: Array<{ code: string; documentId: string }> = await strapi.db.query(TOPIC).findMany({ select: ['code', 'documentId'] });
    const topic = new Map(topicRows.map((row) => [row.code, row.documentId]));
    const item = async (unit: string, kind: 'news' | 'article' | 'feature', title: string, topics: string[]) => {
      const created = await strapi.documents(ARTICLE).create({ data: { title, kind, unit: units.get(unit), summary: title, topics: topics.map((code) => topic.get(code)!) } as never });
      return created.documentId;
    };

    // 1. Two topics of section III (counted once there), submitted at 00:30 on 1 November (31 October
    //    in UTC), returned and resubmitted (counted once), published on 3 November.
    const a = await item('XA-A', 'news', 'Ngày hội đến trường', ['III.1', 'III.2']);
    await desk.step(a, 'submit', vn('2026-11-01T00:30'));
    await desk.step(a, 'return', vn('2026-11-02T08:00'), { comment: 'Thiếu ảnh', reasonCategory: 'form' });
    await desk.publish(a, { submit: vn('2026-11-02T10:00'), forward: vn('2026-11-02T11:00'), approve: vn('2026-11-02T15:00'), publish: vn('2026-11-03T09:00') });
    // 2. Sections III and X (once in each), submitted 10 November, published at 00:10 on 1 December (no month compared).
    const b = await item('XA-B', 'feature', 'Chuyên đề học sinh giỏi', ['III.2', 'X.2']);
    await desk.publish(b, { submit: vn('2026-11-10T09:00'), forward: vn('2026-11-10T10:00'), approve: vn('2026-11-11T09:00'), publish: vn('2026-12-01T00:10') });
    // 3. Submitted at 23:30 on 31 October (October), published on 2 November (November).
    const c = await item('LT-E', 'article', 'Học bạ số', ['IX.1']);
    await desk.publish(c, { submit: vn('2026-10-31T23:30'), forward: vn('2026-11-02T08:00'), approve: vn('2026-11-02T09:00'), publish: vn('2026-11-02T14:00') });
    // 4. No topic: counted by kind, in no section. Waits in review.
    const d = await item('TH-D', 'news', 'Trường em', []);
    await desk.step(d, 'submit', vn('2026-11-05T08:00'));
    // 5. The same month a year earlier.
    const e = await item('XA-A', 'news', 'Dạy bơi an toàn', ['VII.3']);
    await desk.publish(e, { submit: vn('2025-11-12T08:00'), forward: vn('2025-11-12T09:00'), approve: vn('2025-11-13T09:00'), publish: vn('2025-11-14T09:00') });
    // 6. Before every month compared.
    const f = await item('XA-C', 'news', 'Khai giảng', ['III.1']);
    await desk.publish(f, { submit: vn('2026-09-28T08:00'), forward: vn('2026-09-28T09:00'), approve: vn('2026-09-28T10:00'), publish: vn('2026-09-29T10:00') });
    // 7. A department's feature series, November.
    const g = await item('SGD-VP', 'feature', 'Chuyên đề chuyển đổi số', ['IX.1', 'I']);
    await desk.publish(g, { submit: vn('2026-11-20T08:00'), forward: vn('2026-11-20T09:00'), approve: vn('2026-11-23T09:00'), publish: vn('2026-11-23T10:00') });
    // 8. Two items of XA-A in the week of 9 November (its weekly quota of two met that week).
    for (const [i, day] of ['2026-11-09', '2026-11-12'].entries()) {
      const h = await item('XA-A', 'news', `Tin tuần ${i}`, ['V']);
      await desk.step(h, 'submit', vn(`${day}T08:00`));
    }

    // Reports: XA-A on time, XA-B late, XA-C missing, LT-E on time (November); XA-A on time in October; XA-B late in November 2025.
    await fileReport(strapi, units.get('XA-A')!, '2026-11', vn('2026-11-10T09:00'));
    await fileReport(strapi, units.get('XA-B')!, '2026-11', vn('2026-11-20T00:00'));
    await fileReport(strapi, units.get('LT-E')!, '2026-11', vn('2026-11-19T23:59'));
    await fileReport(strapi, units.get('XA-A')!, '2026-10', vn('2026-10-05T09:00'));
    await fileReport(strapi, units.get('XA-B')!, '2025-11', vn('2025-11-25T09:00'));

    // Concerns (the opinion desk), entered at chosen times: XA-A's incident in November, still new (past
    // its 4 hours); XA-B's watch in November, closed; LT-E's crisis at 23:30 on 31 October, resolved;
    // XA-A's action in November 2025, in progress (long past its 24 hours); XA-C's watch entered now,
    // new, within its 72 hours (in no month compared, open all the same).
    const unitIdOf = async (code: string): Promise<number> => (await strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] })).id;
    const concern = async (unit: string, severity: ConcernSeverity, status: string, at: Date) =>
      strapi.db.query(CONCERN).create({
        data: {
          title: `Vấn đề ${unit} ${severity}`,
          description: 'Phụ huynh phản ánh.',
          channel: 'social-network',
          kind: 'current',
          severity,
          status,
          firstSeenAt: at,
          severitySince: at,
          filingUnitId: await unitIdOf(unit),
          filerId: 1,
          filerName: 'Người báo',
          createdAt: at,
        },
      });
    await concern('XA-A', 'incident', 'new', vn('2026-11-05T09:00'));
    await concern('XA-B', 'watch', 'closed', vn('2026-11-20T10:00'));
    await concern('LT-E', 'crisis', 'resolved', vn('2026-10-31T23:30'));
    await concern('XA-A', 'action', 'in-progress', vn('2025-11-10T08:00'));
    await concern('XA-C', 'watch', 'new', new Date());

    tokens.leader = await adminWithRole(app, 'leader@test.local', 'newsroom-leader');
    tokens.publisher = await adminWithRole(app, 'qlcl@test.local', 'newsroom-publisher');
    tokens.office = await adminWithRole(app, 'office@test.local', 'newsroom-office');
    tokens.author = (await newsroomUser(app, 'author@test.local', 'author', ['XA-A'])).token;
    tokens.editor = (await newsroomUser(app, 'editor@test.local', 'editor', ['SGD-VP'])).token;
    // A unit head of XA-A: the overview of their unit only.
    const roles = await adminRoleIdsByCode(strapi);
    const head = await createAdminUser(strapi, { email: 'unithead@test.local', password: PASSWORD, firstname: 'Thủ trưởng', lastname: 'Xã A', roles: [roles.get('newsroom-unit-head')] });
    const xaA = await strapi.db.query(UNIT).findOne({ where: { code: 'XA-A' }, select: ['id'] });
    await getService(strapi, 'membership').add({ userId: head.id, unitId: xaA.id, role: 'unit-head' });
    tokens.unitHead = await adminLogin(app.server, 'unithead@test.local', PASSWORD);
  }, 240_000);

  afterAll(() => app?.stop());

  /**
   * Every figure of the overview, recounted from the rows: the item states' facts, the units' kinds,
   * the items' topics, the quota policies, the media, the reports and the history. `unitIds`: a
   * person's scope. Written apart from the server's code (no shared/periods, no stats service).
   */
  async function recount(unitIds?: number[], turnaround = true): Promise<Omit<OverviewReport, 'asOf' | 'month' | 'months' | 'scope'>> {
    const { strapi } = app;
    const inScope = (id: unknown) => id !== null && id !== undefined && (!unitIds || unitIds.includes(Number(id)));
    const monthOf = (at: unknown) => (at ? vnDate(at as string).slice(0, 7) : null);
    const whichOf = (at: unknown) => OVERVIEW_MONTHS.find((which) => MONTHS[which] === monthOf(at));
    const zero = () => Object.fromEntries(OVERVIEW_MONTHS.map((which) => [which, { submitted: 0, published: 0 }])) as ByMonth<{ submitted: number; published: number }>;

    const unitRows: Array<{ id: number; kind: string; active: boolean }> = await strapi.db.query(UNIT).findMany({ select: ['id', 'kind', 'active'] });
    const kindOf = new Map(unitRows.map((unit) => [unit.id, unit.kind]));
    const states: Array<Record<string, any>> = await strapi.db.query(ITEM_STATE).findMany({
      select: ['itemDocumentId', 'firstSubmittedAt', 'firstSubmittedUnitId', 'firstSubmittedKind', 'firstPublishedAt', 'firstPublishedUnitId'],
    });
    const drafts: Array<{ documentId: string; topics: Array<{ code: string }> }> = await strapi.db.query(ARTICLE).findMany({ where: { publishedAt: null }, select: ['documentId'], populate: { topics: { select: ['code'] } } });
    const sectionsOf = new Map(drafts.map((draft) => [draft.documentId, new Set(draft.topics.map((t) => t.code.split('.')[0]))]));

    const byKind = new Map(UNIT_KINDS.map((kind) => [kind as string, zero()]));
    const sectionRows: Array<{ code: string; title: string; order: number }> = await strapi.db.query(TOPIC).findMany({ where: { parent: null }, select: ['code', 'title', 'order'] });
    const bySection = new Map(sectionRows.map((row) => [row.code, zero()]));
    for (const state of states) {
      for (const fact of ['submitted', 'published'] as const) {
        const at = fact === 'submitted' ? state.firstSubmittedAt : state.firstPublishedAt;
        const unit = fact === 'submitted' ? state.firstSubmittedUnitId : state.firstPublishedUnitId;
        const which = whichOf(at);
        if (!which || !inScope(unit)) continue;
        byKind.get(kindOf.get(Number(unit))!)![which][fact] += 1;
        for (const section of sectionsOf.get(state.itemDocumentId) ?? []) bySection.get(section)![which][fact] += 1;
      }
    }
    const totals = zero();
    for (const counts of byKind.values()) for (const which of OVERVIEW_MONTHS) for (const fact of ['submitted', 'published'] as const) totals[which][fact] += counts[which][fact];

    // Quotas: the policies resolved by hand (a unit's own, else its kind's), counts from the rows.
    const policies: Array<{ unitKind: string; metric: string; period: string; minimum: number; dueDay: number | null; unit: { id: number } | null }> = await strapi.db
      .query(QUOTA_POLICY)
      .findMany({ populate: { unit: { select: ['id'] } } });
    const policyOf = (unit: { id: number; kind: string }, metric: string, period: string) =>
      policies.find((p) => p.unit?.id === unit.id && p.metric === metric && p.period === period) ?? policies.find((p) => !p.unit && p.unitKind === unit.kind && p.metric === metric && p.period === period);
    const reports: Array<{ period: string; submittedAt: string; unit: { id: number } | null }> = await strapi.db.query(OPINION_REPORT).findMany({ populate: { unit: { select: ['id'] } } });
    const media: Array<{ createdAt: string; unit: { id: number } | null }> = await strapi.db.query(MEDIA_ASSET).findMany({ populate: { unit: { select: ['id'] } } });
    const dueDayOf = (unit: { id: number; kind: string }) => policyOf(unit, 'opinion_report_on_time', 'month')?.dueDay ?? 20;
    const onTime = (unit: { id: number; kind: string }, report: { period: string; submittedAt: string }) =>
      new Date(report.submittedAt).getTime() < new Date(`${report.period}-${String(dueDayOf(unit)).padStart(2, '0')}T00:00:00+07:00`).getTime();
    const countIn = (unit: { id: number }, metric: string, from: string, to: string) => {
      const within = (at: unknown) => Boolean(at) && vnDate(at as string) >= from && vnDate(at as string) <= to;
      if (metric === 'items_submitted') return states.filter((s) => Number(s.firstSubmittedUnitId) === unit.id && within(s.firstSubmittedAt)).length;
      if (metric === 'features_submitted') return states.filter((s) => Number(s.firstSubmittedUnitId) === unit.id && s.firstSubmittedKind === 'feature' && within(s.firstSubmittedAt)).length;
      if (metric === 'items_published') return states.filter((s) => Number(s.firstPublishedUnitId) === unit.id && within(s.firstPublishedAt)).length;
      if (metric === 'media_assets') return media.filter((m) => m.unit?.id === unit.id && within(m.createdAt)).length;
      return -1;
    };
    const today = vnDate(Date.now());
    const active = unitRows.filter((unit) => unit.active !== false && inScope(unit.id));
    const quotaRows = new Map<string, ByMonth<{ units: number; met: number; share: number | null }>>();
    const tally = (key: string, which: OverviewMonth, met: boolean) => {
      const row = quotaRows.get(key) ?? (Object.fromEntries(OVERVIEW_MONTHS.map((w) => [w, { units: 0, met: 0, share: null }])) as ByMonth<{ units: number; met: number; share: number | null }>);
      row[which].units += 1;
      if (met) row[which].met += 1;
      quotaRows.set(key, row);
    };
    for (const which of OVERVIEW_MONTHS) {
      const month = MONTHS[which];
      const first = `${month}-01`;
      const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
      const mondays: string[] = [];
      for (let day = new Date(`${first}T00:00:00Z`); day.toISOString().slice(0, 10) <= last; day = new Date(day.getTime() + DAY)) {
        const date = day.toISOString().slice(0, 10);
        if (isoWeek(date).monday === date && isoWeek(date).sunday < today) mondays.push(date);
      }
      for (const unit of active) {
        for (const metric of ['items_submitted', 'features_submitted', 'items_published', 'media_assets', 'opinion_report_on_time']) {
          const monthly = policyOf(unit, metric, 'month');
          if (monthly && monthly.minimum > 0) {
            if (metric === 'opinion_report_on_time') {
              const report = reports.find((r) => r.unit?.id === unit.id && r.period === month);
              const due = Date.now() >= new Date(`${month}-${String(dueDayOf(unit)).padStart(2, '0')}T00:00:00+07:00`).getTime();
              if (report || due) tally(`${metric}:month`, which, Boolean(report && onTime(unit, report)));
            } else {
              tally(`${metric}:month`, which, countIn(unit, metric, first, last) >= monthly.minimum);
            }
          }
          const weekly = policyOf(unit, metric, 'week');
          if (weekly && weekly.minimum > 0 && mondays.length > 0 && metric !== 'opinion_report_on_time') {
            tally(`${metric}:week`, which, mondays.every((monday) => countIn(unit, metric, monday, isoWeek(monday).sunday) >= weekly.minimum));
          }
        }
      }
    }
    for (const row of quotaRows.values()) for (const which of OVERVIEW_MONTHS) row[which].share = row[which].units === 0 ? null : Math.round((row[which].met / row[which].units) * 1000) / 1000;

    // Reports of the units asked for one.
    const expected = active.filter((unit) => (policyOf(unit, 'opinion_report_on_time', 'month')?.minimum ?? 0) > 0);
    const reportFigures = Object.fromEntries(
      OVERVIEW_MONTHS.map((which) => {
        const filed = expected.map((unit) => ({ unit, report: reports.find((r) => r.unit?.id === unit.id && r.period === MONTHS[which]) }));
        const onTimeCount = filed.filter(({ unit, report }) => report && onTime(unit, report)).length;
        const late = filed.filter(({ unit, report }) => report && !onTime(unit, report)).length;
        return [which, { expected: expected.length, onTime: onTimeCount, late, missing: expected.length - onTimeCount - late, dueDay: 20, due: Date.now() >= new Date(`${MONTHS[which]}-20T00:00:00+07:00`).getTime() }];
      })
    ) as OverviewReport['reports'];

    // Turnaround counts: the approvals and publications of each month in the history.
    const history: Array<{ action: string; createdAt: string }> = await strapi.db.query(TRANSITION).findMany({ where: { action: { $in: ['approve', 'publish'] } }, select: ['action', 'createdAt'] });
    const counted = (action: string, which: OverviewMonth) => history.filter((row) => row.action === action && monthOf(row.createdAt) === MONTHS[which]).length;

    return {
      totals,
      byKind: UNIT_KINDS.map((kind) => ({ kind, counts: byKind.get(kind)! })),
      bySection: sectionRows
        .sort((x, y) => (x.order ?? 0) - (y.order ?? 0) || x.code.localeCompare(y.code))
        .map(({ code, title }) => ({ code, title, counts: bySection.get(code)! })),
      quotas: [...quotaRows.entries()].map(([key, figures]) => ({ metric: key.split(':')[0], period: key.split(':')[1], figures })) as OverviewReport['quotas'],
      reports: reportFigures,
      turnaround: turnaround
        ? (Object.fromEntries(
            OVERVIEW_MONTHS.map((which) => [
              which,
              { submissionToApproval: { count: counted('approve', which) }, approvalToPublication: { count: counted('publish', which) } },
            ])
          ) as unknown as OverviewReport['turnaround'])
        : null,
      concerns: await recountConcerns(unitIds),
      planCoverage: { available: false, reason: expect.stringContaining('Chưa có') } as never,
    };
  }

  /** The concerns in scope (filed by or about the units), recounted: entered per month by severity, open now, overdue by the default hours. */
  async function recountConcerns(unitIds?: number[]): Promise<OverviewReport['concerns']> {
    const rows: Array<Record<string, any>> = await app.strapi.db.query(CONCERN).findMany({ populate: { units: { select: ['id'] } } });
    const mine = rows.filter((row) => !unitIds || unitIds.includes(Number(row.filingUnitId)) || row.units.some((unit: { id: number }) => unitIds.includes(unit.id)));
    const zero = () => ({ watch: 0, action: 0, incident: 0, crisis: 0 }) as Record<ConcernSeverity, number>;
    const entered = Object.fromEntries(OVERVIEW_MONTHS.map((which) => [which, zero()])) as ByMonth<Record<ConcernSeverity, number>>;
    const open = zero();
    let overdue = 0;
    for (const row of mine) {
      const which = OVERVIEW_MONTHS.find((w) => MONTHS[w] === vnDate(row.createdAt).slice(0, 7));
      if (which) entered[which][row.severity as ConcernSeverity] += 1;
      if (row.status === 'new' || row.status === 'in-progress') {
        open[row.severity as ConcernSeverity] += 1;
        if (Date.now() > new Date(row.severitySince).getTime() + DEFAULT_RESPONSE_HOURS[row.severity as ConcernSeverity] * HOUR) overdue += 1;
      }
    }
    return { available: true, severities: [...CONCERN_SEVERITIES], entered, open, overdue };
  }

  /** The overview, its turnaround cut down to the counts the recount checks (the p50/p90 are turnaround.test.ts's). */
  const comparable = (data: OverviewReport) => {
    const { asOf: _asOf, month: _month, months: _months, scope: _scope, quotas, turnaround, ...rest } = data;
    const sortedQuotas = [...quotas].sort((x, y) => `${x.metric}:${x.period}`.localeCompare(`${y.metric}:${y.period}`));
    return {
      ...rest,
      quotas: sortedQuotas,
      turnaround: turnaround
        ? Object.fromEntries(
            OVERVIEW_MONTHS.map((which) => [which, { submissionToApproval: { count: turnaround[which].submissionToApproval.count }, approvalToPublication: { count: turnaround[which].approvalToPublication.count } }])
          )
        : null,
    };
  };
  const sortQuotas = <T extends { quotas: OverviewReport['quotas'] }>(value: T) => ({ ...value, quotas: [...value.quotas].sort((x, y) => `${x.metric}:${x.period}`.localeCompare(`${y.metric}:${y.period}`)) });

  it('gives the leadership every unit: each figure equals the recount over the same rows', async () => {
    const response = await get(tokens.leader, '?month=2026-11');
    expect(response.status).toBe(200);
    const data = response.body.data as OverviewReport;
    expect(data).toMatchObject({ month: '2026-11', months: MONTHS, scope: 'all' });
    expect(comparable(data)).toEqual(sortQuotas(await recount()));
  });

  it('counts what the fixture says, by hand', async () => {
    const { body } = await get(tokens.leader, '?month=2026-11');
    const data = body.data as OverviewReport;
    // November: a (00:30 on the 1st), b, d, g, two of XA-A's week → 6 submitted; a, c, g published.
    expect(data.totals.current).toEqual({ submitted: 6, published: 3 });
    // October: c (23:30 on the 31st); nothing published (a's publication is November's, f's September's).
    expect(data.totals.previous).toEqual({ submitted: 1, published: 0 });
    expect(data.totals.lastYear).toEqual({ submitted: 1, published: 1 });
    const section = (code: string) => data.bySection.find((row) => row.code === code)!.counts.current;
    // III: a (two topics of III, once) and b; X: b; IX: c's publication, g; I: g; V: the two of the week.
    expect(section('III')).toEqual({ submitted: 2, published: 1 });
    expect(section('X')).toEqual({ submitted: 1, published: 0 });
    expect(section('IX')).toEqual({ submitted: 1, published: 2 });
    expect(section('V')).toEqual({ submitted: 2, published: 0 });
    expect(data.byKind.find((row) => row.kind === 'school')!.counts.current).toEqual({ submitted: 1, published: 0 });
    // XA-A, LT-E on time; XA-B on the 20th at 00:00 (late); XA-C and the school TH-D (schools are asked
    // for the report too, plan III.3, issue 15 item 4) missing.
    expect(data.reports.current).toMatchObject({ expected: 5, onTime: 2, late: 1, missing: 2, dueDay: 20, due: true });
    expect(data.reports.lastYear).toMatchObject({ onTime: 0, late: 1, missing: 4 });
    const reportsOnTime = data.quotas.find((row) => row.metric === 'opinion_report_on_time')!;
    expect(reportsOnTime.figures.current).toEqual({ units: 5, met: 2, share: 0.4 });
    expect(data.turnaround!.current.submissionToApproval.count).toBe(4);
    expect(data.turnaround!.current.approvalToPublication.count).toBe(3);
    // Concerns: November XA-A's incident and XA-B's watch, October (23:30 on the 31st) LT-E's crisis, November 2025 XA-A's action;
    // open now XA-A's incident (overdue), XA-A's action (overdue) and XA-C's watch (within its hours).
    expect(data.concerns.entered).toEqual({
      current: { watch: 1, action: 0, incident: 1, crisis: 0 },
      previous: { watch: 0, action: 0, incident: 0, crisis: 1 },
      lastYear: { watch: 0, action: 1, incident: 0, crisis: 0 },
    });
    expect(data.concerns.open).toEqual({ watch: 1, action: 1, incident: 1, crisis: 0 });
    expect(data.concerns.overdue).toBe(2);
    expect(data.planCoverage.available).toBe(false);
  });

  it('gives Phòng QLCL and the Office every unit too', async () => {
    for (const token of [tokens.publisher, tokens.office]) {
      const response = await get(token, '?month=2026-11');
      expect(response.status).toBe(200);
      expect(response.body.data.scope).toBe('all');
      expect(response.body.data.totals.current).toEqual({ submitted: 6, published: 3 });
    }
  });

  it("gives a unit head their unit's figures only, without a turnaround (no department)", async () => {
    const response = await get(tokens.unitHead, '?month=2026-11');
    expect(response.status).toBe(200);
    const data = response.body.data as OverviewReport;
    expect(data.scope).toBe('units');
    const xaA = (await app.strapi.db.query(UNIT).findOne({ where: { code: 'XA-A' }, select: ['id'] })).id;
    expect(comparable(data)).toEqual(sortQuotas(await recount([xaA], false)));
    expect(data.totals.current).toEqual({ submitted: 3, published: 1 });
    expect(data.turnaround).toBeNull();
  });

  it('refuses whoever has no overview right (an author, an editor), and anyone not logged in', async () => {
    expect((await get(tokens.author, '?month=2026-11')).status).toBe(403);
    expect((await get(tokens.editor, '?month=2026-11')).status).toBe(403);
    expect((await request(app.server).get('/editorial-workflow/overview?month=2026-11')).status).toBe(401);
  });

  it.each([
    ['?month=2026-13', 'không hợp lệ'],
    ['?month=tháng11', 'không hợp lệ'],
    ['?month=2026-1', 'không hợp lệ'],
    ['?month=2099-01', 'chưa bắt đầu'],
    ['?month=2019-05', 'không có dữ liệu'],
    ['?month=2026-11&unit=XA-A', 'Tham số không được hỗ trợ'],
    ['?month[]=2026-11', 'giá trị đơn'],
    ['?month=2026-11&month=2026-10', 'giá trị đơn'],
    ['?month=2026-11%00', 'month'],
  ])('answers %s with a 400 in Vietnamese', async (query, words) => {
    const response = await get(tokens.leader, query);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(words);
  });

  it('takes this month when no month is given', async () => {
    const response = await get(tokens.leader);
    expect(response.status).toBe(200);
    expect(response.body.data.month).toBe(vnDate(Date.now()).slice(0, 7));
  });

  it('reads a fixed number of queries, whatever the number of items', async () => {
    const { overviewReport } = await import('../src/plugins/editorial-workflow/server/src/overview/report');
    const knex = app.strapi.db.connection;
    // The mail outbox sends the workflow's notices in the background: let it finish, so only the overview's queries are counted.
    // The working calendar is cached for a while (working-calendar/load.ts): left out of the count.
    const countQueries = async () => {
      await getService(app.strapi, 'mail-outbox').drain();
      const queries: string[] = [];
      const listener = (query: { sql: string }) => queries.push(query.sql.slice(0, 120));
      knex.on('query', listener);
      await overviewReport(app.strapi, { units: { all: true }, departmentIds: undefined }, '2026-11');
      knex.removeListener('query', listener);
      return queries.filter((sql) => !sql.includes('working_calendar_days')).sort();
    };
    const before = await countQueries();
    // Twenty more items of November, submitted and published.
    const desk = await clockDesk(app.strapi, 'overview-more@test.local');
    for (let i = 0; i < 20; i += 1) {
      const id = await desk.item(units.get('XA-C')!, 'news', `Tin thêm ${i}`);
      await desk.publish(id, { submit: vn('2026-11-16T08:00'), forward: vn('2026-11-16T09:00'), approve: vn('2026-11-16T10:00'), publish: vn('2026-11-16T11:00') });
    }
    expect(await countQueries()).toEqual(before);
    const { body } = await get(tokens.leader, '?month=2026-11');
    expect(body.data.totals.current).toEqual({ submitted: 26, published: 23 });
    expect(comparable(body.data)).toEqual(sortQuotas(await recount()));
  }, 120_000);
});
