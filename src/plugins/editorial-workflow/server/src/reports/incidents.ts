import type { Core } from '@strapi/strapi';
import type { ReportConcerns } from '../../../shared/contracts/reports';
import {
  ALARM_SEVERITIES,
  CONCERN_SEVERITIES,
  CONCERN_SEVERITY_LABELS,
  CONCERN_STATUS_LABELS,
  type ConcernSeverity,
  type ConcernStatus,
} from '../../../shared/contracts/concerns';
import { CONCERN, UNIT } from '../../../shared/uids';
import { vietnamMinute } from './instants';
import { scopeWhere } from '../concerns/scope';

interface ConcernRow {
  title: string;
  severity: ConcernSeverity;
  status: ConcernStatus;
  createdAt: string;
  filingUnitId: number;
  departmentId: number | null;
}

/**
 * The opinion desk's part of a report (concerns/): the concerns entered in the register in the
 * window, counted by severity, and the incidents and crises among them, listed with the unit that
 * filed each, its department and its status today. Scoped as the rest of the report: with `unitIds`,
 * those filed by or about these units. Two or three queries.
 */
export async function reportConcerns(strapi: Core.Strapi, window: { start: Date; end: Date }, unitIds?: number[]): Promise<ReportConcerns> {
  // The desk's own filter (concerns/scope.ts), over the report's units.
  const inScope = scopeWhere({ userId: 0, isOffice: false, seesAll: !unitIds, unitIds: unitIds ?? [], departmentIds: [] });
  const entered = { createdAt: { $gte: window.start, $lt: window.end } };
  const where = inScope ? { $and: [inScope, entered] } : entered;
  const rows: ConcernRow[] = await strapi.db.query(CONCERN).findMany({
    where,
    select: ['title', 'severity', 'status', 'createdAt', 'filingUnitId', 'departmentId'],
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const bySeverity = CONCERN_SEVERITIES.map((severity) => ({ severity: CONCERN_SEVERITY_LABELS[severity], count: rows.filter((row) => row.severity === severity).length }));
  const alarms = rows.filter((row) => ALARM_SEVERITIES.has(row.severity));
  const unitIdsSeen = [...new Set(alarms.flatMap((row) => [row.filingUnitId, row.departmentId]).filter((id): id is number => typeof id === 'number'))];
  const units: Array<{ id: number; name: string }> = unitIdsSeen.length === 0 ? [] : await strapi.db.query(UNIT).findMany({ where: { id: { $in: unitIdsSeen } }, select: ['id', 'name'] });
  const nameOf = new Map(units.map((unit) => [unit.id, unit.name]));
  return {
    entered: rows.length,
    bySeverity,
    incidents: alarms.map((row) => ({
      at: vietnamMinute(row.createdAt),
      title: row.title,
      unit: nameOf.get(row.filingUnitId) ?? '',
      department: row.departmentId === null ? null : nameOf.get(row.departmentId) ?? null,
      severity: CONCERN_SEVERITY_LABELS[row.severity],
      status: CONCERN_STATUS_LABELS[row.status],
    })),
  };
}
