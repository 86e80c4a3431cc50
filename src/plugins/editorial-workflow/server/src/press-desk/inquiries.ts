import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONCERN_LIMITS } from '../../../shared/contracts/concerns';
import {
  PRESS_INQUIRY_STATUS_LABELS,
  type PressInquiryBody,
  type PressInquiryList,
  type PressInquiryQuery,
  type PressInquiryRow,
  type PressInquiryStatus,
  type PressInquiryUpdateBody,
  type PressInquiryView,
} from '../../../shared/contracts/press-desk';
import { PRESS_INQUIRY, TOPIC, UNIT } from '../../../shared/uids';
import type { Actor } from '../services/item-state';
import { forbidden } from '../utils/errors';
import { getService } from '../get-service';
import { InquiryConflict } from './conflict';
import { INQUIRY_NOT_FOUND } from './input';
import { topicChoices } from './topics';

export interface PressInquiryRecord {
  id: number;
  outlet: string;
  journalist: string;
  contact: string | null;
  question: string;
  topicId: number;
  departmentId: number | null;
  receivedAt: Date | string;
  dueAt: Date | string;
  answer: string | null;
  approvedById: number | null;
  approvedByName: string | null;
  approvedAt: Date | string | null;
  sentAt: Date | string | null;
  sentByName: string | null;
  loggedByName: string;
  concernId: number | null;
  responseItemDocumentId: string | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();
const statusOf = (row: Pick<PressInquiryRecord, 'sentAt' | 'approvedAt'>): PressInquiryStatus => (row.sentAt ? 'sent' : row.approvedAt ? 'approved' : 'open');
const isOverdue = (row: PressInquiryRecord, now: Date) => !row.sentAt && now.getTime() > new Date(row.dueAt).getTime();
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The press inquiries' log (the Office): each answer goes out only once a spokesperson registered
 * for the inquiry's topic, on the day, approved it as it stands; a change of the answer needs a new
 * approval. The leadership reads the open and the overdue ones. An inquiry that needs a public
 * statement becomes an official response item through the opinion desk's fast lane.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const inquiries = () => strapi.db.query(PRESS_INQUIRY);

  async function choices(): Promise<{ topics: Array<{ id: number; name: string }>; departments: Array<{ id: number; name: string }> }> {
    const [topics, departments] = await Promise.all([
      topicChoices(strapi),
      strapi.db.query(UNIT).findMany({ where: { kind: 'department', active: { $ne: false } }, select: ['id', 'name'], orderBy: [{ name: 'asc' }] }),
    ]);
    return { topics, departments };
  }

  function rowOf(row: PressInquiryRecord, topics: Map<number, string>, units: Map<number, string>, now: Date): PressInquiryRow {
    const status = statusOf(row);
    return {
      id: row.id,
      outlet: row.outlet,
      journalist: row.journalist,
      question: row.question,
      topic: { id: row.topicId, name: topics.get(row.topicId) ?? `Lĩnh vực số ${row.topicId}` },
      department: row.departmentId ? { id: row.departmentId, name: units.get(row.departmentId) ?? `Phòng số ${row.departmentId}` } : null,
      receivedAt: iso(row.receivedAt),
      dueAt: iso(row.dueAt),
      status,
      statusLabel: PRESS_INQUIRY_STATUS_LABELS[status],
      overdue: isOverdue(row, now),
      sentAt: row.sentAt ? iso(row.sentAt) : null,
    };
  }

  async function load(id: number): Promise<PressInquiryRecord> {
    const row: PressInquiryRecord | null = await inquiries().findOne({ where: { id } });
    if (!row) throw new errors.NotFoundError(INQUIRY_NOT_FOUND);
    return row;
  }

