import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient, adminLogin, createAdminUser, superAdminToken } from './harness/admin-client';
import { createDraft } from './harness/http';
import { roundFixture, type RoundFixture } from './harness/round-fixture';
import { PASSWORD, act, grantAdminActions, newsroomUser, workflowApi } from './harness/workflow';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { PERMISSIONS } from '../src/plugins/editorial-workflow/shared/permissions';
import { dateOfDay, dayNumber, vnDateOf } from '../src/plugins/editorial-workflow/shared/periods';
import type { DelegateCandidate, DelegationList, DelegationView } from '../src/plugins/editorial-workflow/shared/contracts/delegation';
import { ADMIN_USER, DELEGATION, NOTIFICATION, TRANSITION, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

/** A message for a person of the newsroom: Vietnamese, with its marks. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/**
 * Delegation (ủy quyền) over HTTP as real logins: the head of SGD-GDPT hands approval to a second
 * editor of the department, the publisher hands publishing to a member of the leadership. The
 * delegate acts in the role on those days only, "on behalf of" the delegator in the history and the
 * notices; the delegation ends by its dates, or early by the administrator; bad requests change nothing.
 */
describe('delegation of a head’s or the publisher’s role', () => {
  let app: TestApp;
  let round: RoundFixture;
  let deputy: { id: number; token: string };
  let otherHead: { id: number; token: string };
  let leader: { id: number; token: string };
  let root: string;
  let ids: Record<'head' | 'publisher' | 'author' | 'editor', number>;
  let gdpt: number;
  let qlcl: number;
  const today = () => vnDateOf(new Date());
  const inDays = (days: number) => dateOfDay(dayNumber(today()) + days);

  const api = (token: string) => adminClient(app.server, token);
  const list = async (token: string): Promise<DelegationList> => (await api(token).get('/editorial-workflow/delegations')).body;
  const delegate = (token: string, body: Record<string, unknown>) => api(token).post('/editorial-workflow/delegations', body);
  const stored = () => app.strapi.db.query(DELEGATION).count();
  const historyOf = (documentId: string) =>
    app.strapi.db.query(TRANSITION).findMany({ where: { itemDocumentId: documentId }, orderBy: [{ id: 'asc' }] }) as Promise<
      Array<{ action: string; actorId: number; actorName: string; onBehalfOfId: number | null; onBehalfOfName: string | null; role: string }>
    >;

  /** A new item of XA-A, moved to `until` by the desk. */
  async function itemAt(title: string, until: 'in_review' | 'awaiting_approval' | 'approved'): Promise<string> {
    const { documentId } = await createDraft(app, round.desk.author, { title, unit: round.xaA.documentId, topic: round.topic });
    await act(app, round.desk.author, documentId, 'submit');
    if (until === 'in_review') return documentId;
    await act(app, round.desk.editor, documentId, 'forward');
    if (until === 'awaiting_approval') return documentId;
    await act(app, round.desk.head, documentId, 'approve');
    return documentId;
  }

  const versionOf = async (token: string, documentId: string) => (await workflowApi(app, token).item(documentId)).body.data.version as number;

  beforeAll(async () => {
    app = await startStrapi();
    round = await roundFixture(app);
    deputy = await newsroomUser(app, 'deputy@test.local', 'editor', ['SGD-GDPT']);
    otherHead = await newsroomUser(app, 'head-gdmn@test.local', 'head', ['SGD-GDMN']);
    await grantAdminActions(app.strapi, 'newsroom-leader', [PERMISSIONS.useWorkflow, PERMISSIONS.takeDown]);
    const roles = await adminRoleIdsByCode(app.strapi);
    const leaderUser = await createAdminUser(app.strapi, { email: 'leader@test.local', password: PASSWORD, roles: [roles.get('newsroom-leader')] });
    leader = { id: leaderUser.id, token: await adminLogin(app.server, 'leader@test.local', PASSWORD) };
    root = await superAdminToken(app.strapi, app.server);
    const idOf = async (email: string) => (await app.strapi.db.query(ADMIN_USER).findOne({ where: { email }, select: ['id'] })).id as number;
    ids = { head: await idOf('head@test.local'), publisher: await idOf('publisher@test.local'), author: await idOf('author@test.local'), editor: await idOf('editor@test.local') };
    const unitId = async (code: string) => (await app.strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] })).id as number;
    gdpt = await unitId('SGD-GDPT');
    qlcl = await unitId('SGD-QLCL');
  });

  afterAll(() => app?.stop());

  it('offers a head their own role to delegate, to the department’s members and the leadership only', async () => {
    const mine = await list(round.desk.head);
    expect(mine.delegable).toEqual([{ role: 'head', unitId: gdpt, unitName: expect.any(String) }]);
    expect(mine.canEndAny).toBe(false);
    const res = await api(round.desk.head).get(`/editorial-workflow/delegations/candidates?role=head&unitId=${gdpt}`);
    expect(res.status).toBe(200);
    const candidates: DelegateCandidate[] = res.body.data;
    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate.basis]));
    expect(byId.get(deputy.id)).toBe('same-unit');
    expect(byId.get(ids.editor)).toBe('same-unit');
    expect(byId.get(leader.id)).toBe('leadership');
    // Not oneself, not another department's head, not an author of a unit.
    expect(byId.has(ids.head)).toBe(false);
    expect(byId.has(otherHead.id)).toBe(false);
    expect(byId.has(ids.author)).toBe(false);
    // An editor holds no head role to hand over.
    const editorAsks = await api(round.desk.editor).get(`/editorial-workflow/delegations/candidates?role=head&unitId=${gdpt}`);
    expect(editorAsks.status).toBe(403);
    expect(editorAsks.body.error.message).toMatch(VIETNAMESE);
  });

  it('refuses bad delegations in Vietnamese and stores nothing', async () => {
    const good = { role: 'head', unitId: gdpt, delegateId: deputy.id, startsOn: today(), endsOn: inDays(2) };
    const cases: Array<[string, string, Record<string, unknown>, number]> = [
      ['to oneself', round.desk.head, { ...good, delegateId: ids.head }, 400],
      ['to someone outside the unit and the leadership', round.desk.head, { ...good, delegateId: otherHead.id }, 400],
      ['to an author of a school', round.desk.head, { ...good, delegateId: ids.author }, 400],
      ['a role the person does not hold', round.desk.editor, { ...good, delegateId: deputy.id }, 403],
      ['a role of another unit', otherHead.token, { ...good, delegateId: deputy.id }, 403],
      ['starting in the past', round.desk.head, { ...good, startsOn: inDays(-1) }, 400],
      ['ending before it starts', round.desk.head, { ...good, startsOn: inDays(3), endsOn: inDays(1) }, 400],
      ['longer than 90 days', round.desk.head, { ...good, endsOn: inDays(120) }, 400],
      ['a malformed date', round.desk.head, { ...good, endsOn: '2026-02-30' }, 400],
      ['a role that cannot be delegated', round.desk.head, { ...good, role: 'editor' }, 400],
      ['an unknown field', round.desk.head, { ...good, actorId: 1 }, 400],
      ['no delegate', round.desk.head, { ...good, delegateId: undefined }, 400],
    ];
    for (const [label, token, body, status] of cases) {
      const res = await delegate(token, body);
      expect({ label, status: res.status }).toEqual({ label, status });
      expect(res.body.error.message).toMatch(VIETNAMESE);
    }
    expect(await stored()).toBe(0);
  });

  it('lets the delegate approve on the delegated days only, recorded on behalf of the head, and tells both names', async () => {
    const first = await itemAt('Hội giảng giáo viên dạy giỏi cấp tỉnh', 'awaiting_approval');
    // Before any delegation the deputy (an editor) may not approve.
    const early = await workflowApi(app, deputy.token).transition(first, { action: 'approve', expectedVersion: await versionOf(round.desk.head, first) });
    expect(early.status).toBe(403);

    const res = await delegate(round.desk.head, { role: 'head', unitId: gdpt, delegateId: deputy.id, startsOn: today(), endsOn: inDays(2), note: 'Đi công tác Hà Nội' });
    expect(res.status).toBe(201);
    const made: DelegationView = res.body.data;
    expect(made).toMatchObject({ role: 'head', unitId: gdpt, delegatorId: ids.head, delegateId: deputy.id, status: 'active', startsOn: today(), endsOn: inDays(2) });
    // The delegate is told, and both see it in their list.
    const told = await app.strapi.db.query(NOTIFICATION).findMany({ where: { userId: deputy.id, action: 'delegation' } });
    expect(told).toHaveLength(1);
    expect(told[0].title).toContain('ủy quyền');
    expect((await list(deputy.token)).data.map((row) => row.id)).toEqual([made.id]);
    expect((await list(round.desk.head)).data.map((row) => row.id)).toEqual([made.id]);

    // An overlapping range is refused, naming the delegation it overlaps.
    const overlap = await delegate(round.desk.head, { role: 'head', unitId: gdpt, delegateId: leader.id, startsOn: inDays(1), endsOn: inDays(5) });
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.message).toContain('trùng');
    expect(await stored()).toBe(1);

    // The deputy's queue now holds the department's approvals; they approve on the head's behalf.
    const queue = await workflowApi(app, deputy.token).queue('?state=awaiting_approval');
    expect(queue.status).toBe(200);
    expect(queue.body.data.map((row: { documentId: string }) => row.documentId)).toContain(first);
    await act(app, deputy.token, first, 'approve');
    const approval = (await historyOf(first)).at(-1)!;
    expect(approval).toMatchObject({ action: 'approve', role: 'head', actorId: deputy.id, onBehalfOfId: ids.head });
    expect(approval.onBehalfOfName).toBe(made.delegatorName);
    // The side panel's history names both; the publisher's notice too.
    const described = await workflowApi(app, round.desk.head).item(first);
    expect(described.status).toBe(200);
    expect(described.body.data.history.at(-1)).toMatchObject({ actorName: made.delegateName, onBehalfOfName: made.delegatorName });
    const publisherTold = await app.strapi.db.query(NOTIFICATION).findMany({ where: { userId: ids.publisher, itemDocumentId: first } });
    expect(publisherTold.some((row: { message: string }) => row.message.includes(`thay mặt ${made.delegatorName}`))).toBe(true);

    // The head still acts in their own right: not "on behalf of" anyone.
    const second = await itemAt('Ngày hội đọc sách', 'awaiting_approval');
    await act(app, round.desk.head, second, 'approve');
    expect((await historyOf(second)).at(-1)).toMatchObject({ actorId: ids.head, onBehalfOfId: null });
  });

  it('gives nothing after the end date, nor once the administrator ends it early', async () => {
    const item = await itemAt('Tập huấn chuyển đổi số', 'awaiting_approval');
    // A delegation whose last day was yesterday: it ended by itself.
    await app.strapi.db.query(DELEGATION).create({
      data: { role: 'head', unitId: gdpt, delegatorId: ids.head, delegatorName: 'head Test', delegateId: ids.editor, delegateName: 'editor Test', startsOn: inDays(-5), endsOn: inDays(-1) },
    });
    const lapsed = await workflowApi(app, round.desk.editor).transition(item, { action: 'approve', expectedVersion: await versionOf(round.desk.head, item) });
    expect(lapsed.status).toBe(403);
    expect((await list(round.desk.editor)).data.find((row) => row.delegateId === ids.editor)?.status).toBe('ended');

    // The deputy's delegation (active) ended early by the administrator: the deputy may no longer approve.
    const active = (await list(deputy.token)).data.find((row) => row.status === 'active')!;
    const byDeputy = await api(deputy.token).post(`/editorial-workflow/delegations/${active.id}/end`, {});
    expect(byDeputy.status).toBe(403);
    const byStranger = await api(otherHead.token).post(`/editorial-workflow/delegations/${active.id}/end`, {});
    expect(byStranger.status).toBe(404);
    const all = await list(root);
    expect(all.canEndAny).toBe(true);
    expect(all.data.length).toBeGreaterThanOrEqual(2);
    const ended = await api(root).post(`/editorial-workflow/delegations/${active.id}/end`, {});
    expect(ended.status).toBe(200);
    expect(ended.body.data).toMatchObject({ id: active.id, status: 'ended-early' });
    const again = await api(root).post(`/editorial-workflow/delegations/${active.id}/end`, {});
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(VIETNAMESE);
    const refused = await workflowApi(app, deputy.token).transition(item, { action: 'approve', expectedVersion: await versionOf(round.desk.head, item) });
    expect(refused.status).toBe(403);
    const audit = await app.strapi.db.query('plugin::editorial-workflow.audit-entry').findMany({ where: { kind: { $in: ['delegation-granted', 'delegation-ended'] } } });
    expect(audit.map((row: { kind: string }) => row.kind).sort()).toEqual(['delegation-ended', 'delegation-granted']);
  });

  it('lets the publisher hand publishing to a member of the leadership, who publishes on their behalf', async () => {
    const item = await itemAt('Khai mạc Hội khỏe Phù Đổng', 'approved');
    const res = await delegate(round.desk.publisher, { role: 'publisher', unitId: qlcl, delegateId: leader.id, startsOn: today(), endsOn: today() });
    expect(res.status).toBe(201);
    await act(app, leader.token, item, 'publish');
    expect((await historyOf(item)).at(-1)).toMatchObject({ action: 'publish', role: 'publisher', actorId: leader.id, onBehalfOfId: ids.publisher });
  });

  it('keeps delegations and "on behalf of" out of the public API', async () => {
    for (const path of ['/api/delegations', '/api/editorial-workflow/delegations', '/editorial-workflow/delegations']) {
      const res = await request(app.server).get(path);
      expect([401, 403, 404]).toContain(res.status);
    }
    const articles = await request(app.server).get('/api/articles?populate=*');
    expect(JSON.stringify(articles.body)).not.toMatch(/onBehalfOf|delegat|thay mặt/i);
  });
});
