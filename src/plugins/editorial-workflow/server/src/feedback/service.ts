import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { COMMENTER_GROUP_LABELS, type CommentStance, type CommentStatus, type CommenterGroup, type PublicFeedbackSummary } from '../../../shared/contracts/consultations';
import type {
  AnswerBody,
  ClassifyBody,
  FeedbackAnswer,
  FeedbackComment,
  FeedbackConsultation,
  FeedbackQuery,
  FeedbackQueue,
  FeedbackSummaryView,
  SummaryBody,
} from '../../../shared/contracts/feedback';
import type { ConcernView } from '../../../shared/contracts/concerns';
import { FEEDBACK_SUMMARY, PUBLIC_COMMENT, TOPIC } from '../../../shared/uids';
import { vnDateOf } from '../../../shared/periods';
import { getService } from '../get-service';
import { announcePublicChange } from '../../../../../public-api';
import type { Actor } from '../services/item-state';
import { forbidden } from '../utils/errors';
import { vietnamTime } from '../utils/vietnam-time';
import { officeUnitIdOf } from '../concerns/office';
import { toDocx } from '../reports/docx';
import { loadReportSettings } from '../reports/settings';
import { REPORT_CONTENT_TYPES, type ReportFile } from '../reports/service';
import { toXlsx } from '../stats/export';
import { absoluteUrl, mailServerConfigured } from '../channels/press/mail-transport';
import { allConsultations, consultationOf, isClosed, linesOf, type Consultation } from './consultation';
import { canRead, canWork, feedbackScopeOf, type FeedbackScope } from './scope';
import { countFeedback } from './figures';
import { summaryDocument } from './document';
import { answerMail } from './answer-mail';
import { replyListSheet } from './reply-list';
import { COMMENT_NOT_FOUND, CONSULTATION_NOT_FOUND } from './input';

/** A public comment as stored. */
interface CommentRow {
  id: number;
  itemDocumentId: string;
  trackingCode: string;
  text: string;
  group: CommenterGroup;
  commune: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  contactsDeletedAt: Date | string | null;
  status: CommentStatus;
  stance: CommentStance | null;
  lineIds: number[] | null;
  mergedIntoId: number | null;
  answer: string | null;
  answeredAt: Date | string | null;
  answerPublic: boolean | null;
  answerMailedAt: Date | string | null;
  concernId: number | null;
  createdAt: Date | string;
}

interface SummaryRow {
  id: number;
  itemDocumentId: string;
  mainPoints: string | null;
  releasedAt: Date | string | null;
  published: Omit<PublicFeedbackSummary, 'documentUrl'> | null;
  documentBase64: string | null;
}

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NOT_YOURS_READ = 'Chỉ phòng phụ trách dự thảo, Văn phòng Sở và lãnh đạo Sở mới xem được ý kiến góp ý của dự thảo này.';
const NOT_YOURS_WORK = 'Chỉ biên tập viên và lãnh đạo của phòng phụ trách dự thảo mới xử lý ý kiến góp ý này.';

/** The public address of a published summary's Word document (routes.ts, `publicRoutes`). */
export const summaryDocumentPath = (documentId: string) => `/api/editorial-workflow/feedback-summaries/${documentId}.docx`;

/** A comment's contacts usable for a reply: not deleted after closing. */
const contactsKept = (row: CommentRow) => !row.contactsDeletedAt;

