import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONCERN_LIMITS, type ConcernChannel, type ConcernSeverity } from '../../../shared/contracts/concerns';
import type { ReceiptStatus, ReportEntryInput, ReportInput, ReportView } from '../../../shared/contracts/opinion-reports';
import { PERMISSIONS } from '../../../shared/permissions';
import { ROLES } from '../../../shared/state-machine';
import { ADMIN_USER, CONCERN, MEMBERSHIP, OPINION_REPORT as REPORT, TOPIC, UNIT, UPLOAD_FILE } from '../../../shared/uids';
import { getService } from '../get-service';
import type { Actor } from '../services/item-state';
import { reportJudge } from '../stats/grid';
import { loadQuotas } from '../stats/quotas';
import { forbidden } from '../utils/errors';
import { REPORT_NOT_FOUND } from './input';
import { acknowledgedNotice, filedNotice, returnedNotice, type ReportFacts } from './notices';

const SUPER_ADMIN_CODE = 'strapi-super-admin';

interface EntryRow {
  id: number;
  concernId: number | null;
  topic: { id: number; documentId: string; code: string; title: string } | null;
  channel: ConcernChannel | null;
  summary: string | null;
  actions: string | null;
  result: string | null;
}

/** A report as stored, with its unit, entries and scan. */
export interface ReportRow {
  id: number;
  documentId: string;
  period: string;
  noIssues: boolean | null;
  entries: EntryRow[] | null;
  signedScan: { id: number; name: string; url: string } | null;
  submittedAt: Date | string | null;
  lastFiledAt: Date | string | null;
  receiptStatus: ReceiptStatus | null;
  returnReason: string | null;
  receivedAt: Date | string | null;
  receiverName: string | null;
  unit: { id: number; documentId: string; name: string; code: string; kind: string } | null;
}

/** Who asks, and what they may do with reports. */
export interface ReportScope {
  userId: number;
  /** Holds `reports.receive` (the Office): sees, acknowledges and returns every report. */
  receives: boolean;
  /** Units the person belongs to in any role (the unit head reads): their reports are visible. */
  unitIds: number[];
  /** Units the person works for in the workflow: they file and refile those units' reports. */
  fileUnitIds: number[];
}

const POPULATE = {
  unit: { fields: ['documentId', 'name', 'code', 'kind'] },
  entries: { populate: { topic: { fields: ['documentId', 'code', 'title'] } } },
  signedScan: { fields: ['name', 'url'] },
} as const;

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
/** A report that is not `acknowledged` or `returned` waits for the Office (a row from before the receipt: `filed`). */
const statusOf = (row: Pick<ReportRow, 'receiptStatus'>): ReceiptStatus => row.receiptStatus ?? 'filed';

/** An entry ready to store: a concern's id (new concerns are created at the commit of the filing). */
interface PreparedEntry {
  input: ReportEntryInput;
  /** The registered concern named, or null for a new one (made from topic, channel and summary). */
  concernId: number | null;
  topic: { id: number; documentId: string } | null;
  channel: ConcernChannel;
}

