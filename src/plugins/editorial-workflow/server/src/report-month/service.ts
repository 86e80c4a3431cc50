import type { Core } from '@strapi/strapi';
import {
  CONCERN_CHANNELS,
  CONCERN_CHANNEL_LABELS,
  CONCERN_SEVERITIES,
  CONCERN_SEVERITY_LABELS,
  SETTLED_STATUSES,
  severityRank,
  type ConcernChannel,
  type ConcernSeverity,
  type ConcernStatus,
} from '../../../shared/contracts/concerns';
import type { ReceiptStatus } from '../../../shared/contracts/opinion-reports';
import type { MonthOpenConcern, MonthTopicRow, MonthUnit, MonthUnitRow, OpinionMonthView } from '../../../shared/contracts/opinion-month';
import { vnStartOf } from '../../../shared/periods';
import { CONCERN, OPINION_REPORT, UNIT } from '../../../shared/uids';
import { getService } from '../get-service';
import { dueAtOf, isOverdue, loadResponseHours } from '../concerns/clock';
import { loadQuotas } from '../stats/quotas';
import { monthShift, reportJudge } from '../stats/grid';
import { byKind } from '../stats/order';

/** A filed report of the month as stored, with its unit and its entries (the repeatable `opinion.report-entry`). */
interface ReportRow {
  id: number;
  documentId: string;
  period: string;
  noIssues: boolean | null;
  submittedAt: Date | string;
  receiptStatus: ReceiptStatus | null;
  unit: MonthUnit | null;
  entries: Array<{ concernId: number | null; channel: ConcernChannel | null; topic: { id: number; code: string; title: string } | null }> | null;
}

/** What the month view needs of a concern. */
interface ConcernRow {
  id: number;
  title: string;
  severity: ConcernSeverity;
  severitySince: Date | string;
  status: ConcernStatus;
  channel: ConcernChannel;
  topic: { id: number; code: string; title: string } | null;
  filingUnitId: number;
  firstSeenAt: Date | string;
  createdAt: Date | string;
}

const CONCERN_FIELDS = ['id', 'title', 'severity', 'severitySince', 'status', 'channel', 'filingUnitId', 'firstSeenAt', 'createdAt'];
const TOPIC_FIELDS = { select: ['id', 'code', 'title'] };
const iso = (value: Date | string) => new Date(value).toISOString();
const collator = new Intl.Collator('vi');

