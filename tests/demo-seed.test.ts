import path from 'path';
import request from 'supertest';
import { execFile } from 'child_process';
import { promisify } from 'util';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminLogin } from './harness/http';
import { DEMO_ITEM_COUNT, seedDemo } from '../src/seed/demo';
import { DEMO_LAST_YEAR_ITEM_COUNT } from '../src/seed/demo-overview';
import { monthKey } from '../src/utils/vietnam-time';
import { DEFAULT_DEMO_PASSWORD, DEMO_ACCOUNTS, DEMO_UNITS } from '../src/seed/data/demo';
import { UNIT_KINDS } from '../src/seed/data/units';
import { ARTICLE, COMMENT, COMM_SCRIPT, INFO_REQUEST, ITEM_CHANNEL, PRESS_INQUIRY, SPOKESPERSON, ITEM_SNAPSHOT, ITEM_STATE, OPINION_REPORT, SCRIPT_ITEM, TRANSITION, UNIT, UNIT_PLAN, UNIT_PLAN_DEADLINE, CONSULTATION, PUBLIC_COMMENT, FEEDBACK_SUMMARY } from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { DEMO_CONSULTATIONS } from '../src/seed/demo-consultations';
import { DEMO_FEEDBACK_CONSULTATION } from '../src/seed/demo-feedback';

const DAY = 24 * 60 * 60 * 1000;

