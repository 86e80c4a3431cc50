import type { Core } from '@strapi/strapi';
import { adminUserOf } from '../utils/request-user';
import { actorName } from '../utils/display-name';
import type { AuditKind } from './kinds';
import { AUDIT_ENTRY } from '../../../shared/uids';

export interface AuditRecord {
  kind: AuditKind;
  subject: string;
  summary: string;
  details?: Record<string, unknown>;
}

/** How the log names a change made by code, a seed or a scheduled job. */
export const SYSTEM_NAME = 'Hệ thống';

/**
 * Appends entries to the audit log, naming the admin user behind the current request (or the
 * system). Runs inside the change's own query, so it joins the change's transaction when there is one.
 */
export async function appendAudit(strapi: Core.Strapi, records: AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  const user = adminUserOf(strapi);
  const actor = user ? { actorId: user.id, actorName: await actorName(strapi, user.id) } : { actorId: null, actorName: SYSTEM_NAME };
  await strapi.db.query(AUDIT_ENTRY).createMany({
    data: records.map((record) => ({ ...actor, ...record, details: record.details ?? null, createdAt: new Date() })),
  });
}
