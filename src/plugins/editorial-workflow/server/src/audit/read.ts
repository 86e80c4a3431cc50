import type { Core } from '@strapi/strapi';
import type { AuditEntryView } from './kinds';
import type { AuditQuery } from './query';
import { AUDIT_ENTRY } from '../../../shared/uids';

export interface AuditPage {
  results: AuditEntryView[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
}

/** A page of the audit log, newest first. */
export async function readAudit(strapi: Core.Strapi, { page, pageSize, kind }: AuditQuery): Promise<AuditPage> {
  const where = kind ? { kind } : {};
  const [results, total] = await Promise.all([
    strapi.db.query(AUDIT_ENTRY).findMany({
      where,
      orderBy: [{ id: 'desc' }],
      offset: (page - 1) * pageSize,
      limit: pageSize,
      select: ['id', 'kind', 'actorId', 'actorName', 'subject', 'summary', 'details', 'createdAt'],
    }) as Promise<AuditEntryView[]>,
    strapi.db.query(AUDIT_ENTRY).count({ where }),
  ]);
  return { results, pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } };
}
