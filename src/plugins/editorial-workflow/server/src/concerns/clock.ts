import type { Core } from '@strapi/strapi';
import {
  CONCERN_SEVERITIES,
  DEFAULT_RESPONSE_HOURS,
  SETTLED_STATUSES,
  severityRank,
  type ConcernSeverity,
  type ConcernStatus,
} from '../../../shared/contracts/concerns';
import { CONCERN_POLICY } from '../../../shared/uids';

export type ResponseHours = Record<ConcernSeverity, number>;

const FIELD: Record<ConcernSeverity, string> = { watch: 'watchHours', action: 'actionHours', incident: 'incidentHours', crisis: 'crisisHours' };

/** The response times as the administrator set them; an empty field (or no row yet) keeps the default. */
export async function loadResponseHours(strapi: Core.Strapi): Promise<ResponseHours> {
  const row: Record<string, unknown> | null = await strapi.db.query(CONCERN_POLICY).findOne({});
  const hours = { ...DEFAULT_RESPONSE_HOURS };
  for (const severity of CONCERN_SEVERITIES) {
    const value = Number(row?.[FIELD[severity]]);
    if (Number.isFinite(value) && value > 0) hours[severity] = value;
  }
  return hours;
}

/** When a concern's response time ends: from when it reached its severity. Null once handled. */
export function dueAtOf(concern: { severity: ConcernSeverity; severitySince: Date | string; status: ConcernStatus }, hours: ResponseHours): Date | null {
  if (SETTLED_STATUSES.has(concern.status)) return null;
  return new Date(new Date(concern.severitySince).getTime() + hours[concern.severity] * 3_600_000);
}

export const isOverdue = (dueAt: Date | null, now: Date): boolean => dueAt !== null && now.getTime() > dueAt.getTime();

/**
 * The desk's order: overdue first, then the open ones (new, in progress) before those handled or
 * closed, then the most severe, then the oldest. A crisis handled last week does not sit above
 * today's incident.
 */
export function deskOrder<T extends { overdue: boolean; status: ConcernStatus; severity: ConcernSeverity; createdAt: string; id: number }>(a: T, b: T): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const settled = Number(SETTLED_STATUSES.has(a.status)) - Number(SETTLED_STATUSES.has(b.status));
  if (settled !== 0) return settled;
  const bySeverity = severityRank(b.severity) - severityRank(a.severity);
  if (bySeverity !== 0) return bySeverity;
  return a.createdAt.localeCompare(b.createdAt) || a.id - b.id;
}

/** Once per concern and severity: the overdue escalation's job-run key. */
export const overdueRunKey = (concernId: number, severity: ConcernSeverity) => `concern-overdue:${concernId}:${severity}`;
