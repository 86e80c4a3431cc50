import { yup } from '@strapi/utils';
import { UNKNOWN_PARAMETER, assertFlatQuery, pageFields, parseWith } from '../validation/common';
import { AUDIT_KINDS, type AuditKind } from './kinds';

export interface AuditQuery {
  page: number;
  pageSize: number;
  kind?: AuditKind;
}

const auditQuerySchema = yup
  .object({
    kind: yup.mixed<AuditKind>().oneOf([...AUDIT_KINDS], `kind phải là một trong: ${AUDIT_KINDS.join(', ')}.`),
    ...pageFields,
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

/** The query string of `GET /audit`: a page, newest first, optionally one kind of change. */
export async function parseAuditQuery(query: unknown): Promise<AuditQuery> {
  return (await parseWith(auditQuerySchema)(assertFlatQuery(query))) as AuditQuery;
}
