import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient } from './harness/admin-client';
import { createDraft, createSuperAdmin } from './harness/http';
import { act, newsroomUser, workflowApi } from './harness/workflow';
import { adminWithRole, seedStatsReference } from './harness/stats-fixture';
import { periodOf, vnDateOf } from '../src/plugins/editorial-workflow/shared/periods';
import type { HomeSummary } from '../src/plugins/editorial-workflow/shared/contracts/home';
import type { ComplianceGrid } from '../src/plugins/editorial-workflow/shared/contracts/stats';
import { ARTICLE } from '../src/plugins/editorial-workflow/shared/uids';

/**
 * The admin home page of the newsroom's people (`GET /editorial-workflow/home`): what waits for
 * them, their units' items by state, this period's quotas and their unread notifications, each in
 * the caller's scope and equal to what the queue, the statistics and the inbox say. Strapi's own
 * system-wide counts behind its home page are the administrator's only.
 */
describe('home page per role', () => {
  let app: TestApp;
  let units: Map<string, string>;
  const tokens = {} as Record<'root' | 'authorA' | 'authorB' | 'editor' | 'head' | 'office', string>;
  const items = {} as Record<'a1' | 'a2' | 'a3' | 'a4' | 'b1' | 'b2', string>;

  const get = (who: keyof typeof tokens, path: string) => adminClient(app.server, tokens[who]).get(path);
  const home = async (who: keyof typeof tokens): Promise<HomeSummary> => {
    const res = await get(who, '/editorial-workflow/home');
    expect(res.status).toBe(200);
    return res.body.data;
  };
  const item = async (who: 'authorA' | 'authorB', unit: string, title: string) =>
    (await createDraft(app, tokens[who], { title, unit: units.get(unit)!, summary: title })).documentId;

  beforeAll(async () => {
    app = await startStrapi();
    units = await seedStatsReference(app.strapi);
    tokens.root = await createSuperAdmin(app);
    tokens.authorA = (await newsroomUser(app, 'author-a@test.local', 'author', ['XA-A'])).token;
    tokens.authorB = (await newsroomUser(app, 'author-b@test.local', 'author', ['XA-B'])).token;
    tokens.editor = (await newsroomUser(app, 'editor@test.local', 'editor', ['SGD-VP'])).token;
    tokens.head = (await newsroomUser(app, 'head@test.local', 'head', ['SGD-VP'])).token;
    // The Office's role has no workflow right: no home data of the newsroom's.
    tokens.office = await adminWithRole(app, 'office@test.local', 'newsroom-office');

    // XA-A: a draft, one in review, one awaiting approval, one returned. XA-B: a draft, one in review.
    // Both communes' items go to SGD-VP (their default department).
    items.a1 = await item('authorA', 'XA-A', 'Tin nháp xã A');
    items.a2 = await item('authorA', 'XA-A', 'Tin xã A chờ biên tập');
    items.a3 = await item('authorA', 'XA-A', 'Tin xã A chờ duyệt');
    items.a4 = await item('authorA', 'XA-A', 'Tin xã A bị trả lại');
    items.b1 = await item('authorB', 'XA-B', 'Tin nháp xã B');
    items.b2 = await item('authorB', 'XA-B', 'Tin xã B chờ biên tập');
    for (const documentId of [items.a2, items.a3, items.a4]) await act(app, tokens.authorA, documentId, 'submit');
    await act(app, tokens.authorB, items.b2, 'submit');
    await act(app, tokens.editor, items.a3, 'forward');
    await act(app, tokens.editor, items.a4, 'return', { comment: 'Bổ sung ảnh và nguồn tin.' });
  }, 300_000);

  afterAll(() => app?.stop());

  it('shows an author their queue, their own unit’s items only, and their unread notice', async () => {
    const data = await home('authorA');
    const counts = await get('authorA', '/editorial-workflow/queue/counts');
    expect(data.waiting).toEqual(counts.body.data);
    expect(data.waiting).toEqual({ total: 2, byState: { returned: 1, draft: 1 } });

    expect(data.unitItems.units.map((unit) => unit.code)).toEqual(['XA-A']);
    expect(data.unitItems.byState).toEqual({ draft: 1, in_review: 1, awaiting_approval: 1, returned: 1 });
    expect(data.unitItems.total).toBe(4);

    expect(data.notifications.unread).toBe(1);
    expect(data.notifications.latest).toHaveLength(1);
    expect(data.notifications.latest[0]).toMatchObject({ itemDocumentId: items.a4, readAt: null });
    const inbox = await workflowApi(app, tokens.authorA).notifications('?unread=true');
    expect(data.notifications.unread).toBe(inbox.body.meta.unread);
    expect(JSON.stringify(data)).not.toContain('xã B');
  });

  it('shows an editor their department’s queue, and the department’s quotas', async () => {
    const data = await home('editor');
    const counts = await get('editor', '/editorial-workflow/queue/counts');
    expect(data.waiting).toEqual(counts.body.data);
    expect(data.waiting).toEqual({ total: 2, byState: { in_review: 2 } });
    expect(data.unitItems).toEqual({ total: 0, byState: {}, units: [expect.objectContaining({ code: 'SGD-VP' })] });
    expect(data.quota.units.map((entry) => entry.unit.code)).toEqual(['SGD-VP']);
    // A department: an item a week and a feature series a month (the plan's quotas).
    expect(data.quota.units[0].progress.map(({ metric, granularity, quota }) => `${metric}/${granularity}/${quota}`).sort()).toEqual([
      'features_submitted/month/1',
      'items_submitted/week/1',
    ]);
    // Told of the three submissions to its department and of B's.
    expect(data.notifications.unread).toBe((await workflowApi(app, tokens.editor).notifications()).body.meta.unread);
    expect(data.notifications.unread).toBe(4);
    expect(data.notifications.latest.map((notice) => notice.itemDocumentId).sort()).toEqual([items.a2, items.a3, items.a4, items.b2].sort());

    const head = await home('head');
    expect(head.waiting).toEqual({ total: 1, byState: { awaiting_approval: 1 } });
  });

  it('gives this week’s and this month’s quota progress as the statistics page counts it', async () => {
    const data = await home('authorA');
    const today = vnDateOf(new Date());
    expect(data.today).toBe(today);
    expect(data.quota.week).toEqual(periodOf(today, 'week'));
    expect(data.quota.month).toEqual(periodOf(today, 'month'));
    const [entry] = data.quota.units;
    expect(entry.unit.code).toBe('XA-A');

    for (const granularity of ['week', 'month'] as const) {
      const period = data.quota[granularity];
      const res = await get('authorA', `/editorial-workflow/stats/compliance?from=${period.start}&to=${period.end}&granularity=${granularity}&unit=XA-A`);
      expect(res.status).toBe(200);
      const grid: ComplianceGrid = res.body.data;
      const cells = grid.units[0].periods[period.key].metrics;
      const shown = entry.progress.filter((progress) => progress.granularity === granularity);
      expect(shown.length).toBeGreaterThan(0);
      for (const progress of shown) {
        expect(progress.period).toBe(period.key);
        expect({ metric: progress.metric, count: progress.count, quota: progress.quota, met: progress.met }).toEqual({ metric: progress.metric, ...cells[progress.metric] });
      }
    }
    // Three first submissions this week against the communes' two.
    expect(entry.progress.find((progress) => progress.metric === 'items_submitted')).toMatchObject({ granularity: 'week', count: 3, quota: 2, met: true });
  });

  it('follows the inbox: notices read are no longer counted', async () => {
    expect((await workflowApi(app, tokens.authorA).markRead({ all: true })).status).toBe(200);
    const data = await home('authorA');
    expect(data.notifications).toEqual({ unread: 0, latest: [] });
    // Another author's home is their own: B sees XA-B and nothing of A's.
    const other = await home('authorB');
    expect(other.unitItems.units.map((unit) => unit.code)).toEqual(['XA-B']);
    expect(other.unitItems.byState).toEqual({ draft: 1, in_review: 1 });
    expect(other.waiting).toEqual({ total: 1, byState: { draft: 1, returned: 0 } });
  });

  it('refuses a query string, and anyone without the workflow', async () => {
    const bad = await get('authorA', '/editorial-workflow/home?unit=XA-B');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('Tham số không được hỗ trợ: unit.');
    expect((await get('office', '/editorial-workflow/home')).status).toBe(403);
  });

  it('keeps Strapi’s system-wide counts for the administrator', async () => {
    const statistics = await get('root', '/admin/homepage/key-statistics');
    expect(statistics.status).toBe(200);
    expect(statistics.body.data).toMatchObject({ admins: expect.any(Number), apiTokens: expect.any(Number), webhooks: expect.any(Number) });
    expect(statistics.body.data.admins).toBeGreaterThanOrEqual(6);
    const entries = await get('root', '/content-manager/homepage/count-documents');
    expect(entries.status).toBe(200);
    expect(entries.body.data.draft).toBeGreaterThanOrEqual(6);
    // The administrator belongs to no unit: nothing of the newsroom's waits for them.
    const data = await home('root');
    expect(data).toMatchObject({ waiting: { total: 0 }, unitItems: { total: 0, units: [] }, quota: { units: [] } });
  });

  it.each(['authorA', 'editor', 'head', 'office'] as const)('refuses Strapi’s system-wide counts to %s (403), and leaves them their own home page', async (who) => {
    for (const path of ['/admin/homepage/key-statistics', '/content-manager/homepage/count-documents']) {
      const res = await get(who, path);
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      expect(res.body.error.message).toBe('Số liệu toàn hệ thống chỉ dành cho quản trị hệ thống.');
      expect(JSON.stringify(res.body)).not.toMatch(/apiTokens|published/);
    }
    // Their own layout of the home page and the scoped "last edited" list still work.
    expect((await get(who, '/admin/homepage/layout')).status).toBe(200);
    expect((await get(who, '/content-manager/homepage/recent-documents?action=update')).status).toBe(200);
  });

  it('lists in an author’s "last edited" only their unit’s items', async () => {
    const res = await get('authorB', '/content-manager/homepage/recent-documents?action=update');
    expect(res.status).toBe(200);
    const titles = (res.body.data as Array<{ title: string; contentTypeUid: string }>)
      .filter((entry) => entry.contentTypeUid === ARTICLE)
      .map((entry) => entry.title)
      .sort();
    expect(titles).toEqual(['Tin nháp xã B', 'Tin xã B chờ biên tập']);
  });
});