  async function viewOf(row: PressInquiryRecord, viewer: { id: number; canManage: boolean }, now = new Date()): Promise<PressInquiryView> {
    const { topics, departments } = await choices();
    const base = rowOf(row, new Map(topics.map((t) => [t.id, t.name])), new Map(departments.map((d) => [d.id, d.name])), now);
    const registered = await getService(strapi, 'spokespeople').isRegistered(viewer.id, row.topicId, now);
    return {
      ...base,
      contact: row.contact ?? null,
      answer: row.answer ?? null,
      approvedBy: row.approvedByName ?? null,
      approvedAt: row.approvedAt ? iso(row.approvedAt) : null,
      sentBy: row.sentByName ?? null,
      loggedBy: row.loggedByName,
      concernId: row.concernId ?? null,
      responseItemDocumentId: row.responseItemDocumentId ?? null,
      canManage: viewer.canManage,
      canApprove: registered && Boolean(row.answer) && !row.approvedAt && !row.sentAt,
    };
  }

  async function assertTopic(topicId: number): Promise<void> {
    if (!(await strapi.db.query(TOPIC).findOne({ where: { id: topicId }, select: ['id'] }))) throw new errors.ValidationError('Không có lĩnh vực (chủ đề) này trong kế hoạch.');
  }

  async function assertDepartment(departmentId: number): Promise<void> {
    const unit = await strapi.db.query(UNIT).findOne({ where: { id: departmentId }, select: ['id', 'kind', 'active'] });
    if (!unit || unit.kind !== 'department' || unit.active === false) throw new errors.ValidationError('Phòng chuẩn bị nội dung phải là một phòng chuyên môn đang hoạt động của Sở.');
  }

  /** Writes `data` only if the inquiry is still as read (`sentAt`, `approvedAt`, `answer`): else 409. */
  async function compareAndSet(row: PressInquiryRecord, data: Record<string, unknown>): Promise<void> {
    const { count } = await inquiries().updateMany({
      where: { id: row.id, sentAt: null, approvedAt: row.approvedAt ? { $notNull: true } : null, answer: row.answer ?? null },
      data,
    });
    if (count !== 1) throw new InquiryConflict('Câu hỏi vừa được người khác xử lý; hãy tải lại.');
  }

