import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin } from './harness/admin-client';
import { createDraft } from './harness/http';
import { act, type Desk, newsroomDesk } from './harness/workflow';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { seedDemo } from '../src/seed/demo';
import { DEFAULT_DEMO_PASSWORD } from '../src/seed/data/demo';
import { pathTo, type WorkflowState } from '../src/plugins/editorial-workflow/shared/state-machine';
import type { QueueRow, UnitItemRow } from '../src/plugins/editorial-workflow/shared/contracts';
import { DEADLINE_POLICY, TOPIC, TRANSITION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { isWorkingDay } from '../src/plugins/editorial-workflow/shared/working-days';

const DAY = 24 * 60 * 60 * 1000;
const VN = 7 * 60 * 60 * 1000;

/** An instant written in Vietnam time (UTC+7): `vn('2026-11-27', '15:00')`. */
const vn = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);
const dateOf = (instant: Date) => new Date(instant.getTime() + VN).toISOString().slice(0, 10);

/**
 * A Friday at least a week back whose Monday is a working day, and that Monday: an item that
 * entered its state on that Friday at 15:00 with one working day is due on Monday at 15:00, not
 * on Saturday. Found by calendar arithmetic, not by the module under test.
 */
function pastFridayAndMonday(now: Date): { friday: string; monday: string } {
  let day = new Date(Date.parse(dateOf(now)) - 7 * DAY);
  for (;;) {
    if (day.getUTCDay() === 5) {
      const monday = new Date(day.getTime() + 3 * DAY).toISOString().slice(0, 10);
      const friday = day.toISOString().slice(0, 10);
      if (isWorkingDay(friday) && isWorkingDay(monday)) return { friday, monday };
    }
    day = new Date(day.getTime() - DAY);
  }
}

/**
 * Deadlines by working days on the queue (`GET /queue`, `GET /queue/unit-items`): since when an
 * item waits, when it is due (the state's working days, data the administrator edits) and whether
 * it is overdue. Real logins over HTTP; the time an item entered its state is moved back in SQL.
 */