/**
 * The structured monthly opinion report (issue 15 item 4), the one write path of it: a unit's members
 * file it (entries, or "không có vấn đề phát sinh"; an optional signed PDF), new concerns in it enter
 * the register through the concerns service, the Office is told; the Office acknowledges it or
 * returns it with a reason, and the unit is told; a returned report is filed again and keeps its
 * first filing time, which decides "on time". The writes go through the Document Service, so the
 * report rules (src/document-rules/opinion-report.ts: one per unit and month, the filing time the
 * server's) hold here as in any other path; the receipt fields are written here only.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = () => strapi.db.query(REPORT);
  const membership = () => getService(strapi, 'membership');
  const concerns = () => getService(strapi, 'concerns');

  async function scopeOf(userId: number, receives: boolean): Promise<ReportScope> {
    const unitIds = await membership().unitIdsOf(userId);
    const fileUnitIds = await membership().unitIdsOf(userId, ROLES);
    return { userId, receives, unitIds, fileUnitIds };
  }

  const canSee = (scope: ReportScope, row: ReportRow) => scope.receives || (row.unit !== null && scope.unitIds.includes(row.unit.id));

  async function load(documentId: string): Promise<ReportRow | null> {
    return (await strapi.documents(REPORT).findOne({ documentId, populate: POPULATE as never })) as unknown as ReportRow | null;
  }

  async function loadInScope(scope: ReportScope, documentId: string): Promise<ReportRow> {
    const row = await load(documentId);
    if (!row || !canSee(scope, row)) throw new errors.NotFoundError(REPORT_NOT_FOUND);
    return row;
  }

  /** Whether each report's first filing came before its unit's due day (the statistics' own judge). */
  async function onTimeJudge(): Promise<(row: ReportRow) => boolean> {
    const quotas = await loadQuotas(strapi);
    return (row) => {
      if (!row.unit || !row.submittedAt) return false;
      const report = { unitId: row.unit.id, period: row.period, submittedAt: new Date(row.submittedAt) };
      return reportJudge(quotas, [report]).onTime({ id: row.unit.id, code: row.unit.code, name: row.unit.name, kind: row.unit.kind }, report);
    };
  }

  async function viewsOf(scope: ReportScope, rows: ReportRow[]): Promise<ReportView[]> {
    const ids = [...new Set(rows.flatMap((row) => (row.entries ?? []).map((entry) => entry.concernId)).filter((id): id is number => typeof id === 'number'))];
    const found: Array<{ id: number; title: string; severity: ConcernSeverity }> =
      ids.length === 0 ? [] : await strapi.db.query(CONCERN).findMany({ where: { id: { $in: ids } }, select: ['id', 'title', 'severity'] });
    const byId = new Map(found.map((concern) => [concern.id, concern]));
    const onTime = await onTimeJudge();
    return rows.map((row) => {
      const status = statusOf(row);
      const mayFile = row.unit !== null && scope.fileUnitIds.includes(row.unit.id);
      return {
        documentId: row.documentId,
        unit: row.unit ? { id: row.unit.id, name: row.unit.name, code: row.unit.code, kind: row.unit.kind } : { id: 0, name: '', code: '', kind: '' },
        period: row.period,
        noIssues: row.noIssues === true,
        entries: (row.entries ?? []).map((entry) => {
          const concern = entry.concernId === null ? undefined : byId.get(entry.concernId);
          return {
            concernId: entry.concernId ?? null,
            concernTitle: concern?.title ?? null,
            concernSeverity: concern?.severity ?? null,
            topicId: entry.topic?.id ?? null,
            topicName: entry.topic ? `${entry.topic.code}. ${entry.topic.title}` : null,
            channel: entry.channel ?? 'other',
            summary: entry.summary ?? '',
            actions: entry.actions ?? '',
            result: entry.result ?? '',
          };
        }),
        signedScan: row.signedScan ? { id: row.signedScan.id, name: row.signedScan.name, url: row.signedScan.url } : null,
        submittedAt: iso(row.submittedAt) ?? '',
        lastFiledAt: iso(row.lastFiledAt ?? row.submittedAt) ?? '',
        onTime: onTime(row),
        receiptStatus: status,
        returnReason: status === 'returned' ? row.returnReason : null,
        receivedAt: iso(row.receivedAt),
        receiverName: row.receiverName,
        can: { edit: mayFile && status !== 'acknowledged', acknowledge: scope.receives && status === 'filed', return: scope.receives && status === 'filed' },
      };
    });
  }

  /**
   * The entries' references, checked before anything is written: a concern the filer may see (a 400
   * naming the entry, whether it is out of their scope or does not exist), a topic of the plan.
   */
  async function prepareEntries(actorId: number, entries: ReportEntryInput[], keep: Set<number>): Promise<PreparedEntry[]> {
    const prepared: PreparedEntry[] = [];
    for (const [index, entry] of entries.entries()) {
      const n = index + 1;
      if (entry.concernId) {
        if (!keep.has(entry.concernId)) {
          try {
            await concerns().get(actorId, entry.concernId);
          } catch (error) {
            if (error instanceof errors.NotFoundError) throw new errors.ValidationError(`Mục ${n}: không tìm thấy vấn đề #${entry.concernId} trong danh mục, hoặc vấn đề không thuộc phạm vi của bạn.`);
            throw error;
          }
        }
        const concern: { id: number; channel: ConcernChannel; topic: { id: number; documentId: string } | null } | null = await strapi.db
          .query(CONCERN)
          .findOne({ where: { id: entry.concernId }, select: ['id', 'channel'], populate: { topic: { select: ['id', 'documentId'] } } });
        if (!concern) throw new errors.ValidationError(`Mục ${n}: không tìm thấy vấn đề #${entry.concernId} trong danh mục.`);
        prepared.push({ input: entry, concernId: concern.id, topic: concern.topic ?? null, channel: concern.channel });
        continue;
      }
      const topic: { id: number; documentId: string } | null = await strapi.db.query(TOPIC).findOne({ where: { id: entry.topicId }, select: ['id', 'documentId'] });
      if (!topic) throw new errors.ValidationError(`Mục ${n}: không có lĩnh vực (chủ đề) #${entry.topicId} trong kế hoạch.`);
      prepared.push({ input: entry, concernId: null, topic, channel: entry.channel! });
    }
    return prepared;
  }

  /** The signed scan: a PDF the filer uploaded (or the one the report already carries). */
  async function checkScan(actorId: number, fileId: number | null | undefined, current: number | null): Promise<number | null | undefined> {
    if (fileId === undefined || fileId === null || fileId === current) return fileId;
    const file: { id: number; mime: string | null; ext: string | null; createdBy: { id: number } | null } | null = await strapi.db
      .query(UPLOAD_FILE)
      .findOne({ where: { id: fileId }, select: ['id', 'mime', 'ext'], populate: { createdBy: { select: ['id'] } } });
    if (!file || file.createdBy?.id !== actorId) throw new errors.ValidationError('Không tìm thấy tệp bản scan đã chọn trong các tệp bạn đã tải lên.');
    if (file.mime !== 'application/pdf' || String(file.ext ?? '').toLowerCase() !== '.pdf') {
      throw new errors.ValidationError('Bản scan có chữ ký phải là tệp PDF (.pdf).');
    }
    return file.id;
  }

  /** New concerns of the entries enter the register (through the concerns service); the entries as the Document Service stores them. */
  async function materialise(actor: Actor, unit: UnitRow, period: string, prepared: PreparedEntry[]): Promise<Array<Record<string, unknown>>> {
    const stored: Array<Record<string, unknown>> = [];
    const departmentId = unit.defaultDepartment?.kind === 'department' && unit.defaultDepartment.active !== false ? unit.defaultDepartment.id : undefined;
    for (const entry of prepared) {
      let concernId = entry.concernId;
      if (concernId === null) {
        const summary = entry.input.summary ?? '';
        const title = summary.length > CONCERN_LIMITS.titleMax ? `${summary.slice(0, CONCERN_LIMITS.titleMax - 1)}…` : summary;
        const description = [
          summary,
          entry.input.actions ? `Việc đã làm: ${entry.input.actions}` : '',
          entry.input.result ? `Kết quả: ${entry.input.result}` : '',
          `(Từ báo cáo dư luận tháng ${period} của ${unit.name}.)`,
        ]
          .filter(Boolean)
          .join('\n\n')
          .slice(0, CONCERN_LIMITS.descriptionMax);
        const created = await concerns().create(actor, {
          title: title.replace(/\s+/g, ' ').trim(),
          description,
          topicId: entry.topic!.id,
          unitIds: [unit.id],
          channel: entry.channel,
          firstSeenAt: new Date().toISOString(),
          kind: 'current',
          severity: 'watch',
          departmentId,
          filingUnitId: unit.id,
        });
        concernId = created.id;
      }
      stored.push({
        concernId,
        topic: entry.topic ? entry.topic.documentId : null,
        channel: entry.channel,
        summary: entry.input.summary || null,
        actions: entry.input.actions || null,
        result: entry.input.result || null,
      });
    }
    return stored;
  }

  /** The Office: active accounts whose admin role (not the super admin's, which holds every action) receives reports. */
  async function officeUserIds(): Promise<number[]> {
    const users: Array<{ id: number }> = await strapi.db.query(ADMIN_USER).findMany({
      where: { isActive: true, roles: { code: { $ne: SUPER_ADMIN_CODE }, permissions: { action: PERMISSIONS.receiveReports } } },
      select: ['id'],
    });
    return users.map((user) => user.id);
  }

  async function unitMemberIds(unitId: number): Promise<number[]> {
    const rows: Array<{ userId: number }> = await strapi.db.query(MEMBERSHIP).findMany({ where: { unitId }, select: ['userId'] });
    return [...new Set(rows.map((row) => row.userId))];
  }

  async function factsOf(row: ReportRow): Promise<ReportFacts> {
    const judge = await onTimeJudge();
    return {
      unitName: row.unit?.name ?? '',
      unitCode: row.unit?.code ?? '',
      period: row.period,
      noIssues: row.noIssues === true,
      entryCount: (row.entries ?? []).length,
      onTime: judge(row),
    };
  }

  type UnitRow = { id: number; documentId: string; name: string; code: string; kind: string; active: boolean | null; defaultDepartment: { id: number; kind: string; active: boolean | null } | null };

  async function unitOf(unitId: number): Promise<UnitRow | null> {
    return strapi.db.query(UNIT).findOne({
      where: { id: unitId },
      select: ['id', 'documentId', 'name', 'code', 'kind', 'active'],
      populate: { defaultDepartment: { select: ['id', 'kind', 'active'] } },
    });
  }

  /** Compare-and-set of the receipt: of two simultaneous decisions, one wins; the other is a 400 and changes nothing. */
  async function moveReceipt(row: ReportRow, data: Record<string, unknown>): Promise<void> {
    const where = row.receiptStatus === null ? { id: row.id, receiptStatus: { $null: true } } : { id: row.id, receiptStatus: row.receiptStatus };
    const { count } = (await reports().updateMany({ where, data })) as { count: number };
    if (count !== 1) throw new errors.ValidationError('Báo cáo vừa được người khác thay đổi; hãy tải lại và thử lại.');
  }

  return {
    scopeOf,
    officeUserIds,

    /** The reports the person sees (their units'; all for the Office), newest month first. */
    async list(userId: number, receives: boolean, query: { period?: string; unitId?: number }): Promise<ReportView[]> {
      const scope = await scopeOf(userId, receives);
      const filters: Array<Record<string, unknown>> = [];
      if (!scope.receives) filters.push({ unit: { id: { $in: scope.unitIds.length > 0 ? scope.unitIds : [-1] } } });
      if (query.period) filters.push({ period: query.period });
      if (query.unitId) filters.push({ unit: { id: query.unitId } });
      const rows = (await strapi.documents(REPORT).findMany({
        filters: filters.length > 0 ? { $and: filters } : {},
        populate: POPULATE as never,
        sort: [{ period: 'desc' }, { id: 'asc' }] as never,
        limit: -1 as never,
      })) as unknown as ReportRow[];
      const views = await viewsOf(scope, rows);
      return views.sort((a, b) => b.period.localeCompare(a.period) || a.unit.name.localeCompare(b.unit.name, 'vi'));
    },

    async get(userId: number, receives: boolean, documentId: string): Promise<ReportView> {
      const scope = await scopeOf(userId, receives);
      return (await viewsOf(scope, [await loadInScope(scope, documentId)]))[0];
    },

    /** Files a unit's report for a month: new concerns enter the register, the Office is told. */
    async file(actor: Actor, receives: boolean, input: ReportInput & { period: string }): Promise<ReportView> {
      const scope = await scopeOf(actor.id, receives);
      if (scope.fileUnitIds.length === 0) throw forbidden('Bạn chưa thuộc đơn vị nào nên chưa thể gửi báo cáo dư luận; hãy liên hệ quản trị hệ thống.');
      let unitId = input.unitId;
      if (unitId === undefined) {
        if (scope.fileUnitIds.length > 1) throw new errors.ValidationError('Bạn thuộc nhiều đơn vị: hãy chọn đơn vị gửi báo cáo (unitId).');
        unitId = scope.fileUnitIds[0];
      } else if (!scope.fileUnitIds.includes(unitId)) {
        throw forbidden('Bạn chỉ gửi báo cáo dư luận cho đơn vị của mình.');
      }
      const unit = await unitOf(unitId);
      if (!unit) throw new errors.ValidationError('Không tìm thấy đơn vị đã chọn.');
      const existing = await reports().findOne({ where: { period: input.period, unit: { id: unit.id } }, select: ['id'] });
      if (existing) {
        throw new errors.ValidationError(`Đơn vị ${unit.name} (${unit.code}) đã gửi báo cáo dư luận tháng ${input.period}. Mỗi đơn vị chỉ gửi một báo cáo mỗi tháng: hãy sửa báo cáo đã có.`);
      }
      const prepared = await prepareEntries(actor.id, input.entries, new Set());
      const scanId = await checkScan(actor.id, input.signedScanId, null);

      const documentId = await strapi.db.transaction(async ({ onCommit }) => {
        const entries = await materialise(actor, unit, input.period, prepared);
        const created = await strapi.documents(REPORT).create({
          data: { unit: unit.documentId, period: input.period, noIssues: input.noIssues, entries, signedScan: scanId ?? null } as never,
        });
        const row = (await load(created.documentId))!;
        const told = (await officeUserIds()).filter((userId) => userId !== actor.id);
        const queued = await getService(strapi, 'inbox').notifyUsers(told, filedNotice(await factsOf(row), { name: actor.name, refiled: false, at: new Date() }));
        onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
        return created.documentId;
      });
      return (await viewsOf(scope, [(await load(documentId))!]))[0];
    },

    /**
     * Edits a report not yet acknowledged and files it again: `filed` (a returned one comes back to
     * the Office), its latest filing now, its first filing kept (so its on-time status is kept).
     */
    async refile(actor: Actor, receives: boolean, documentId: string, input: ReportInput): Promise<ReportView> {
      const scope = await scopeOf(actor.id, receives);
      const row = await loadInScope(scope, documentId);
      if (!row.unit || !scope.fileUnitIds.includes(row.unit.id)) throw forbidden('Chỉ cán bộ của đơn vị gửi báo cáo mới được sửa và gửi lại báo cáo.');
      if (statusOf(row) === 'acknowledged') throw new errors.ValidationError('Văn phòng Sở đã tiếp nhận báo cáo này: không sửa được nữa.');
      const unit = (await unitOf(row.unit.id))!;
      const own = new Set((row.entries ?? []).map((entry) => entry.concernId).filter((id): id is number => typeof id === 'number'));
      const prepared = await prepareEntries(actor.id, input.entries, own);
      const scanId = await checkScan(actor.id, input.signedScanId, row.signedScan?.id ?? null);
      const now = new Date();

      await strapi.db.transaction(async ({ onCommit }) => {
        const entries = await materialise(actor, unit, row.period, prepared);
        await moveReceipt(row, { receiptStatus: 'filed', lastFiledAt: now, returnReason: null });
        await strapi.documents(REPORT).update({
          documentId,
          data: { noIssues: input.noIssues, entries, ...(scanId === undefined ? {} : { signedScan: scanId }) } as never,
        });
        const updated = (await load(documentId))!;
        const told = (await officeUserIds()).filter((userId) => userId !== actor.id);
        const queued = await getService(strapi, 'inbox').notifyUsers(told, filedNotice(await factsOf(updated), { name: actor.name, refiled: true, at: now }));
        onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
      });
      return (await viewsOf(scope, [(await load(documentId))!]))[0];
    },

    /** The Office acknowledges (tiếp nhận) a filed report; the unit is told. */
    async acknowledge(actor: Actor, documentId: string): Promise<ReportView> {
      return decide(actor, documentId, 'acknowledged', null);
    },

    /** The Office returns a filed report with a reason; the unit is told, and may file it again. */
    async returnReport(actor: Actor, documentId: string, reason: string): Promise<ReportView> {
      return decide(actor, documentId, 'returned', reason);
    },
  };

  async function decide(actor: Actor, documentId: string, to: 'acknowledged' | 'returned', reason: string | null): Promise<ReportView> {
    const scope = await scopeOf(actor.id, true);
    const row = await loadInScope(scope, documentId);
    const status = statusOf(row);
    if (status !== 'filed') {
      throw new errors.ValidationError(
        status === 'acknowledged' ? 'Báo cáo này đã được tiếp nhận.' : 'Báo cáo này đã được trả lại; đơn vị cần sửa và gửi lại trước khi Văn phòng tiếp nhận.'
      );
    }
    const now = new Date();
    await strapi.db.transaction(async ({ onCommit }) => {
      await moveReceipt(row, { receiptStatus: to, returnReason: reason, receivedAt: now, receiverName: actor.name });
      const facts = await factsOf(row);
      const notice = to === 'acknowledged' ? acknowledgedNotice(facts, { name: actor.name, at: now }) : returnedNotice(facts, { name: actor.name, at: now }, reason!);
      const told = (await unitMemberIds(row.unit!.id)).filter((userId) => userId !== actor.id);
      const queued = await getService(strapi, 'inbox').notifyUsers(told, notice);
      onCommit(() => getService(strapi, 'mail-outbox').deliverLater(queued));
    });
    return (await viewsOf(scope, [(await load(documentId))!]))[0];
  }
};
