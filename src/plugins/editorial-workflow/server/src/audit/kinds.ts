/** What an audit entry records. */
export const AUDIT_KINDS = [
  'membership-granted',
  'membership-revoked',
  'admin-role-created',
  'admin-role-updated',
  'admin-role-deleted',
  'admin-permission-granted',
  'admin-permission-changed',
  'admin-permission-revoked',
  'admin-user-roles',
  'unit-setting',
  'unit-contact',
  'quota-policy-created',
  'quota-policy-updated',
  'quota-policy-deleted',
  'delegation-granted',
  'delegation-ended',
  /** The channels' settings (the fanpage's page, token, Graph API): which fields, never the token. */
  'channel-setting',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** One entry of the log as `GET /audit` returns it. */
export interface AuditEntryView {
  id: number;
  kind: AuditKind;
  actorId: number | null;
  actorName: string;
  subject: string;
  summary: string;
  details: Record<string, unknown> | null;
  createdAt: string;
}
