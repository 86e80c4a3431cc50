import { startStrapi, type TestApp } from './harness/strapi';
import { adminClient } from './harness/admin-client';
import { contentManager, createSuperAdmin } from './harness/http';
import { grantAdminActions, newsroomUser } from './harness/workflow';
import { adminWithRole } from './harness/stats-fixture';
import { seedReference } from '../src/seed/reference';
import { adminRoleIdsByCode } from '../src/seed/admin-roles';
import { PERMISSIONS } from '../src/plugins/editorial-workflow/shared/permissions';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';
import { AUDIT_ENTRY, QUOTA_POLICY, UNIT } from '../src/plugins/editorial-workflow/shared/uids';

type Entry = { kind: string; actorName: string; subject: string; summary: string; details: Record<string, unknown> | null };

/**
 * The audit log (finding 11): memberships granted and revoked, admin roles, their rights and
 * people's roles, a unit's settings and the quotas, each with who did it; append-only; read by the
 * administrator and the leadership through `GET /editorial-workflow/audit`, by nobody else.
 */
describe('audit log', () => {
  let app: TestApp;
  let root: string;
  let leader: string;
  let author: { id: number; token: string };

  const audit = (token: string, query = '') => adminClient(app.server, token).get(`/editorial-workflow/audit${query}`);
  const latest = async (kind: string): Promise<Entry> => app.strapi.db.query(AUDIT_ENTRY).findOne({ where: { kind }, orderBy: [{ id: 'desc' }] });
  const unitId = async (code: string): Promise<number> => (await app.strapi.db.query(UNIT).findOne({ where: { code }, select: ['id'] })).id;

  beforeAll(async () => {
    app = await startStrapi();
    await seedReference(app.strapi);
    root = await createSuperAdmin(app);
    await grantAdminActions(app.strapi, 'newsroom-leader', [PERMISSIONS.readAudit]);
    leader = await adminWithRole(app, 'leader@test.local', 'newsroom-leader');
    author = await newsroomUser(app, 'author@test.local', 'author', ['SGD-VP']);
  });

  afterAll(() => app?.stop());

  it('records a membership granted and revoked through the API, naming who did it', async () => {
    const api = adminClient(app.server, root);
    const granted = await api.post('/editorial-workflow/memberships', { userId: author.id, unitId: await unitId('SGD-GDPT'), role: 'editor' });
    expect(granted.status).toBe(200);
    expect(await latest('membership-granted')).toMatchObject({
      actorName: 'Root Test',
      subject: `membership:${granted.body.data.id}`,
      details: { userId: author.id, unitCode: 'SGD-GDPT', role: 'editor', email: 'author@test.local' },
    });
    expect((await latest('membership-granted')).summary).toMatch(/Cấp vai trò Biên tập viên phòng chuyên môn tại đơn vị SGD-GDPT cho author@test.local/);

    expect((await api.delete(`/editorial-workflow/memberships/${granted.body.data.id}`)).status).toBe(200);
    expect(await latest('membership-revoked')).toMatchObject({ actorName: 'Root Test', subject: `membership:${granted.body.data.id}` });
  });

  it('records memberships granted by code (seeds, scripts) as the system’s', async () => {
    await getService(app.strapi, 'membership').add({ userId: author.id, unitId: await unitId('SGD-TCCB'), role: 'author' });
    expect(await latest('membership-granted')).toMatchObject({ actorName: 'Hệ thống', details: { unitCode: 'SGD-TCCB' } });
  });

  it('records admin roles created, their rights changed, and a person’s roles changed', async () => {
    const api = adminClient(app.server, root);
    const role = await api.post('/admin/roles', { name: 'Thanh tra', description: 'Vai trò thử' });
    expect(role.status).toBe(201);
    expect((await latest('admin-role-created')).summary).toMatch(/Tạo vai trò quản trị "Thanh tra"/);

    const rights = await api.put(`/admin/roles/${role.body.data.id}/permissions`, { permissions: [{ action: PERMISSIONS.readStats, subject: null }] });
    expect(rights.status).toBe(200);
    expect(await latest('admin-permission-granted')).toMatchObject({ actorName: 'Root Test', details: { action: PERMISSIONS.readStats } });

    const roles = await adminRoleIdsByCode(app.strapi);
    const changed = await api.put(`/admin/users/${author.id}`, { roles: [roles.get('newsroom-author'), role.body.data.id] });
    expect(changed.status).toBe(200);
    const entry = await latest('admin-user-roles');
    expect(entry).toMatchObject({ actorName: 'Root Test', subject: `admin-user:${author.id}`, details: { before: ['newsroom-author'] } });
    expect((entry.details as { after: string[] }).after).toHaveLength(2);
  });

  it('records a quota policy changed', async () => {
    const policy = await app.strapi.db.query(QUOTA_POLICY).findOne({ where: { metric: 'items_submitted' } });
    const res = await contentManager(app, root).update(QUOTA_POLICY, policy.documentId, { minimum: 3 });
    expect(res.status).toBe(200);
    expect(await latest('quota-policy-updated')).toMatchObject({ actorName: 'Root Test', details: { metric: 'items_submitted', minimum: 3 } });
  });

  it('is read by the administrator and the leadership, newest first, by kind; by nobody else', async () => {
    const all = await audit(root);
    expect(all.status).toBe(200);
    const ids = all.body.results.map((entry: { id: number }) => entry.id);
    expect(ids).toEqual([...ids].sort((a: number, b: number) => b - a));
    expect(all.body.pagination.total).toBeGreaterThan(5);

    const revoked = await audit(leader, '?kind=membership-revoked');
    expect(revoked.status).toBe(200);
    expect(revoked.body.results.length).toBeGreaterThan(0);
    expect(revoked.body.results.every((entry: Entry) => entry.kind === 'membership-revoked')).toBe(true);

    expect((await audit(author.token)).status).toBe(403);
    for (const query of ['?kind=khong-co', '?page=0', '?pageSize=1000', '?where[id]=1', '?kind[]=membership-granted', '?foo=1']) {
      const res = await audit(root, query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
    }
  });

  it('is append-only, whoever asks', async () => {
    const entry = await app.strapi.db.query(AUDIT_ENTRY).findOne({ where: {} });
    await expect(app.strapi.db.query(AUDIT_ENTRY).update({ where: { id: entry.id }, data: { summary: 'sửa' } })).rejects.toThrow(/chỉ được ghi thêm/);
    await expect(app.strapi.db.query(AUDIT_ENTRY).delete({ where: { id: entry.id } })).rejects.toThrow(/chỉ được ghi thêm/);
    await expect(app.strapi.db.query(AUDIT_ENTRY).deleteMany({ where: {} })).rejects.toThrow(/chỉ được ghi thêm/);
    expect((await app.strapi.db.query(AUDIT_ENTRY).findOne({ where: { id: entry.id } })).summary).toBe(entry.summary);
  });
});