  return {
    async list(query: PressInquiryQuery, now = new Date()): Promise<PressInquiryList> {
      const { page = 1, pageSize = 20 } = query;
      const open = { sentAt: null };
      const late = { sentAt: null, dueAt: { $lt: now } };
      const byStatus = { open: { sentAt: null, approvedAt: null }, approved: { sentAt: null, approvedAt: { $notNull: true } }, sent: { sentAt: { $notNull: true } } };
      const where = {
        ...(query.status ? byStatus[query.status] : {}),
        ...(query.overdue === true ? late : {}),
        ...(query.overdue === false ? { $or: [{ sentAt: { $notNull: true } }, { dueAt: { $gte: now } }] } : {}),
      };
      const [rows, total, openCount, overdueCount, { topics, departments }] = await Promise.all([
        inquiries().findMany({ where, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }], offset: (page - 1) * pageSize, limit: pageSize }) as Promise<PressInquiryRecord[]>,
        inquiries().count({ where }),
        inquiries().count({ where: open }),
        inquiries().count({ where: late }),
        choices(),
      ]);
      const topicNames = new Map(topics.map((t) => [t.id, t.name]));
      const unitNames = new Map(departments.map((d) => [d.id, d.name]));
      return {
        results: rows.map((row) => rowOf(row, topicNames, unitNames, now)),
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
        counts: { open: openCount, overdue: overdueCount },
        topics,
        departments,
      };
    },

    async get(id: number, viewer: { id: number; canManage: boolean }): Promise<PressInquiryView> {
      return viewOf(await load(id), viewer);
    },

    async log(actor: Actor, input: PressInquiryBody): Promise<PressInquiryView> {
      await assertTopic(input.topicId);
      if (input.departmentId !== undefined) await assertDepartment(input.departmentId);
      const created: PressInquiryRecord = await inquiries().create({
        data: { ...input, contact: input.contact ?? null, departmentId: input.departmentId ?? null, loggedById: actor.id, loggedByName: actor.name },
      });
      return viewOf(created, { id: actor.id, canManage: true });
    },

    /** The Office writes the answer the department prepared (or changes the department, the deadline); a new answer voids the approval. */
    async update(actor: Actor, id: number, input: PressInquiryUpdateBody): Promise<PressInquiryView> {
      const row = await load(id);
      if (row.sentAt) throw new InquiryConflict('Câu trả lời đã gửi báo chí: không sửa được nữa.');
      if (input.departmentId !== undefined) await assertDepartment(input.departmentId);
      const newAnswer = input.answer !== undefined && input.answer !== row.answer;
      await compareAndSet(row, {
        ...(input.departmentId !== undefined ? { departmentId: input.departmentId } : {}),
        ...(input.dueAt !== undefined ? { dueAt: new Date(input.dueAt) } : {}),
        ...(newAnswer ? { answer: input.answer, approvedById: null, approvedByName: null, approvedAt: null } : {}),
      });
      return viewOf(await load(id), { id: actor.id, canManage: true });
    },

    /** A spokesperson registered for the inquiry's topic today approves the answer as it stands. */
    async approve(actor: Actor, id: number, canManage: boolean, now = new Date()): Promise<PressInquiryView> {
      const row = await load(id);
      if (!(await getService(strapi, 'spokespeople').isRegistered(actor.id, row.topicId, now))) {
        throw forbidden('Chỉ người phát ngôn có tên trong danh sách, được giao phát ngôn lĩnh vực này và còn hiệu lực hôm nay, mới được duyệt câu trả lời báo chí.');
      }
      if (row.sentAt) throw new InquiryConflict('Câu trả lời đã gửi báo chí.');
      if (!row.answer) throw new InquiryConflict('Chưa có câu trả lời để duyệt.');
      if (row.approvedAt) throw new InquiryConflict('Câu trả lời đã được duyệt.');
      await compareAndSet(row, { approvedById: actor.id, approvedByName: actor.name, approvedAt: now });
      return viewOf(await load(id), { id: actor.id, canManage });
    },

    /** The Office records that the approved answer went out; an answer no spokesperson approved is refused (409). */
    async send(actor: Actor, id: number, now = new Date()): Promise<PressInquiryView> {
      const row = await load(id);
      if (row.sentAt) throw new InquiryConflict('Câu trả lời đã gửi báo chí.');
      if (!row.answer || !row.approvedAt) {
        throw new InquiryConflict('Câu trả lời chưa được người phát ngôn duyệt: không được gửi báo chí.');
      }
      await compareAndSet(row, { sentAt: now, sentByName: actor.name });
      return viewOf(await load(id), { id: actor.id, canManage: true });
    },

    /**
     * The inquiry becomes an official response (the opinion desk's fast lane, README): a current
     * concern of the press channel is filed from it, and the Office's author drafts the response
     * item linked to it (concern-links' draftResponse, with its own rules: an author of the Office).
     */
    async toResponse(actor: Actor, id: number, now = new Date()): Promise<PressInquiryView> {
      const row = await load(id);
      if (row.concernId) throw new InquiryConflict('Câu hỏi này đã được chuyển thành phản hồi chính thức.');
      return strapi.db.transaction(async () => {
        const concern = await getService(strapi, 'concerns').create(
          actor,
          {
            title: clip(`Báo chí hỏi (${row.outlet}): ${row.question}`, CONCERN_LIMITS.titleMax),
            description: clip(`Phóng viên ${row.journalist} (${row.outlet}) hỏi: ${row.question}`, CONCERN_LIMITS.descriptionMax),
            topicId: row.topicId,
            channel: 'press',
            firstSeenAt: iso(row.receivedAt),
            kind: 'current',
            severity: 'action',
            ...(row.departmentId ? { departmentId: row.departmentId } : {}),
          },
          now
        );
        const draft = await getService(strapi, 'concern-links').draftResponse(actor, concern.id);
        const { count } = await inquiries().updateMany({ where: { id, concernId: null }, data: { concernId: concern.id, responseItemDocumentId: draft.itemDocumentId } });
        if (count !== 1) throw new InquiryConflict('Câu hỏi này đã được chuyển thành phản hồi chính thức.');
        return viewOf(await load(id), { id: actor.id, canManage: true });
      });
    },
  };
};
