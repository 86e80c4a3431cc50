import { startStrapi, type TestApp } from './harness/strapi';
import { createAdminUser } from './harness/admin-client';
import { createDraft } from './harness/http';
import { act, grantAdminActions, type Desk, newsroomDesk, PASSWORD, workflowApi } from './harness/workflow';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { pathTo, type WorkflowState } from '../src/plugins/editorial-workflow/shared/state-machine';
import { PERMISSIONS } from '../src/plugins/editorial-workflow/shared/permissions';
import { addWorkingDays } from '../src/plugins/editorial-workflow/shared/working-days';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { ADMIN_USER, JOB_RUN, NOTIFICATION, TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

const MINUTE = 60_000;

/**
 * Overdue items remind whoever must act, once, and a working day later escalate one level up, once
 * (issue 16, item 8): the editors of the department for an item in review, its head for approval,
 * the publishers for publishing; then the head, or the leadership. Items go through the workflow as
 * the real roles over HTTP; the job runs at chosen instants (`run({ now })`), as cron would later.
 */
describe('deadline alerts: overdue reminders and escalation', () => {
  let app: TestApp;
  let desk: Desk;
  let xaA: string;
  let topicIII2: string;
  let started: Date;
  const items = new Map<string, string>();
  const people = new Map<string, number>();

  const alerts = () => getService(app.strapi, 'deadline-alerts');
  /** The alerts written so far, as `action → [who, item]` pairs, in a stable order. */
  async function told(): Promise<string[]> {
    const rows: Array<{ userId: number; action: string; itemDocumentId: string }> = await app.strapi.db.query(NOTIFICATION).findMany({
      where: { action: { $in: ['deadline-overdue', 'deadline-escalation'] } },
      select: ['userId', 'action', 'itemDocumentId'],
    });
    const who = new Map([...people].map(([name, id]) => [id, name]));
    const what = new Map([...items].map(([key, documentId]) => [documentId, key]));
    return rows.map((row) => `${row.action} → ${who.get(row.userId)} (${what.get(row.itemDocumentId)})`).sort();
  }

  async function itemIn(key: string, state: WorkflowState) {
    const { documentId } = await createDraft(app, desk.author, { title: `Tin ${key}`, unit: xaA, topic: topicIII2 });
    for (const { action, role } of pathTo(state)) await act(app, desk[role], documentId, action);
    items.set(key, documentId);
  }

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', active: true } });
    xaA = (await unitIdsByCode(app.strapi, ['XA-A'])).get('XA-A')!;
    topicIII2 = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId;
    desk = await newsroomDesk(app);
    await grantAdminActions(app.strapi, 'newsroom-leader', [PERMISSIONS.useWorkflow, PERMISSIONS.takeDown]);
    const roles = await adminRoleIdsByCode(app.strapi);
    await createAdminUser(app.strapi, { email: 'leader@test.local', password: PASSWORD, roles: [roles.get('newsroom-leader')] });
    for (const name of ['author', 'editor', 'head', 'publisher', 'leader']) {
      people.set(name, (await app.strapi.db.query(ADMIN_USER).findOne({ where: { email: `${name}@test.local` }, select: ['id'] })).id);
    }

    started = new Date();
    await itemIn('review', 'in_review');
    await itemIn('approval', 'awaiting_approval');
    await itemIn('publishing', 'approved');
    // Scheduled: it waits for its time, not for anyone.
    await itemIn('scheduled', 'approved');
    await act(app, desk.publisher, items.get('scheduled')!, 'publish', { publishAt: new Date(Date.now() + 60 * 24 * 60 * MINUTE).toISOString() });
    await itemIn('draft', 'draft');
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('tells nobody before a deadline', async () => {
    const run = await alerts().run({ now: new Date(started.getTime() + 60 * MINUTE) });
    expect(run).toEqual({ skipped: false, alerts: [], notified: 0 });
    expect(await told()).toEqual([]);
  });

  it('reminds whoever must act once the deadline has passed, and escalates a working day later', async () => {
    // Two working days on: review (2 days) is just overdue; approval and publishing (1 day) are a working day past theirs.
    const now = new Date(addWorkingDays(started, 2).getTime() + 10 * MINUTE);
    const run = await alerts().run({ now });
    expect(run.skipped).toBe(false);
    expect(run.notified).toBe(5);
    expect(await told()).toEqual([
      'deadline-escalation → leader (approval)',
      'deadline-escalation → leader (publishing)',
      'deadline-overdue → editor (review)',
      'deadline-overdue → head (approval)',
      'deadline-overdue → publisher (publishing)',
    ]);
  });

  it('says so in the person’s notifications, in Vietnamese, linking to the item', async () => {
    const res = await workflowApi(app, desk.editor).notifications();
    expect(res.status).toBe(200);
    const notice = res.body.data.find((row: { action: string }) => row.action === 'deadline-overdue');
    expect(notice).toMatchObject({ title: 'Quá hạn xử lý: “Tin review”', itemDocumentId: items.get('review') });
    expect(notice.message).toMatch(/Hạn xử lý: \d\d:\d\d ngày \d\d\/\d\d\/\d{4} \(giờ Việt Nam\)\./);
  });

  it('runs once however many rounds run at once: the review item escalates to its head, once', async () => {
    const now = new Date(addWorkingDays(started, 3).getTime() + 10 * MINUTE);
    const runs = await Promise.all([alerts().run({ now }), alerts().run({ now }), alerts().run({ now })]);
    expect(runs.flatMap((run) => run.alerts)).toEqual([`deadline-escalation:${items.get('review')}:v2`]);
    expect(await told()).toEqual([
      'deadline-escalation → head (review)',
      'deadline-escalation → leader (approval)',
      'deadline-escalation → leader (publishing)',
      'deadline-overdue → editor (review)',
      'deadline-overdue → head (approval)',
      'deadline-overdue → publisher (publishing)',
    ]);
    expect(await app.strapi.db.query(JOB_RUN).count({ where: { job: 'deadline-alerts' } })).toBe(6);
    // Much later: nothing more for the same versions.
    expect((await alerts().run({ now: new Date(now.getTime() + 30 * 24 * 60 * MINUTE) })).alerts).toEqual([]);
  });

  it('starts again after a step: the item forwarded late is the head’s to approve, with a deadline of its own', async () => {
    await act(app, desk.editor, items.get('review')!, 'forward');
    const forwarded = new Date();
    expect((await alerts().run({ now: new Date(forwarded.getTime() + 60 * MINUTE) })).alerts).toEqual([]);
    const run = await alerts().run({ now: new Date(addWorkingDays(forwarded, 1).getTime() + 10 * MINUTE) });
    expect(run.alerts).toEqual([`deadline-overdue:${items.get('review')}:v3`]);
    expect((await told()).filter((line) => line.endsWith('(review)'))).toEqual([
      'deadline-escalation → head (review)',
      'deadline-overdue → editor (review)',
      'deadline-overdue → head (review)',
    ]);
  });
});
