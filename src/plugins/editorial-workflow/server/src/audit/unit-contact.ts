import type { Core } from '@strapi/strapi';
import { appendAudit, type AuditRecord } from './log';
import { UNIT } from '../../../shared/uids';

const CONTACT_FIELDS = ['contactName', 'contactPosition', 'contactPhone', 'contactEmail'] as const;
const LABELS: Record<(typeof CONTACT_FIELDS)[number], string> = {
  contactName: 'họ tên',
  contactPosition: 'chức vụ',
  contactPhone: 'điện thoại',
  contactEmail: 'e-mail',
};

type Row = Record<string, unknown> & { id: number };
type LifecycleEvent = { params: { where?: unknown; data?: Record<string, unknown> }; result?: unknown; state: Record<string, unknown> };

const valueOf = (value: unknown) => (value === undefined || value === null || value === '' ? null : String(value));

/**
 * A unit's contact official (plan III.3) changed, on every path: the network page, the
 * content-manager, an import. The entry keeps the values before and after (the log is internal:
 * the administrator and the leadership read it).
 */
export function registerUnitContactAudit(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [UNIT],
    async beforeUpdate(event: LifecycleEvent) {
      const data = event.params.data ?? {};
      if (!CONTACT_FIELDS.some((field) => field in data)) return;
      event.state.contactBefore = await strapi.db.query(UNIT).findMany({ where: event.params.where as never, select: ['id', 'code', ...CONTACT_FIELDS] });
    },
    async afterUpdate(event: LifecycleEvent) {
      const before = (event.state.contactBefore as Row[] | undefined) ?? [];
      const records: AuditRecord[] = [];
      for (const row of before) {
        const now = await strapi.db.query(UNIT).findOne({ where: { id: row.id }, select: [...CONTACT_FIELDS] });
        const changed = CONTACT_FIELDS.filter((field) => valueOf(now?.[field]) !== valueOf(row[field]));
        if (changed.length === 0) continue;
        records.push({
          kind: 'unit-contact',
          subject: `unit:${String(row.code)}`,
          summary: `Sửa đầu mối truyền thông của đơn vị ${String(row.code)}: ${changed.map((field) => LABELS[field]).join(', ')}.`,
          details: {
            changed,
            before: Object.fromEntries(changed.map((field) => [field, valueOf(row[field])])),
            after: Object.fromEntries(changed.map((field) => [field, valueOf(now?.[field])])),
          },
        });
      }
      await appendAudit(strapi, records);
    },
  });
}
