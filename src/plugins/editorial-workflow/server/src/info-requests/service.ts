import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  CLOSED_INFO_REQUEST_STATUSES,
  INFO_REQUEST_MOVES,
  INFO_REQUEST_STATUS_LABELS,
  type InfoRequestActionBody,
  type InfoRequestBody,
  type InfoRequestChannel,
  type InfoRequestList,
  type InfoRequestQuery,
  type InfoRequestRow,
  type InfoRequestStatus,
  type InfoRequestView,
  type PublicInfoRequestStatus,
} from '../../../shared/contracts/info-requests';
import { INFO_REQUEST, UNIT } from '../../../shared/uids';
import type { Actor } from '../services/item-state';
import { getService } from '../get-service';
import { dueAtOfReceipt, extendedDueAt, isInfoRequestOverdue, loadInfoRequestPolicy } from './deadline';
import { INFO_REQUEST_NOT_FOUND, TRACKING_NOT_FOUND } from './input';
import { routedNotice } from './notices';
import { InquiryConflict } from '../press-desk/conflict';

export interface InfoRequestRecord {
  id: number;
  trackingCode: string;
  channel: InfoRequestChannel;
  requesterKind: InfoRequestView['requesterKind'];
  name: string;
  organisation: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  subject: string;
  content: string;
  receivedAt: Date | string;
  dueAt: Date | string;
  status: InfoRequestStatus;
  departmentId: number | null;
  extensionReason: string | null;
  answer: string | null;
  refusalReason: string | null;
  answeredAt: Date | string | null;
  enteredByName: string | null;
  escalatedAt: Date | string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();
/** 96 random bits: guessing one among millions of requests takes ~2^70 tries. */
const newTrackingCode = () => `YC-${randomBytes(12).toString('base64url')}`;

/**
 * Information requests (Luật Tiếp cận thông tin 2016): received from the public form or entered by
 * the Office from a letter, routed to a department, answered or refused within the legal deadline in
 * working days (deadline.ts), extended once. The Office acts (`inquiries.manage`), the leadership reads.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const requests = () => strapi.db.query(INFO_REQUEST);

  async function departments(): Promise<Array<{ id: number; name: string }>> {
    return strapi.db.query(UNIT).findMany({ where: { kind: 'department', active: { $ne: false } }, select: ['id', 'name'], orderBy: [{ name: 'asc' }] });
  }

  async function load(id: number): Promise<InfoRequestRecord> {
    const row: InfoRequestRecord | null = await requests().findOne({ where: { id } });
    if (!row) throw new errors.NotFoundError(INFO_REQUEST_NOT_FOUND);
    return row;
  }

  function rowOf(row: InfoRequestRecord, names: Map<number, string>, now: Date): InfoRequestRow {
    return {
      id: row.id,
      trackingCode: row.trackingCode,
      channel: row.channel,
      requesterKind: row.requesterKind,
      name: row.name,
      subject: row.subject,
      status: row.status,
      statusLabel: INFO_REQUEST_STATUS_LABELS[row.status],
      department: row.departmentId ? { id: row.departmentId, name: names.get(row.departmentId) ?? `Phòng số ${row.departmentId}` } : null,
      receivedAt: iso(row.receivedAt),
      dueAt: iso(row.dueAt),
      overdue: isInfoRequestOverdue(row, now),
      escalatedAt: row.escalatedAt ? iso(row.escalatedAt) : null,
    };
  }

  async function viewOf(row: InfoRequestRecord, canManage: boolean, now = new Date()): Promise<InfoRequestView> {
    const names = new Map((await departments()).map((unit) => [unit.id, unit.name]));
    if (row.departmentId && !names.has(row.departmentId)) {
      const unit = await strapi.db.query(UNIT).findOne({ where: { id: row.departmentId }, select: ['id', 'name'] });
      if (unit) names.set(unit.id, unit.name);
    }
    return {
      ...rowOf(row, names, now),
      organisation: row.organisation ?? null,
      email: row.email ?? null,
      phone: row.phone ?? null,
      address: row.address ?? null,
      content: row.content,
      answer: row.answer ?? null,
      answeredAt: row.answeredAt ? iso(row.answeredAt) : null,
      extensionReason: row.extensionReason ?? null,
      refusalReason: row.refusalReason ?? null,
      enteredBy: row.enteredByName ?? null,
      canManage,
    };
  }

  async function assertDepartment(departmentId: number): Promise<void> {
    const unit = await strapi.db.query(UNIT).findOne({ where: { id: departmentId }, select: ['id', 'kind', 'active'] });
    if (!unit || unit.kind !== 'department' || unit.active === false) throw new errors.ValidationError('Phòng được giao phải là một phòng chuyên môn đang hoạt động của Sở.');
  }

  async function receive(input: InfoRequestBody, channel: InfoRequestChannel, receivedAt: Date, actor: Actor | null): Promise<InfoRequestRecord> {
    const dueAt = await dueAtOfReceipt(strapi, receivedAt);
    return requests().create({
      data: {
        ...input,
        trackingCode: newTrackingCode(),
        channel,
        receivedAt,
        dueAt,
        status: 'received',
        enteredById: actor?.id ?? null,
        enteredByName: actor?.name ?? null,
      },
    });
  }

  return {
    /** The public form's post (already through the guard): the tracking code only. */
    async receiveFromWebsite(input: InfoRequestBody, now = new Date()): Promise<{ trackingCode: string }> {
      const row = await receive(input, 'website', now, null);
      return { trackingCode: row.trackingCode };
    },