/**
 * The Office's month view (issue 15 item 4). A province files some 600 reports a month, a few
 * entries each: the month's reports are read in one query with their entries and counted here, the
 * concerns they name in a second; the open concerns are filtered by the database. On time and late
 * are judged exactly as the statistics judge them (stats/grid.ts, the quota policies' due day), and
 * the units required to report are the statistics' own (stats.reportStatus), so the figures here
 * and on the statistics page agree (there, a returned report counts as not filed until it comes again).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function reportsOf(period: string): Promise<ReportRow[]> {
    return strapi.db.query(OPINION_REPORT).findMany({
      where: { period, submittedAt: { $notNull: true } },
      select: ['id', 'documentId', 'period', 'noIssues', 'submittedAt', 'receiptStatus'],
      populate: { unit: { select: ['id', 'code', 'name', 'kind'] }, entries: { populate: { topic: TOPIC_FIELDS } } },
      orderBy: [{ id: 'asc' }],
    });
  }

  async function unitNames(ids: number[]): Promise<Map<number, string>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const rows: Array<{ id: number; name: string }> = await strapi.db.query(UNIT).findMany({ where: { id: { $in: wanted } }, select: ['id', 'name'] });
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async function month(period: string, now = new Date()): Promise<OpinionMonthView> {
    const start = vnStartOf(`${period}-01`);
    const end = vnStartOf(`${monthShift(period, 1)}-01`);
    const [reports, quotas, status, hours] = await Promise.all([
      reportsOf(period),
      loadQuotas(strapi),
      getService(strapi, 'stats').reportStatus({ month: period, now }),
      loadResponseHours(strapi),
    ]);
    const filed = reports.filter((report): report is ReportRow & { unit: MonthUnit } => report.unit !== null);
    const judge = reportJudge(
      quotas,
      filed.map((report) => ({ unitId: report.unit.id, period: report.period, submittedAt: new Date(report.submittedAt) }))
    );
    const entries = filed.flatMap((report) => report.entries ?? []);

    // The concerns the entries name (every entry names one once filed: a new one enters the register),
    // and the month's open concerns: filed, first seen or reported that month, not settled.
    const named = [...new Set(entries.map((entry) => entry.concernId).filter((id): id is number => typeof id === 'number'))];
    const inMonth = { $gte: start, $lt: end };
    const [namedRows, openRows]: [ConcernRow[], ConcernRow[]] = await Promise.all([
      named.length === 0 ? [] : strapi.db.query(CONCERN).findMany({ where: { id: { $in: named } }, select: CONCERN_FIELDS, populate: { topic: TOPIC_FIELDS } }),
      strapi.db.query(CONCERN).findMany({
        where: {
          $and: [
            { status: { $notIn: [...SETTLED_STATUSES] } },
            { $or: [{ createdAt: inMonth }, { firstSeenAt: inMonth }, ...(named.length > 0 ? [{ id: { $in: named } }] : [])] },
          ],
        },
        select: CONCERN_FIELDS,
        populate: { topic: TOPIC_FIELDS },
      }),
    ]);
    const concernById = new Map(namedRows.map((row) => [row.id, row]));

    const byTopic = new Map<number | null, MonthTopicRow>();
    const bySeverity = new Map<ConcernSeverity, number>(CONCERN_SEVERITIES.map((severity) => [severity, 0]));
    const byChannel = new Map<ConcernChannel, number>(CONCERN_CHANNELS.map((channel) => [channel, 0]));
    const entriesByConcern = new Map<number, number>();
    for (const entry of entries) {
      const concern = entry.concernId ? concernById.get(entry.concernId) : undefined;
      if (entry.concernId) entriesByConcern.set(entry.concernId, (entriesByConcern.get(entry.concernId) ?? 0) + 1);
      // The entry's own topic and channel as the unit wrote them; the concern's where it left them out.
      const topic = entry.topic ?? concern?.topic ?? null;
      const key = topic?.id ?? null;
      const row = byTopic.get(key) ?? { topicId: key, code: topic?.code ?? null, title: topic?.title ?? 'Chưa xác định lĩnh vực', count: 0 };
      row.count += 1;
      byTopic.set(key, row);
      if (concern) bySeverity.set(concern.severity, (bySeverity.get(concern.severity) ?? 0) + 1);
      const channel = entry.channel ?? concern?.channel;
      if (channel) byChannel.set(channel, (byChannel.get(channel) ?? 0) + 1);
    }

    const byUnit: MonthUnitRow[] = filed
      .map((report) => ({
        unit: { id: report.unit.id, code: report.unit.code, name: report.unit.name, kind: report.unit.kind },
        documentId: report.documentId,
        entries: (report.entries ?? []).length,
        noIssues: Boolean(report.noIssues),
        onTime: judge.onTime(report.unit, { unitId: report.unit.id, period: report.period, submittedAt: new Date(report.submittedAt) }),
        receiptStatus: report.receiptStatus ?? 'filed',
        submittedAt: iso(report.submittedAt),
      }))
      .sort((a, b) => byKind(a.unit, b.unit) || collator.compare(a.unit.name, b.unit.name));

    const names = await unitNames(openRows.map((row) => row.filingUnitId));
    const openConcerns: MonthOpenConcern[] = openRows
      .map((row) => ({
        id: row.id,
        title: row.title,
        severity: row.severity,
        status: row.status,
        topic: row.topic ? { id: row.topic.id, code: row.topic.code, title: row.topic.title } : null,
        filingUnit: { id: row.filingUnitId, name: names.get(row.filingUnitId) ?? `#${row.filingUnitId}` },
        firstSeenAt: iso(row.firstSeenAt),
        createdAt: iso(row.createdAt),
        overdue: isOverdue(dueAtOf(row, hours), now),
        reportEntries: entriesByConcern.get(row.id) ?? 0,
      }))
      .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.firstSeenAt.localeCompare(b.firstSeenAt) || a.id - b.id);

    // Nothing at all for the month: a report the Office returned is the unit's (it is counted as
    // returned), though the statistics count it as not filed until it comes again.
    const reported = new Set(filed.map((report) => report.unit.id));
    const unitsWithoutReport = status.units
      .filter((row) => !reported.has(row.unit.id))
      .map(({ unit }) => ({ id: unit.id, code: unit.code, name: unit.name, kind: unit.kind }))
      .sort((a, b) => byKind(a, b) || collator.compare(a.name, b.name));
    const count = (status: ReceiptStatus) => byUnit.filter((row) => row.receiptStatus === status).length;
    const onTime = byUnit.filter((row) => row.onTime).length;

    return {
      period,
      generatedAt: now.toISOString(),
      reports: {
        required: status.units.length,
        filed: byUnit.length,
        onTime,
        late: byUnit.length - onTime,
        awaiting: count('filed'),
        acknowledged: count('acknowledged'),
        returned: count('returned'),
        noIssues: byUnit.filter((row) => row.noIssues).length,
        missing: unitsWithoutReport.length,
      },
      entries: entries.length,
      byTopic: [...byTopic.values()].sort((a, b) => b.count - a.count || collator.compare(a.code ?? '~', b.code ?? '~')),
      byUnit,
      bySeverity: [...CONCERN_SEVERITIES].reverse().map((severity) => ({ severity, label: CONCERN_SEVERITY_LABELS[severity], count: bySeverity.get(severity) ?? 0 })),
      byChannel: CONCERN_CHANNELS.map((channel) => ({ channel, label: CONCERN_CHANNEL_LABELS[channel], count: byChannel.get(channel) ?? 0 })),
      openConcerns,
      unitsWithoutReport,
    };
  }

  return { month };
};
