import type { Core } from '@strapi/strapi';
import { ROLE_LABELS } from '../../../shared/state-machine';
import { MEMBER_ROLE_LABELS } from '../../../shared/member-roles';
import { appendAudit, type AuditRecord } from './log';
import { registerUnitContactAudit } from './unit-contact';
import { ADMIN_USER, MEMBERSHIP, QUOTA_POLICY, UNIT } from '../../../shared/uids';

type Row = Record<string, unknown> & { id: number };
type LifecycleEvent = { params: { where?: unknown; data?: Record<string, unknown> }; result?: unknown; state: Record<string, unknown> };

const ADMIN_ROLE = 'admin::role';
const ADMIN_PERMISSION = 'admin::permission';
/** The unit settings the log follows: who allowed a unit to run a round single-handed, and when. */
const UNIT_SETTINGS = ['allowSingleHandedRounds'] as const;

/**
 * The audit log's sources, as database lifecycles so that every path is covered (admin panel,
 * plugin API, code, seeds): unit memberships, admin roles, their rights and people's roles, a unit's
 * settings and the quota policies. Rights rows changed outside an admin request are left out: they
 * are Strapi's own start-up bookkeeping of the super admin's rights and the seed's roles, whose
 * creation is recorded as a role.
 */
export function registerAuditSubscribers(strapi: Core.Strapi): void {
  const unitCode = async (id: unknown) =>
    (await strapi.db.query(UNIT).findOne({ where: { id: Number(id) }, select: ['code'] }))?.code ?? `#${String(id)}`;
  const userEmail = async (id: unknown) =>
    (await strapi.db.query(ADMIN_USER).findOne({ where: { id: Number(id) }, select: ['email'] }))?.email ?? `#${String(id)}`;
  const inAdminRequest = () => (strapi.requestContext.get()?.state as { auth?: { strategy?: { name?: string } } } | undefined)?.auth?.strategy?.name === 'admin';

  const membershipEntry = async (row: Row, granted: boolean): Promise<AuditRecord> => {
    const [email, code] = await Promise.all([userEmail(row.userId), unitCode(row.unitId)]);
    // The workflow's wording for its roles (as the history shows them); the unit head's own name.
    const role = ROLE_LABELS[row.role as keyof typeof ROLE_LABELS] ?? MEMBER_ROLE_LABELS[row.role as keyof typeof MEMBER_ROLE_LABELS] ?? String(row.role);
    return {
      kind: granted ? 'membership-granted' : 'membership-revoked',
      subject: `membership:${row.id}`,
      summary: `${granted ? 'Cấp' : 'Thu hồi'} vai trò ${role} tại đơn vị ${code} ${granted ? 'cho' : 'của'} ${email}.`,
      details: { userId: row.userId, unitId: row.unitId, unitCode: code, role: row.role, email },
    };
  };

  strapi.db.lifecycles.subscribe({
    models: [MEMBERSHIP],
    async afterCreate(event: LifecycleEvent) {
      await appendAudit(strapi, [await membershipEntry(event.result as Row, true)]);
    },
    async afterDelete(event: LifecycleEvent) {
      if (event.result) await appendAudit(strapi, [await membershipEntry(event.result as Row, false)]);
    },
    async beforeDeleteMany(event: LifecycleEvent) {
      event.state.rows = await strapi.db.query(MEMBERSHIP).findMany({ where: event.params.where as never });
    },
    async afterDeleteMany(event: LifecycleEvent) {
      const rows = (event.state.rows as Row[] | undefined) ?? [];
      await appendAudit(strapi, await Promise.all(rows.map((row) => membershipEntry(row, false))));
    },
  });

  const roleEntry = (kind: 'admin-role-created' | 'admin-role-updated' | 'admin-role-deleted', row: Row | undefined, data?: Record<string, unknown>): AuditRecord => {
    const verb = { 'admin-role-created': 'Tạo', 'admin-role-updated': 'Sửa', 'admin-role-deleted': 'Xoá' }[kind];
    return {
      kind,
      subject: `admin-role:${String(row?.code ?? row?.id ?? '?')}`,
      summary: `${verb} vai trò quản trị "${String(row?.name ?? row?.code ?? row?.id)}".`,
      details: { id: row?.id, code: row?.code, ...(data ? { changed: Object.keys(data) } : {}) },
    };
  };
  strapi.db.lifecycles.subscribe({
    models: [ADMIN_ROLE],
    async afterCreate(event: LifecycleEvent) {
      await appendAudit(strapi, [roleEntry('admin-role-created', event.result as Row)]);
    },
    async afterUpdate(event: LifecycleEvent) {
      await appendAudit(strapi, [roleEntry('admin-role-updated', event.result as Row, event.params.data)]);
    },
    async afterDelete(event: LifecycleEvent) {
      await appendAudit(strapi, [roleEntry('admin-role-deleted', event.result as Row)]);
    },
  });

  const permissionEntry = async (kind: 'admin-permission-granted' | 'admin-permission-changed' | 'admin-permission-revoked', row: Row) => {
    const withRole = await strapi.db.query(ADMIN_PERMISSION).findOne({ where: { id: row.id }, populate: { role: { select: ['code', 'name'] } } });
    const role = (withRole?.role ?? (typeof row.role === 'object' ? row.role : undefined)) as { code?: string; name?: string } | undefined;
    const verb = { 'admin-permission-granted': 'Cấp', 'admin-permission-changed': 'Sửa', 'admin-permission-revoked': 'Thu hồi' }[kind];
    return {
      kind,
      subject: `admin-permission:${row.id}`,
      summary: `${verb} quyền ${String(row.action)}${row.subject ? ` trên ${String(row.subject)}` : ''}${role?.name ? ` của vai trò "${role.name}"` : ''}.`,
      details: { action: row.action, subject: row.subject ?? null, conditions: row.conditions ?? null, role: role?.code ?? null },
    };
  };
  strapi.db.lifecycles.subscribe({
    models: [ADMIN_PERMISSION],
    async afterCreate(event: LifecycleEvent) {
      if (inAdminRequest()) await appendAudit(strapi, [await permissionEntry('admin-permission-granted', event.result as Row)]);
    },
    async afterUpdate(event: LifecycleEvent) {
      if (inAdminRequest() && event.result) await appendAudit(strapi, [await permissionEntry('admin-permission-changed', event.result as Row)]);
    },
    async afterDelete(event: LifecycleEvent) {
      if (inAdminRequest() && event.result) await appendAudit(strapi, [await permissionEntry('admin-permission-revoked', event.result as Row)]);
    },
  });

  const rolesOf = async (userId: unknown): Promise<string[]> => {
    const user = await strapi.db.query(ADMIN_USER).findOne({ where: { id: Number(userId) }, populate: { roles: { select: ['code'] } } });
    return ((user?.roles ?? []) as Array<{ code: string }>).map((role) => role.code).sort();
  };
  const userRolesEntry = async (userId: number, before: string[] | undefined): Promise<AuditRecord | null> => {
    const after = await rolesOf(userId);
    if (before && before.join() === after.join()) return null;
    const email = await userEmail(userId);
    return {
      kind: 'admin-user-roles',
      subject: `admin-user:${userId}`,
      summary: `Vai trò quản trị của ${email}: ${after.join(', ') || '(không có)'}${before ? ` (trước đó: ${before.join(', ') || '(không có)'})` : ''}.`,
      details: { userId, email, before: before ?? null, after },
    };
  };
  strapi.db.lifecycles.subscribe({
    models: [ADMIN_USER],
    async afterCreate(event: LifecycleEvent) {
      if (event.params.data?.roles === undefined) return;
      const entry = await userRolesEntry((event.result as Row).id, undefined);
      if (entry) await appendAudit(strapi, [entry]);
    },
    async beforeUpdate(event: LifecycleEvent) {
      if (event.params.data?.roles === undefined) return;
      const user = await strapi.db.query(ADMIN_USER).findOne({ where: event.params.where as never, select: ['id'] });
      if (user) event.state.before = { id: user.id, roles: await rolesOf(user.id) };
    },
    async afterUpdate(event: LifecycleEvent) {
      const before = event.state.before as { id: number; roles: string[] } | undefined;
      if (!before) return;
      const entry = await userRolesEntry(before.id, before.roles);
      if (entry) await appendAudit(strapi, [entry]);
    },
  });

  strapi.db.lifecycles.subscribe({
    models: [UNIT],
    async beforeUpdate(event: LifecycleEvent) {
      const data = event.params.data ?? {};
      if (!UNIT_SETTINGS.some((field) => field in data)) return;
      event.state.before = await strapi.db.query(UNIT).findMany({ where: event.params.where as never, select: ['id', 'code', ...UNIT_SETTINGS] });
    },
    async afterUpdate(event: LifecycleEvent) {
      const before = (event.state.before as Row[] | undefined) ?? [];
      const records: AuditRecord[] = [];
      for (const row of before) {
        const now = await strapi.db.query(UNIT).findOne({ where: { id: row.id }, select: [...UNIT_SETTINGS] });
        for (const field of UNIT_SETTINGS) {
          if (Boolean(now?.[field]) === Boolean(row[field])) continue;
          records.push({
            kind: 'unit-setting',
            subject: `unit:${String(row.code)}`,
            summary: now?.[field]
              ? `Cho phép một người thực hiện mọi bước của vòng duyệt tại đơn vị ${String(row.code)}.`
              : `Bỏ cho phép một người thực hiện mọi bước của vòng duyệt tại đơn vị ${String(row.code)}.`,
            details: { field, before: Boolean(row[field]), after: Boolean(now?.[field]) },
          });
        }
      }
      await appendAudit(strapi, records);
    },
    async afterCreate(event: LifecycleEvent) {
      const row = event.result as Row;
      if (row?.allowSingleHandedRounds !== true) return;
      await appendAudit(strapi, [
        {
          kind: 'unit-setting',
          subject: `unit:${String(row.code)}`,
          summary: `Đơn vị ${String(row.code)} được tạo với cho phép một người thực hiện mọi bước của vòng duyệt.`,
          details: { field: 'allowSingleHandedRounds', before: null, after: true },
        },
      ]);
    },
  });

  registerUnitContactAudit(strapi);

  const quotaEntry = (kind: 'quota-policy-created' | 'quota-policy-updated' | 'quota-policy-deleted', row: Row): AuditRecord => {
    const verb = { 'quota-policy-created': 'Tạo', 'quota-policy-updated': 'Sửa', 'quota-policy-deleted': 'Xoá' }[kind];
    const scope = row.unitKind ? `loại đơn vị ${String(row.unitKind)}` : 'một đơn vị';
    return {
      kind,
      subject: `quota-policy:${String(row.documentId ?? row.id)}`,
      summary: `${verb} chỉ tiêu ${String(row.metric)} (${scope}, tối thiểu ${String(row.minimum)} mỗi ${row.period === 'week' ? 'tuần' : 'tháng'}).`,
      details: { metric: row.metric, unitKind: row.unitKind ?? null, period: row.period, minimum: row.minimum, dueDay: row.dueDay ?? null },
    };
  };
  strapi.db.lifecycles.subscribe({
    models: [QUOTA_POLICY],
    async afterCreate(event: LifecycleEvent) {
      await appendAudit(strapi, [quotaEntry('quota-policy-created', event.result as Row)]);
    },
    async afterUpdate(event: LifecycleEvent) {
      if (event.result) await appendAudit(strapi, [quotaEntry('quota-policy-updated', event.result as Row)]);
    },
    async afterDelete(event: LifecycleEvent) {
      if (event.result) await appendAudit(strapi, [quotaEntry('quota-policy-deleted', event.result as Row)]);
    },
  });
}