    /** The Office enters a letter: the deadline counts from the day it arrived. */
    async enterLetter(actor: Actor, input: InfoRequestBody & { receivedAt: string }): Promise<InfoRequestView> {
      const { receivedAt, ...rest } = input;
      return viewOf(await receive(rest, 'letter', new Date(receivedAt), actor), true);
    },

    /** The status by tracking code, and nothing else of the request. */
    async publicStatus(trackingCode: string): Promise<PublicInfoRequestStatus> {
      const row: Pick<InfoRequestRecord, 'trackingCode' | 'status' | 'receivedAt'> | null = await requests().findOne({
        where: { trackingCode },
        select: ['trackingCode', 'status', 'receivedAt'],
      });
      if (!row) throw new errors.NotFoundError(TRACKING_NOT_FOUND);
      return { trackingCode: row.trackingCode, status: row.status, statusLabel: INFO_REQUEST_STATUS_LABELS[row.status], receivedAt: iso(row.receivedAt) };
    },

    async list(query: InfoRequestQuery, now = new Date()): Promise<InfoRequestList> {
      const { page = 1, pageSize = 20 } = query;
      const open = { status: { $notIn: [...CLOSED_INFO_REQUEST_STATUSES] } };
      const late = { ...open, dueAt: { $lt: now } };
      const where = { ...(query.status ? { status: query.status } : {}), ...(query.overdue === true ? late : {}), ...(query.overdue === false ? { $or: [{ status: { $in: [...CLOSED_INFO_REQUEST_STATUSES] } }, { dueAt: { $gte: now } }] } : {}) };
      const [rows, total, openCount, overdueCount, units, policy] = await Promise.all([
        requests().findMany({ where, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }], offset: (page - 1) * pageSize, limit: pageSize }) as Promise<InfoRequestRecord[]>,
        requests().count({ where }),
        requests().count({ where: open }),
        requests().count({ where: late }),
        departments(),
        loadInfoRequestPolicy(strapi),
      ]);
      const names = new Map(units.map((unit) => [unit.id, unit.name]));
      return {
        results: rows.map((row) => rowOf(row, names, now)),
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
        counts: { open: openCount, overdue: overdueCount },
        departments: units,
        policy,
      };
    },

    async get(id: number, canManage: boolean): Promise<InfoRequestView> {
      return viewOf(await load(id), canManage);
    },

    /**
     * The Office's actions. Each is a compare-and-set on the status read: of two simultaneous
     * answers, one is stored and the other told the request changed (409).
     */
    async act(actor: Actor, id: number, input: InfoRequestActionBody, now = new Date()): Promise<InfoRequestView> {
      const row = await load(id);
      const move = INFO_REQUEST_MOVES[input.action];
      if (!move.from.includes(row.status)) {
        throw new InquiryConflict(`Yêu cầu đang ở trạng thái "${INFO_REQUEST_STATUS_LABELS[row.status]}": không thể thực hiện thao tác này.`);
      }
      const data: Record<string, unknown> = {};
      if (input.action === 'route') {
        await assertDepartment(input.departmentId!);
        Object.assign(data, { departmentId: input.departmentId, routedAt: now, ...(row.status === 'received' ? { status: 'routed' } : {}) });
      } else if (input.action === 'extend') {
        if (row.extensionReason) throw new InquiryConflict('Yêu cầu đã được gia hạn một lần: luật chỉ cho gia hạn một lần.');
        Object.assign(data, { status: move.to, extensionReason: input.text, dueAt: await extendedDueAt(strapi, new Date(row.dueAt)) });
      } else if (input.action === 'answer') {
        Object.assign(data, { status: move.to, answer: input.text, answeredAt: now });
      } else if (input.action === 'refuse') {
        Object.assign(data, { status: move.to, refusalReason: input.text, answeredAt: now });
      } else {
        data.status = move.to;
      }
      return strapi.db.transaction(async ({ onCommit }) => {
        const { count } = await requests().updateMany({ where: { id, status: row.status }, data });
        if (count !== 1) throw new InquiryConflict('Yêu cầu vừa được người khác xử lý; hãy tải lại.');
        if (input.action === 'route') {
          const heads = await getService(strapi, 'membership').userIdsWithRole('head', input.departmentId!);
          const ids = await getService(strapi, 'inbox').notifyUsers(heads, routedNotice({ ...row, dueAt: row.dueAt }, actor.name));
          onCommit(() => getService(strapi, 'mail-outbox').deliverLater(ids));
        }
        return viewOf(await load(id), true, now);
      });
    },

  };
};