describe('queue deadlines by working days', () => {
  let app: TestApp;
  let desk: Desk;
  let xaA: string;
  let topicIII2: string;
  const items = new Map<string, string>();

  const queue = async (token: string, query: string) => {
    const res = await adminClient(app.server, token).get(`/editorial-workflow/queue${query}`);
    expect(res.status).toBe(200);
    return res.body.data as QueueRow[];
  };
  const unitItems = async (token: string, query = '?pageSize=100') => {
    const res = await adminClient(app.server, token).get(`/editorial-workflow/queue/unit-items${query}`);
    expect(res.status).toBe(200);
    return res.body.data as UnitItemRow[];
  };
  const rowOf = <Row extends { documentId: string }>(rows: Row[], key: string) => {
    const row = rows.find((candidate) => candidate.documentId === items.get(key));
    if (!row) throw new Error(`${key} is not listed`);
    return row;
  };

  async function itemIn(key: string, state: WorkflowState) {
    const { documentId } = await createDraft(app, desk.author, { title: `Tin ${key}`, unit: xaA, topic: topicIII2 });
    for (const { action, role } of pathTo(state)) await act(app, desk[role], documentId, action, action === 'return' ? { comment: 'Bổ sung ảnh.' } : {});
    items.set(key, documentId);
    return documentId;
  }

  /**
   * Moves the item's history back so that the step that put it in its state (its last row) is at
   * `at`, the earlier steps a minute apart before it, in order. History is append-only for the app:
   * SQL, as each database stores it.
   */
  async function enteredStateAt(key: string, at: Date) {
    const history: Array<{ id: number }> = await app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: items.get(key) }, select: ['id'], orderBy: [{ id: 'desc' }] });
    const table = app.strapi.db.metadata.get(TRANSITION).tableName;
    for (const [i, row] of history.entries()) {
      const time = new Date(at.getTime() - i * 60_000);
      await app.strapi.db
        .connection(table)
        .where({ id: row.id })
        .update({ created_at: app.strapi.db.dialect.client === 'postgres' ? time : time.getTime() });
    }
  }

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', active: true } });
    xaA = (await unitIdsByCode(app.strapi, ['XA-A'])).get('XA-A')!;
    topicIII2 = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId;
    desk = await newsroomDesk(app);

    await itemIn('fresh-review', 'in_review');
    await itemIn('stale-review', 'in_review');
    await itemIn('weekend-approval', 'awaiting_approval');
    await itemIn('stale-approved', 'approved');
    await itemIn('draft', 'draft');
    await enteredStateAt('stale-review', new Date(Date.now() - 10 * DAY));
    await enteredStateAt('stale-approved', new Date(Date.now() - 10 * DAY));
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('seeds the deadline of each waiting state as data: 2, 1 and 1 working days, once', async () => {
    const rows: Array<{ state: string; workingDays: number }> = await app.strapi.db.query(DEADLINE_POLICY).findMany({ select: ['state', 'workingDays'], orderBy: [{ state: 'asc' }] });
    expect(rows.map(({ state, workingDays }) => ({ state, workingDays }))).toEqual([
      { state: 'approved', workingDays: 1 },
      { state: 'awaiting_approval', workingDays: 1 },
      { state: 'in_review', workingDays: 2 },
    ]);
    const again = await seedReference(app.strapi);
    expect(again.deadlines).toEqual({ created: 0, kept: 3 });
  });

  it('gives the editor since when an item waits and its deadline; a fresh item is not overdue', async () => {
    const rows = await queue(desk.editor, '?state=in_review');
    const fresh = rowOf(rows, 'fresh-review');
    const [last] = await app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: items.get('fresh-review') }, orderBy: [{ id: 'desc' }], limit: 1 });
    expect(fresh.waitingSince).toBe(new Date(last.createdAt).toISOString());
    expect(fresh.overdue).toBe(false);
    // Two working days: at least two calendar days later (more over a weekend or a holiday).
    const due = Date.parse(fresh.dueAt!);
    expect(due - Date.parse(fresh.waitingSince)).toBeGreaterThanOrEqual(2 * DAY);
    expect(due).toBeGreaterThan(Date.now());
  });

  it('marks an item waiting longer than its deadline overdue, on every tab that lists it', async () => {
    const stale = rowOf(await queue(desk.editor, '?state=in_review'), 'stale-review');
    expect(stale.overdue).toBe(true);
    expect(Date.parse(stale.dueAt!)).toBeLessThan(Date.now());
    const approved = rowOf(await queue(desk.publisher, '?state=approved'), 'stale-approved');
    expect(approved).toMatchObject({ overdue: true, dueAt: expect.any(String) });

    // The author's tab "Tin bài của đơn vị" says the same.
    const tab = await unitItems(desk.author);
    expect(rowOf(tab, 'stale-review')).toMatchObject({ overdue: true, dueAt: stale.dueAt, waitingSince: stale.waitingSince });
    expect(rowOf(tab, 'fresh-review')).toMatchObject({ overdue: false });
    // A draft waits for its author, by no deadline.
    expect(rowOf(tab, 'draft')).toMatchObject({ dueAt: null, overdue: false });
  });

  it('counts working days across a weekend: Friday 15:00 plus one working day is Monday 15:00', async () => {
    const { friday, monday } = pastFridayAndMonday(new Date());
    await enteredStateAt('weekend-approval', vn(friday, '15:00'));
    const row = rowOf(await queue(desk.head, '?state=awaiting_approval'), 'weekend-approval');
    expect(row.waitingSince).toBe(vn(friday, '15:00').toISOString());
    expect(row.dueAt).toBe(vn(monday, '15:00').toISOString());
    expect(row.overdue).toBe(true);
  });

  it('follows the deadline the administrator sets', async () => {
    const policy = await app.strapi.db.query(DEADLINE_POLICY).findOne({ where: { state: 'in_review' } });
    await app.strapi.documents(DEADLINE_POLICY).update({ documentId: policy.documentId, data: { workingDays: 30 } });
    try {
      const stale = rowOf(await queue(desk.editor, '?state=in_review'), 'stale-review');
      // Ten calendar days are fewer than 30 working days.
      expect(stale.overdue).toBe(false);
      expect(Date.parse(stale.dueAt!)).toBeGreaterThan(Date.now() + 20 * DAY);
    } finally {
      await app.strapi.documents(DEADLINE_POLICY).update({ documentId: policy.documentId, data: { workingDays: 2 } });
    }
    expect(rowOf(await queue(desk.editor, '?state=in_review'), 'stale-review').overdue).toBe(true);
  });

  it('reads a queue page in a fixed number of queries, whatever its size', async () => {
    const knex = app.strapi.db.connection;
    const queriesOf = async (query: string) => {
      let count = 0;
      const onQuery = () => (count += 1);
      knex.on('query', onQuery);
      try {
        await queue(desk.editor, query);
      } finally {
        knex.removeListener('query', onQuery);
      }
      return count;
    };
    await queriesOf('?pageSize=1');
    const one = await queriesOf('?pageSize=1');
    const all = await queriesOf('?pageSize=100');
    expect((await queue(desk.editor, '?pageSize=100')).length).toBeGreaterThan(1);
    expect(all).toBe(one);
  });

  it('leaves the demo data with overdue items, so a newcomer sees the marker', async () => {
    await seedDemo(app.strapi);
    const editor = await adminLogin(app.server, 'editor@demo.local', DEFAULT_DEMO_PASSWORD);
    const rows = await queue(editor, '?pageSize=100');
    expect(rows.filter((row) => row.overdue).length).toBeGreaterThan(0);
  });
});
