import type { Core } from '@strapi/strapi';
import { DEFAULT_INFO_REQUEST_POLICY, CLOSED_INFO_REQUEST_STATUSES, type InfoRequestStatus } from '../../../shared/contracts/info-requests';
import { INFO_REQUEST_POLICY } from '../../../shared/uids';
import { addWorkingDays } from '../../../shared/working-days';
import { loadWorkingCalendar } from '../working-calendar/load';

export interface InfoRequestPolicy {
  workingDays: number;
  extensionWorkingDays: number;
}

/** The policy as the administrator set it; an empty field (or no row yet) keeps the law's default. */
export async function loadInfoRequestPolicy(strapi: Core.Strapi): Promise<InfoRequestPolicy> {
  const row: Record<string, unknown> | null = await strapi.db.query(INFO_REQUEST_POLICY).findOne({});
  const policy: InfoRequestPolicy = { ...DEFAULT_INFO_REQUEST_POLICY };
  for (const key of ['workingDays', 'extensionWorkingDays'] as const) {
    const value = Number(row?.[key]);
    if (Number.isInteger(value) && value > 0) policy[key] = value;
  }
  return policy;
}

/** The deadline of a request received at `receivedAt`: the policy's working days, Tết, weekends and the administrator's days off skipped. */
export async function dueAtOfReceipt(strapi: Core.Strapi, receivedAt: Date): Promise<Date> {
  const [policy, calendar] = await Promise.all([loadInfoRequestPolicy(strapi), loadWorkingCalendar(strapi)]);
  return addWorkingDays(receivedAt, policy.workingDays, calendar);
}

/** The deadline once extended: the extension's working days after the current deadline. */
export async function extendedDueAt(strapi: Core.Strapi, dueAt: Date): Promise<Date> {
  const [policy, calendar] = await Promise.all([loadInfoRequestPolicy(strapi), loadWorkingCalendar(strapi)]);
  return addWorkingDays(dueAt, policy.extensionWorkingDays, calendar);
}

export const isInfoRequestOverdue = (row: { status: InfoRequestStatus; dueAt: Date | string }, now: Date): boolean =>
  !CLOSED_INFO_REQUEST_STATUSES.has(row.status) && now.getTime() > new Date(row.dueAt).getTime();