describe('demo seed (npm run seed:demo)', () => {
  let app: TestApp;
  const now = new Date();

  beforeAll(async () => {
    app = await startStrapi();
    await seedDemo(app.strapi, { now });
  });

  afterAll(() => app?.stop());

  it('creates one admin account per role, each able to log in with the demo password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const token = await adminLogin(app, account.email, DEFAULT_DEMO_PASSWORD);
      expect(token).toEqual(expect.any(String));
    }
    const roles = await app.strapi.db.query('admin::user').findMany({ where: { email: 'author@demo.local' }, populate: ['roles'] });
    expect(roles[0].roles.map((role: { code: string }) => role.code)).toEqual(['newsroom-author']);
    const admin = await app.strapi.db.query('admin::user').findOne({ where: { email: 'admin@demo.local' }, populate: ['roles'] });
    expect(admin.roles[0].code).toBe('strapi-super-admin');
  });

  it('opens the admin panel in Vietnamese for every demo account', async () => {
    const token = await adminLogin(app, 'author@demo.local', DEFAULT_DEMO_PASSWORD);
    const me = await request(app.server).get('/admin/users/me').set({ Authorization: `Bearer ${token}` });
    expect(me.status).toBe(200);
    expect(me.body.data.preferedLanguage).toBe('vi');
    const users = await app.strapi.db.query('admin::user').findMany({ where: { email: { $in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: ['preferedLanguage'] });
    expect(users.map((user: { preferedLanguage: string }) => user.preferedLanguage)).toEqual(DEMO_ACCOUNTS.map(() => 'vi'));
  });

  it('creates units of every kind', async () => {
    for (const kind of UNIT_KINDS) {
      expect(await app.strapi.db.query(UNIT).count({ where: { kind } })).toBeGreaterThanOrEqual(3);
    }
  });

  it('creates a few dozen items over the last 8 weeks, some of them published', async () => {
    // The item Him Lam writes against its assignment is the assignments' demo (src/seed/demo-assignments.ts).
    const written: Array<{ itemDocumentId: string | null }> = await app.strapi.db.query('plugin::editorial-workflow.assignment-target').findMany({ select: ['itemDocumentId'] });
    const againstAssignments = written.map((part) => part.itemDocumentId).filter((id): id is string => Boolean(id));
    expect(againstAssignments).toHaveLength(1);
    const drafts: Array<{ createdAt: string; slug: string; unit: unknown; topics: unknown[] }> = await app.strapi.db
      .query(ARTICLE)
      // The units' items; the Office's official responses and consultations are their features' demos (below).
      .findMany({ where: { publishedAt: null, kind: { $notIn: ['response', 'consultation'] }, documentId: { $notIn: againstAssignments }, createdAt: { $gte: new Date(now.getTime() - 60 * DAY) } }, populate: ['unit', 'topics'] });
    expect(drafts).toHaveLength(DEMO_ITEM_COUNT);
    const ages = drafts.map((item) => (now.getTime() - new Date(item.createdAt).getTime()) / DAY);
    expect(Math.min(...ages)).toBeLessThan(1);
    expect(Math.max(...ages)).toBeGreaterThan(49);
    expect(Math.max(...ages)).toBeLessThanOrEqual(56);
    expect(drafts.every((item) => item.unit && item.topics.length > 0 && /^[a-z0-9-]+$/.test(item.slug))).toBe(true);
    expect(new Set(drafts.map((item) => item.slug)).size).toBe(DEMO_ITEM_COUNT);

    const published = await app.strapi.documents(ARTICLE).findMany({ status: 'published', limit: 100 });
    expect(published.length).toBeGreaterThanOrEqual(10);
    for (const item of published) expect(new Date(item.publishedAt as string).getTime()).toBeLessThanOrEqual(now.getTime());
  });

  it('opens one consultation and shows one closed, published through the workflow, with the public\'s comments', async () => {
    const open = await request(app.server).get('/api/consultations?status=open');
    const closed = await request(app.server).get('/api/consultations?status=closed');
    expect(open.body.data.map((c: { title: string }) => c.title)).toEqual([DEMO_CONSULTATIONS[0].title]);
    expect(closed.body.data.map((c: { title: string }) => c.title)).toEqual([DEMO_CONSULTATIONS[1].title]);
    // The feedback's own demo consultation (a draft, below) holds comments of its own.
    expect(await app.strapi.db.query(PUBLIC_COMMENT).count({ where: { itemDocumentId: { $ne: DEMO_FEEDBACK_CONSULTATION } } })).toBe(DEMO_CONSULTATIONS.reduce((sum, c) => sum + c.comments.length, 0));
    const steps = await app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: { $in: (await app.strapi.db.query(CONSULTATION).findMany()).map((c: { itemDocumentId: string }) => c.itemDocumentId) } } });
    expect(steps.map((step: { action: string }) => step.action).sort()).toEqual(['approve', 'approve', 'forward', 'forward', 'publish', 'publish', 'submit', 'submit']);
  });

  it('answers the crisis with an official response online and the incident with one awaiting the leadership, through the fast lane', async () => {
    const responses: Array<{ documentId: string; unit: { code: string } }> = await app.strapi.db
      .query(ARTICLE)
      .findMany({ where: { publishedAt: null, kind: 'response' }, populate: ['unit'] });
    expect(responses.map((item) => item.unit.code)).toEqual(['SGD-VP', 'SGD-VP']);
    const states = await app.strapi.db.query(ITEM_STATE).findMany({ where: { itemDocumentId: { $in: responses.map((item) => item.documentId) } } });
    expect(states.map((row: { state: string }) => row.state).sort()).toEqual(['awaiting_approval', 'published']);
    expect(states.every((row: { departmentId: number | null }) => row.departmentId === null)).toBe(true);
    const steps = await app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: { $in: responses.map((item) => item.documentId) } }, orderBy: [{ id: 'asc' }] });
    expect(steps.map((row: { role: string; action: string }) => `${row.role}:${row.action}`)).toEqual(['author:submit', 'leadership:approve', 'publisher:publish', 'author:submit']);
  });

  it('moves the demo items through the real workflow into every state, with their history', async () => {
    const states: Array<{ state: string; scheduledAt: string | null }> = await app.strapi.db
      .query(ITEM_STATE)
      .findMany({ select: ['state', 'scheduledAt'] });
    expect(new Set(states.map((row) => row.state))).toEqual(
      new Set(['draft', 'in_review', 'awaiting_approval', 'approved', 'published', 'returned', 'unpublished'])
    );
    expect(states.some((row) => row.state === 'approved' && row.scheduledAt)).toBe(true);
    const published = await app.strapi.db.query(ITEM_STATE).count({ where: { state: 'published' } });
    expect(await app.strapi.db.query(ARTICLE).count({ where: { publishedAt: { $notNull: true } } })).toBe(published);
    const history = await app.strapi.db.query(TRANSITION).findMany({ where: { action: 'return' } });
    expect(history.every((row: { comment: string | null; createdAt: string }) => row.comment && new Date(row.createdAt) <= now)).toBe(true);
    // Each demo account can log in and finds work waiting.
    const editor = await adminLogin(app, 'editor@demo.local', DEFAULT_DEMO_PASSWORD);
    const queue = await request(app.server).get('/editorial-workflow/queue').set({ Authorization: `Bearer ${editor}` });
    expect(queue.body.data.length).toBeGreaterThan(0);
  });

  it('shows a thread of editorial comments with a mention on an item in review', async () => {
    const editor = await adminLogin(app, 'editor@demo.local', DEFAULT_DEMO_PASSWORD);
    const [root] = await app.strapi.db.query(COMMENT).findMany({ where: { parentId: null } });
    const state = await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: root.itemDocumentId } });
    expect(state.state).toBe('in_review');
    const res = await request(app.server).get(`/editorial-workflow/items/${root.itemDocumentId}/comments`).set({ Authorization: `Bearer ${editor}` });
    expect(res.status).toBe(200);
    const [thread] = res.body.data.threads;
    expect(thread).toMatchObject({ field: 'summary', author: { name: 'Trần Thị Mai' }, mentions: [{ id: state.submittedById }], resolved: null });
    expect(thread.replies).toEqual([expect.objectContaining({ author: expect.objectContaining({ id: state.submittedById }) })]);
    // The mentioned author finds it among their notifications.
    const author = await app.strapi.db.query('admin::user').findOne({ where: { id: state.submittedById }, select: ['email'] });
    const token = await adminLogin(app, author.email, DEFAULT_DEMO_PASSWORD);
    const notices = await request(app.server).get('/editorial-workflow/notifications').set({ Authorization: `Bearer ${token}` });
    expect(notices.body.data.some((n: { action: string; itemDocumentId: string }) => n.action === 'comment-mention' && n.itemDocumentId === root.itemDocumentId)).toBe(true);
  });

  it('has overdue items: the demo editor is reminded of one, the leadership told of the oldest waiting for approval or publishing', async () => {
    const noticesOf = async (email: string) => {
      const token = await adminLogin(app, email, DEFAULT_DEMO_PASSWORD);
      const res = await request(app.server).get('/editorial-workflow/notifications?pageSize=100').set({ Authorization: `Bearer ${token}` });
      expect(res.status).toBe(200);
      return res.body.data as Array<{ action: string; title: string; itemDocumentId: string }>;
    };
    expect((await noticesOf('editor@demo.local')).filter((n) => n.action === 'deadline-overdue').length).toBeGreaterThan(0);
    const escalations = (await noticesOf('leader@demo.local')).filter((n) => n.action === 'deadline-escalation');
    expect(escalations.length).toBeGreaterThan(0);
    for (const notice of escalations) {
      const state = await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: notice.itemDocumentId }, select: ['state'] });
      expect(['awaiting_approval', 'approved']).toContain(state.state);
    }
  });

  it('keeps a snapshot of every step, and shows the head an item awaiting approval with the editor’s correction to compare', async () => {
    expect(await app.strapi.db.query(ITEM_SNAPSHOT).count()).toBe(await app.strapi.db.query(TRANSITION).count());
    const head = await adminLogin(app, 'head@demo.local', DEFAULT_DEMO_PASSWORD);
    const forwards: Array<{ itemDocumentId: string; id: number }> = await app.strapi.db.query(ITEM_SNAPSHOT).findMany({ where: { action: 'forward' }, select: ['itemDocumentId', 'id'] });
    const corrected = [];
    for (const forward of forwards) {
      const chain = await request(app.server).get(`/editorial-workflow/items/${forward.itemDocumentId}/snapshots`).set({ Authorization: `Bearer ${head}` });
      expect(chain.status).toBe(200);
      const [submitted] = chain.body.data;
      const diff = await request(app.server)
        .get(`/editorial-workflow/items/${forward.itemDocumentId}/snapshots/diff?from=${submitted.id}&to=${forward.id}`)
        .set({ Authorization: `Bearer ${head}` });
      expect(diff.status).toBe(200);
      if (!diff.body.data.same) corrected.push({ documentId: forward.itemDocumentId, fields: diff.body.data.changes.map((change: { field: string }) => change.field) });
    }
    expect(corrected).toEqual([{ documentId: expect.any(String), fields: ['summary', 'body'] }]);
    const state = await app.strapi.db.query(ITEM_STATE).findOne({ where: { itemDocumentId: corrected[0].documentId }, select: ['state'] });
    expect(state.state).toBe('awaiting_approval');
  });

  it('has a published item with an end: it comes down by itself in 60 days', async () => {
    const ending = await app.strapi.db.query(ITEM_STATE).findMany({ where: { unpublishAt: { $notNull: true } } });
    expect(ending).toHaveLength(1);
    expect(ending[0].state).toBe('published');
    expect(new Date(ending[0].unpublishAt).getTime()).toBeGreaterThan(Date.now() + 59 * 24 * 3600_000);
  });

  it('creates items in the same month a year ago, for the overview to compare with (demo-overview.ts)', async () => {
    const lastYear = monthKey(new Date(now.getTime() - 365 * DAY));
    const drafts: Array<{ createdAt: string; unit: unknown; topics: unknown[] }> = await app.strapi.db
      .query(ARTICLE)
      .findMany({ where: { publishedAt: null, createdAt: { $lt: new Date(now.getTime() - 60 * DAY) } }, populate: ['unit', 'topics'] });
    expect(drafts).toHaveLength(DEMO_LAST_YEAR_ITEM_COUNT);
    expect(new Set(drafts.map((item) => monthKey(new Date(item.createdAt))))).toEqual(new Set([lastYear]));
    expect(drafts.every((item) => item.unit && item.topics.length > 0)).toBe(true);
    const published = await app.strapi.db.query(ITEM_STATE).count({ where: { firstPublishedAt: { $lt: new Date(now.getTime() - 300 * DAY) } } });
    expect(published).toBe(DEMO_LAST_YEAR_ITEM_COUNT - 1);
    expect(await app.strapi.db.query(OPINION_REPORT).count({ where: { period: lastYear } })).toBeGreaterThan(0);
  });

  it('files monthly reports on time and late, and leaves some missing', async () => {
    // The last two months' reports (demo.ts); this month's and last year's come from demo-overview.ts.
    const [y, m] = monthKey(now).split('-').map(Number);
    const recent = [1, 2].map((back) => monthKey(new Date(Date.UTC(y, m - 1 - back, 15))));
    const reports = await app.strapi.db.query(OPINION_REPORT).findMany({ where: { period: { $in: recent } }, populate: ['unit'] });
    const filers = DEMO_UNITS.filter((unit) => unit.kind === 'commune-culture' || unit.kind === 'affiliated');
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.length).toBeLessThan(filers.length * 2);
    const days = reports.map((report: { submittedAt: string }) => new Date(new Date(report.submittedAt).getTime() + 7 * 3600_000).getUTCDate());
    expect(days.some((day: number) => day >= 20)).toBe(true);
    expect(days.some((day: number) => day < 20)).toBe(true);
  });

  it('writes a communication script with milestones, and files this year’s unit plans on time and late, leaving others missing', async () => {
    const script = await app.strapi.db.query(COMM_SCRIPT).findOne({});
    const milestones = typeof script.milestones === 'string' ? JSON.parse(script.milestones) : script.milestones;
    expect(milestones.length).toBeGreaterThanOrEqual(2);
    expect(await app.strapi.db.query(SCRIPT_ITEM).count({ where: { scriptId: script.id } })).toBe(1);
    const office = await app.strapi.db.query('admin::user').findOne({ where: { email: 'office@demo.local' }, select: ['id'] });
    const year = Number(new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 4));
    const view = await getService(app.strapi, 'unit-plans').view(office.id, true, { year }, now);
    expect(view.dueOn).toBe(`${year}-01-31`);
    const status = (code: string) => view.rows.find((row) => row.unit.code === code)?.status;
    expect([status('XA-MUONGPHANG'), status('THPT-CHUYEN-LQD'), status('XA-TUANGIAO')]).toEqual(['on-time', 'on-time', 'missing']);
    // Early in the year the late filing has not happened yet (demo-unit-plans.ts dates nothing after now).
    if (now.getTime() > Date.UTC(year, 1, 13)) expect(status('PHUONG-DIENBIENPHU')).toBe('late');
  });

  it('shows where published items went: each channel marked and delivered somewhere, one item still waiting, one post taken down (issue 18)', async () => {
    const records: Array<{ channel: string; lastAction: string; itemDocumentId: string }> = await app.strapi.db
      .query(ITEM_CHANNEL)
      .findMany({ select: ['channel', 'lastAction', 'itemDocumentId'] });
    expect(new Set(records.map((row) => row.channel))).toEqual(new Set(['fanpage', 'portal', 'press']));
    expect(records.filter((row) => row.lastAction === 'retract').map((row) => row.channel)).toEqual(['fanpage']);
    const published: Array<{ itemDocumentId: string }> = await app.strapi.db.query(ITEM_STATE).findMany({ where: { state: 'published' }, select: ['itemDocumentId'] });
    const marked = await app.strapi.db.query(ARTICLE).findMany({
      where: { publishedAt: null, documentId: { $in: published.map((row) => row.itemDocumentId) }, $or: [{ channelFanpage: true }, { channelPortal: true }, { channelPress: true }] },
      select: ['documentId'],
    });
    const reached = new Set(records.map((row) => row.itemDocumentId));
    // One marked published item waits ("chưa gửi"): the side panel shows that too.
    expect(marked.filter((row: { documentId: string }) => !reached.has(row.documentId))).toHaveLength(1);
  });

  it('keeps a spokesperson register, information requests (one overdue) and press inquiries (one open, one sent with its approval) (issue 22)', async () => {
    const spokespeople: Array<{ allTopics: boolean; validTo: unknown }> = await app.strapi.db.query(SPOKESPERSON).findMany({ select: ['allTopics', 'validTo'] });
    expect(spokespeople).toHaveLength(2);
    expect(spokespeople.filter((row) => row.allTopics && !row.validTo)).toHaveLength(1);
    const requests: Array<{ status: string; dueAt: string; channel: string }> = await app.strapi.db.query(INFO_REQUEST).findMany({ select: ['status', 'dueAt', 'channel'] });
    expect(requests.map((row) => row.status).sort()).toEqual(['answered', 'in-progress', 'received']);
    expect(new Set(requests.map((row) => row.channel))).toEqual(new Set(['website', 'letter']));
    const overdue = requests.filter((row) => !['answered', 'refused'].includes(row.status) && new Date(row.dueAt).getTime() < now.getTime());
    expect(overdue.map((row) => row.status)).toEqual(['in-progress']);
    const inquiries: Array<{ sentAt: unknown; approvedAt: unknown; answer: string | null }> = await app.strapi.db.query(PRESS_INQUIRY).findMany({ select: ['sentAt', 'approvedAt', 'answer'] });
    expect(inquiries).toHaveLength(2);
    expect(inquiries.filter((row) => row.sentAt && row.approvedAt)).toHaveLength(1);
    expect(inquiries.filter((row) => !row.sentAt && !row.approvedAt && row.answer)).toHaveLength(1);
  });

  it('gives two published items a video link and a PDF document, shown by the public API and downloadable (issue 20)', async () => {
    const published: Array<{ itemDocumentId: string }> = await app.strapi.db.query(ITEM_STATE).findMany({ where: { state: 'published' }, select: ['itemDocumentId'] });
    const rows = await app.strapi.db.query(ARTICLE).findMany({
      where: { publishedAt: { $notNull: true }, documentId: { $in: published.map((row) => row.itemDocumentId) } },
      select: ['slug', 'videoLinks'],
      populate: { documents: { select: ['url', 'mime'] } },
    });
    const carrying = rows.filter((row: { documents: unknown[] }) => row.documents.length > 0);
    expect(carrying).toHaveLength(2);
    for (const row of carrying) {
      const res = await request(app.server).get(`/api/articles/by-slug/${row.slug}`);
      expect(res.status).toBe(200);
      expect(res.body.data.videos).toEqual([expect.objectContaining({ provider: expect.stringMatching(/^(youtube|facebook)$/), id: expect.any(String) })]);
      expect(res.body.data.documents).toEqual([expect.objectContaining({ mime: 'application/pdf', url: row.documents[0].url })]);
      expect((await request(app.server).get(row.documents[0].url)).status).toBe(200);
    }
  });

  it('shows the public’s comments on a consultation handled by its department: classified, a duplicate merged, answered, one left to classify, the summary written (issue 22)', async () => {
    const consultation = await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: DEMO_FEEDBACK_CONSULTATION }, select: ['documentId'] });
    expect(consultation).not.toBeNull();
    const comments: Array<{ status: string; stance: string | null; answer: string | null; answerPublic: boolean | null }> = await app.strapi.db
      .query(PUBLIC_COMMENT)
      .findMany({ where: { itemDocumentId: consultation.documentId } });
    expect(comments).toHaveLength(5);
    expect(comments.filter((row) => row.status === 'merged')).toHaveLength(1);
    expect(comments.filter((row) => row.status === 'answered')).toHaveLength(2);
    expect(comments.filter((row) => row.answerPublic === true)).toHaveLength(1);
    expect(comments.filter((row) => row.stance === null)).toHaveLength(1);
    const summary = await app.strapi.db.query(FEEDBACK_SUMMARY).findOne({ where: { itemDocumentId: consultation.documentId } });
    expect(summary.mainPoints).toContain('dạy thêm');
    expect(summary.releasedAt).toBeNull();
  });

  it('is idempotent', async () => {
    const count = async () => ({
      users: await app.strapi.db.query('admin::user').count(),
      units: await app.strapi.db.query(UNIT).count(),
      items: await app.strapi.db.query(ARTICLE).count(),
      reports: await app.strapi.db.query(OPINION_REPORT).count(),
      comments: await app.strapi.db.query(COMMENT).count(),
      snapshots: await app.strapi.db.query(ITEM_SNAPSHOT).count(),
      scripts: await app.strapi.db.query(COMM_SCRIPT).count(),
      unitPlans: await app.strapi.db.query(UNIT_PLAN).count(),
      deadlines: await app.strapi.db.query(UNIT_PLAN_DEADLINE).count(),
      itemChannels: await app.strapi.db.query(ITEM_CHANNEL).count(),
      pressDesk: [await app.strapi.db.query(SPOKESPERSON).count(), await app.strapi.db.query(INFO_REQUEST).count(), await app.strapi.db.query(PRESS_INQUIRY).count()],
      publicComments: await app.strapi.db.query(PUBLIC_COMMENT).count(),
      feedbackSummaries: await app.strapi.db.query(FEEDBACK_SUMMARY).count(),
    });
    const before = await count();
    await seedDemo(app.strapi);
    expect(await count()).toEqual(before);
  });

  it('refuses to run in production, as a function and as an npm script', async () => {
    const script = await promisify(execFile)('npm', ['run', '--silent', 'seed:demo'], {
      cwd: path.join(__dirname, '..'),
      env: { ...process.env, NODE_ENV: 'production' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in script && script.code).toBe(1);
    expect(script.stderr).toMatch(/NODE_ENV=production/);

    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(seedDemo(app.strapi)).rejects.toThrow(/NODE_ENV=production/);
    } finally {
      process.env.NODE_ENV = env;
    }
  });
});