/**
 * The responsible department's handling of a consultation's comments (issue 22 item 3). Scope by
 * membership (scope.ts): the department's editors and heads work; the Office and the leadership
 * read; anyone else is refused with a 403. Each change is one conditional write on the row read,
 * so two people acting on one comment at once cannot both win.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => strapi.db.query(PUBLIC_COMMENT);
  const summaries = () => strapi.db.query(FEEDBACK_SUMMARY);

  async function scopeOf(userId: number): Promise<FeedbackScope> {
    const standing = await getService(strapi, 'membership').standingOf(userId);
    return feedbackScopeOf(standing, await officeUnitIdOf(strapi));
  }

  async function loadConsultation(documentId: string): Promise<Consultation> {
    const consultation = await consultationOf(strapi, documentId);
    if (!consultation) throw new errors.NotFoundError(CONSULTATION_NOT_FOUND);
    return consultation;
  }

  /** The consultation, if the person may read its feedback (work, when `work`); else a 403. */
  async function authorise(userId: number, documentId: string, work: boolean): Promise<{ scope: FeedbackScope; consultation: Consultation }> {
    const [scope, consultation] = [await scopeOf(userId), await loadConsultation(documentId)];
    if (work ? !canWork(scope, consultation.departmentId) : !canRead(scope, consultation.departmentId)) throw forbidden(work ? NOT_YOURS_WORK : NOT_YOURS_READ);
    return { scope, consultation };
  }

  /** A comment the person works on: 404 if none, 403 outside the responsible department. */
  async function workableComment(userId: number, id: number): Promise<{ row: CommentRow; consultation: Consultation }> {
    const row: CommentRow | null = await comments().findOne({ where: { id } });
    if (!row) throw new errors.NotFoundError(COMMENT_NOT_FOUND);
    const { consultation } = await authorise(userId, row.itemDocumentId, true);
    return { row, consultation };
  }

  const countedRows = (documentId: string): Promise<Array<Pick<CommentRow, 'group' | 'commune' | 'status' | 'stance'>>> =>
    comments().findMany({ where: { itemDocumentId: documentId }, select: ['group', 'commune', 'status', 'stance'] });

  async function consultationView(consultation: Consultation, now: Date): Promise<FeedbackConsultation> {
    const figures = countFeedback(await countedRows(consultation.documentId));
    return {
      documentId: consultation.documentId,
      title: consultation.title,
      department: consultation.departmentId ? { id: consultation.departmentId, name: consultation.departmentName ?? `#${consultation.departmentId}` } : null,
      closesAt: iso(consultation.closesAt),
      closed: isClosed(consultation, now),
      total: figures.total,
      unclassified: figures.unclassified,
    };
  }

  async function commentView(row: CommentRow): Promise<FeedbackComment> {
    const duplicates = await comments().count({ where: { mergedIntoId: row.id } });
    return {
      id: row.id,
      text: row.text,
      group: row.group,
      commune: row.commune,
      receivedAt: new Date(row.createdAt).toISOString(),
      status: row.status,
      stance: row.stance ?? null,
      lineIds: Array.isArray(row.lineIds) ? row.lineIds : [],
      mergedIntoId: row.mergedIntoId ?? null,
      duplicates,
      answer: row.answer ?? null,
      answeredAt: iso(row.answeredAt),
      answerPublic: row.answerPublic === true,
      answerMailedAt: iso(row.answerMailedAt),
      canMail: contactsKept(row) && Boolean(row.email),
      concernId: row.concernId ?? null,
    };
  }

  /** Writes `data` on the comment only if it is still as read (status and merge); else the person is told it changed. */
  async function writeIfUnchanged(row: CommentRow, data: Record<string, unknown>): Promise<FeedbackComment> {
    const { count } = await comments().updateMany({ where: { id: row.id, status: row.status, mergedIntoId: row.mergedIntoId ?? null }, data });
    if (count !== 1) throw new errors.ApplicationError('Ý kiến vừa được người khác xử lý: hãy tải lại trang rồi thử lại.');
    return commentView(await comments().findOne({ where: { id: row.id } }));
  }

  const assertNotMerged = (row: CommentRow) => {
    if (row.status === 'merged') throw new errors.ValidationError('Ý kiến này đã được gộp vào một ý kiến trùng: hãy xử lý ý kiến được giữ lại.');
  };

  /** The answered comments (duplicates not repeated), in the order received. */
  async function answeredRows(documentId: string, onlyPublic: boolean): Promise<CommentRow[]> {
    return comments().findMany({
      where: { itemDocumentId: documentId, status: 'answered', answer: { $notNull: true }, ...(onlyPublic ? { answerPublic: true } : {}) },
      orderBy: [{ id: 'asc' }],
    });
  }

  /** The Word summary of the comments as they are now, with the public answers only (it is published as is). */
  async function summaryFile(consultation: Consultation, mainPoints: string, now: Date): Promise<ReportFile & { figures: ReturnType<typeof countFeedback>; answers: CommentRow[] }> {
    const figures = countFeedback(await countedRows(consultation.documentId));
    const answers = await answeredRows(consultation.documentId, true);
    const settings = await loadReportSettings(strapi);
    const doc = summaryDocument(
      {
        documentId: consultation.documentId,
        title: consultation.title,
        departmentName: consultation.departmentName,
        figures,
        mainPoints,
        answers: answers.map((row) => ({ group: row.group, text: row.text, answer: row.answer! })),
        writtenOn: vnDateOf(now),
      },
      settings
    );
    return { fileName: `${doc.fileName}.docx`, contentType: REPORT_CONTENT_TYPES.docx, body: await toDocx(doc), figures, answers };
  }

  return {
    /** The consultations whose feedback the person reads, newest first. */
    async consultations(userId: number, now = new Date()): Promise<FeedbackConsultation[]> {
      const scope = await scopeOf(userId);
      const visible = (await allConsultations(strapi)).filter((consultation) => canRead(scope, consultation.departmentId));
      const views: FeedbackConsultation[] = [];
      for (const consultation of visible) views.push(await consultationView(consultation, now));
      return views;
    },

    /** The queue of one consultation, filtered; oldest first (answered in the order received). */
    async queue(userId: number, documentId: string, query: FeedbackQuery, now = new Date()): Promise<FeedbackQueue> {
      const { scope, consultation } = await authorise(userId, documentId, false);
      const where: Record<string, unknown> = { itemDocumentId: documentId };
      if (query.status) where.status = query.status;
      if (query.stance) where.stance = query.stance;
      if (query.group) where.group = query.group;
      if (query.unclassified === true) where.stance = { $null: true };
      if (query.unclassified === false && !query.stance) where.stance = { $notNull: true };
      const total = await comments().count({ where });
      const rows: CommentRow[] = await comments().findMany({ where, orderBy: [{ id: 'asc' }], offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
      const results: FeedbackComment[] = [];
      for (const row of rows) results.push(await commentView(row));
      return {
        consultation: await consultationView(consultation, now),
        canWork: canWork(scope, consultation.departmentId),
        lines: await linesOf(strapi, consultation),
        results,
        pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) },
      };
    },

    /** Stance and tags (lines of information of the consultation's topics only). */
    async classify(actor: Actor, id: number, input: ClassifyBody): Promise<FeedbackComment> {
      const { row, consultation } = await workableComment(actor.id, id);
      assertNotMerged(row);
      const allowed = new Set((await linesOf(strapi, consultation)).map((line) => line.id));
      const foreign = (input.lineIds ?? []).filter((lineId) => !allowed.has(lineId));
      if (foreign.length > 0) throw new errors.ValidationError(`Tuyến thông tin ${foreign.join(', ')} không thuộc lĩnh vực của dự thảo.`);
      return writeIfUnchanged(row, { stance: input.stance, lineIds: input.lineIds ?? [], status: row.status === 'received' ? 'classified' : row.status });
    },

    /**
     * Merges a duplicate into the comment kept: the duplicate is counted once (with the one kept),
     * and whatever was merged into it follows, so a merge never chains.
     */
    async merge(actor: Actor, id: number, intoId: number): Promise<FeedbackComment> {
      const { row } = await workableComment(actor.id, id);
      if (intoId === id) throw new errors.ValidationError('Không thể gộp một ý kiến vào chính nó.');
      assertNotMerged(row);
      if (row.answer) throw new errors.ValidationError('Ý kiến đã được trả lời nên không gộp được; hãy gộp ý kiến kia vào ý kiến này.');
      const into: CommentRow | null = await comments().findOne({ where: { id: intoId } });
      if (!into || into.itemDocumentId !== row.itemDocumentId) throw new errors.ValidationError('Ý kiến được giữ lại phải là một ý kiến của cùng dự thảo.');
      if (into.status === 'merged') throw new errors.ValidationError('Ý kiến được giữ lại đã được gộp vào ý kiến khác: hãy chọn ý kiến gốc.');
      return strapi.db.transaction(async () => {
        await comments().updateMany({ where: { mergedIntoId: row.id }, data: { mergedIntoId: into.id } });
        await writeIfUnchanged(row, { status: 'merged', mergedIntoId: into.id });
        return commentView(await comments().findOne({ where: { id: into.id } }));
      });
    },

    /** The department's answer; public (in the published summary, and on the tracking code) when said so. */
    async answer(actor: Actor, id: number, input: AnswerBody, now = new Date()): Promise<FeedbackComment> {
      const { row } = await workableComment(actor.id, id);
      assertNotMerged(row);
      return writeIfUnchanged(row, {
        answer: input.answer,
        answeredAt: now,
        answeredById: actor.id,
        status: 'answered',
        ...(input.answerPublic === undefined ? {} : { answerPublic: input.answerPublic }),
      });
    },

    async setAnswerPublic(actor: Actor, id: number, answerPublic: boolean): Promise<FeedbackComment> {
      const { row } = await workableComment(actor.id, id);
      if (!row.answer) throw new errors.ValidationError('Ý kiến chưa được trả lời: hãy trả lời trước khi công khai.');
      return writeIfUnchanged(row, { answerPublic });
    },

    /**
     * E-mails the answer to the commenter's address, once: the row is claimed first (answerMailedAt),
     * and released if the mail server refuses, so the department can try again.
     */
    async mailAnswer(actor: Actor, id: number, now = new Date()): Promise<FeedbackComment> {
      const { row, consultation } = await workableComment(actor.id, id);
      if (!row.answer) throw new errors.ValidationError('Ý kiến chưa được trả lời: hãy trả lời trước khi gửi thư.');
      if (!row.email || !contactsKept(row)) throw new errors.ValidationError('Người góp ý không để lại địa chỉ thư điện tử (hoặc đã được xoá theo quy định): không gửi thư được.');
      if (row.answerMailedAt) throw new errors.ValidationError('Câu trả lời đã được gửi thư cho người góp ý.');
      if (!mailServerConfigured(strapi)) throw new errors.ApplicationError('Chưa cấu hình máy chủ thư (SMTP_HOST): chưa gửi được thư trả lời.');
      const { count } = await comments().updateMany({ where: { id, answerMailedAt: null }, data: { answerMailedAt: now } });
      if (count !== 1) throw new errors.ValidationError('Câu trả lời đã được gửi thư cho người góp ý.');
      const mail = answerMail({ consultationTitle: consultation.title, departmentName: consultation.departmentName, name: row.name, comment: row.text, answer: row.answer, trackingCode: row.trackingCode });
      try {
        await strapi.plugin('email').service('email').send({ to: row.email, ...mail });
      } catch (error) {
        await comments().update({ where: { id }, data: { answerMailedAt: null } });
        strapi.log.warn(`[editorial-workflow] answer e-mail of public comment ${id} failed: ${(error as Error).message}`);
        throw new errors.ApplicationError('Máy chủ thư chưa nhận thư trả lời; hãy thử lại sau.');
      }
      strapi.log.info(`[editorial-workflow] answer of public comment ${id} e-mailed by user ${actor.id}`);
      return commentView(await comments().findOne({ where: { id } }));
    },

    /**
     * Sends a concern raised in a comment to the opinion desk's register (concerns/), filed by the
     * department on the consultation's topic, with the comment's text; the comment keeps its id.
     * In one transaction: the concern exists only if the comment took it.
     */
    async raiseConcern(actor: Actor, id: number): Promise<{ comment: FeedbackComment; concern: ConcernView }> {
      const { row, consultation } = await workableComment(actor.id, id);
      if (row.concernId) throw new errors.ValidationError('Ý kiến này đã được chuyển sang sổ theo dõi dư luận.');
      const topicId = consultation.topicIds[0];
      if (!topicId) throw new errors.ValidationError('Dự thảo chưa gắn lĩnh vực (chủ đề) của kế hoạch: chưa chuyển được sang sổ theo dõi dư luận.');
      const topic = await strapi.db.query(TOPIC).findOne({ where: { id: topicId }, select: ['id'] });
      if (!topic) throw new errors.ValidationError('Lĩnh vực của dự thảo không còn trong kế hoạch.');
      return strapi.db.transaction(async () => {
        const concern = await getService(strapi, 'concerns').create(actor, {
          title: `Ý kiến góp ý dự thảo "${consultation.title}"`.slice(0, 200),
          description: `Ý kiến góp ý (${COMMENTER_GROUP_LABELS[row.group]}, ${row.commune}), nhận lúc ${vietnamTime(row.createdAt)}:\n${row.text}`,
          topicId,
          channel: 'other',
          firstSeenAt: new Date(row.createdAt).toISOString(),
          kind: 'current',
          severity: 'watch',
          ...(consultation.departmentId ? { departmentId: consultation.departmentId, filingUnitId: consultation.departmentId } : {}),
        });
        const { count } = await comments().updateMany({ where: { id, concernId: null }, data: { concernId: concern.id } });
        if (count !== 1) throw new errors.ValidationError('Ý kiến này đã được chuyển sang sổ theo dõi dư luận.');
        return { comment: await commentView(await comments().findOne({ where: { id } })), concern };
      });
    },

    /** The summary as the department writes it: figures recounted now, the main points, every answer. */
    async summary(userId: number, documentId: string, now = new Date()): Promise<FeedbackSummaryView> {
      const { scope, consultation } = await authorise(userId, documentId, false);
      const stored: SummaryRow | null = await summaries().findOne({ where: { itemDocumentId: documentId } });
      const answers: FeedbackAnswer[] = (await answeredRows(documentId, false)).map((row) => ({ id: row.id, group: row.group, text: row.text, answer: row.answer!, answerPublic: row.answerPublic === true }));
      return {
        consultation: await consultationView(consultation, now),
        canWork: canWork(scope, consultation.departmentId),
        figures: countFeedback(await countedRows(documentId)),
        mainPoints: stored?.mainPoints ?? '',
        answers,
        published: stored?.releasedAt ? { publishedAt: iso(stored.releasedAt)!, documentUrl: absoluteUrl(strapi, summaryDocumentPath(documentId)) } : null,
      };
    },

    async writeSummary(actor: Actor, documentId: string, input: SummaryBody, now = new Date()): Promise<FeedbackSummaryView> {
      await authorise(actor.id, documentId, true);
      const stored: SummaryRow | null = await summaries().findOne({ where: { itemDocumentId: documentId } });
      if (stored) await summaries().update({ where: { id: stored.id }, data: { mainPoints: input.mainPoints, writtenById: actor.id } });
      else await summaries().create({ data: { itemDocumentId: documentId, mainPoints: input.mainPoints, writtenById: actor.id } });
      return this.summary(actor.id, documentId, now);
    },

    /** The Word document of the summary as it would be published now (readers of the feedback may download it). */
    async summaryDocument(userId: number, documentId: string, now = new Date()): Promise<ReportFile> {
      const { consultation } = await authorise(userId, documentId, false);
      const stored: SummaryRow | null = await summaries().findOne({ where: { itemDocumentId: documentId } });
      const { fileName, contentType, body } = await summaryFile(consultation, stored?.mainPoints ?? '', now);
      return { fileName, contentType, body };
    },

    /**
     * Publishes the summary: freezes what the public sees (figures, public answers, the Word
     * document, dated the day it is written). Written at closing as a rule; a department may publish
     * an interim one while comments still come in, and publishing again replaces it.
     */
    async publishSummary(actor: Actor, documentId: string, now = new Date()): Promise<FeedbackSummaryView> {
      const { consultation } = await authorise(actor.id, documentId, true);
      const stored: SummaryRow | null = await summaries().findOne({ where: { itemDocumentId: documentId } });
      if (!stored?.mainPoints?.trim()) throw new errors.ValidationError('Hãy viết nội dung chính của các ý kiến trước khi công bố báo cáo tổng hợp.');
      const file = await summaryFile(consultation, stored.mainPoints, now);
      const published: Omit<PublicFeedbackSummary, 'documentUrl'> = {
        publishedAt: now.toISOString(),
        total: file.figures.total,
        byGroup: file.figures.byGroup,
        byStance: file.figures.byStance,
        mainPoints: stored.mainPoints,
        answers: file.answers.map((row) => ({ group: row.group, text: row.text, answer: row.answer! })),
      };
      await summaries().update({ where: { id: stored.id }, data: { releasedAt: now, releasedById: actor.id, published, documentBase64: file.body.toString('base64') } });
      // The public consultation (cached by the public API) shows the summary from now on.
      await announcePublicChange(strapi);
      return this.summary(actor.id, documentId, now);
    },

    /** The reply list (the only export with contact details): the department's editors and heads only. */
    async replyList(userId: number, documentId: string, now = new Date()): Promise<ReportFile> {
      await authorise(userId, documentId, true);
      const rows: CommentRow[] = await comments().findMany({
        where: { itemDocumentId: documentId, contactsDeletedAt: { $null: true }, $or: [{ name: { $notNull: true, $ne: '' } }, { email: { $notNull: true, $ne: '' } }, { phone: { $notNull: true, $ne: '' } }] },
        orderBy: [{ id: 'asc' }],
      });
      const sheet = replyListSheet(rows, documentId, vnDateOf(now));
      return { fileName: `${sheet.fileName}.xlsx`, contentType: XLSX, body: await toXlsx(sheet) };
    },

    /** The published summary for the public API, or null (public-summary.ts). */
    async publicSummary(documentId: string): Promise<PublicFeedbackSummary | null> {
      const stored: SummaryRow | null = await summaries().findOne({ where: { itemDocumentId: documentId, releasedAt: { $notNull: true } }, select: ['published', 'documentBase64'] });
      if (!stored?.published) return null;
      return { ...stored.published, documentUrl: stored.documentBase64 ? absoluteUrl(strapi, summaryDocumentPath(documentId)) : null };
    },

    /** The published Word document's bytes, or null. */
    async publicDocument(documentId: string): Promise<Buffer | null> {
      const stored: SummaryRow | null = await summaries().findOne({ where: { itemDocumentId: documentId, releasedAt: { $notNull: true } }, select: ['documentBase64'] });
      return stored?.documentBase64 ? Buffer.from(stored.documentBase64, 'base64') : null;
    },
  };
};
