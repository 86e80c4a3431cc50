import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { assertNoQuery } from '../validation/common';
import type { Actor } from '../services/item-state';
import type { ReportFile } from '../reports/service';
import { actorName, displayName } from '../utils/display-name';
import {
  CONSULTATION_NOT_FOUND,
  assertEmptyBody,
  parseAnswer,
  parseAnswerPublic,
  parseClassify,
  parseCommentId,
  parseConsultationId,
  parseFeedbackQuery,
  parseMerge,
  parseSummary,
} from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** The published summary's file name in a public path: `<documentId>.docx`. */
const PUBLIC_FILE = /^([A-Za-z0-9]{1,64})\.docx$/;

/**
 * Thin: validate (400 in Vietnamese, nothing stored), then the service, which decides scope (the
 * responsible department works, the Office and the leadership read, anyone else a 403) and answers
 * in the contract's shape (shared/contracts/feedback.ts), with no contact detail but the reply list's.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const feedback = () => getService(strapi, 'feedback');

  const actorOf = async (ctx: Ctx): Promise<Actor> => {
    const user = ctx.state.user as { id: number; email?: string };
    return { id: user.id, name: user.email ? displayName(user) : await actorName(strapi, user.id) };
  };

  const download = (ctx: Ctx, file: ReportFile) => {
    ctx.attachment(file.fileName);
    ctx.type = file.contentType;
    // Comments of the public (and in the reply list, their contact details): no proxy or browser keeps a copy.
    ctx.set('Cache-Control', 'no-store');
    ctx.body = file.body;
  };

  return {
    async consultations(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await feedback().consultations(ctx.state.user.id) };
    },

    async queue(ctx: Ctx) {
      const documentId = parseConsultationId(ctx.params.documentId);
      const query = await parseFeedbackQuery(ctx.query);
      ctx.body = await feedback().queue(ctx.state.user.id, documentId, query);
    },

    async classify(ctx: Ctx) {
      const id = parseCommentId(ctx.params.id);
      const input = await parseClassify(ctx.request.body);
      ctx.body = { data: await feedback().classify(await actorOf(ctx), id, input) };
    },

    async merge(ctx: Ctx) {
      const id = parseCommentId(ctx.params.id);
      const { intoId } = await parseMerge(ctx.request.body);
      ctx.body = { data: await feedback().merge(await actorOf(ctx), id, intoId) };
    },

    async answer(ctx: Ctx) {
      const id = parseCommentId(ctx.params.id);
      const input = await parseAnswer(ctx.request.body);
      ctx.body = { data: await feedback().answer(await actorOf(ctx), id, input) };
    },

    async answerPublic(ctx: Ctx) {
      const id = parseCommentId(ctx.params.id);
      const { answerPublic } = await parseAnswerPublic(ctx.request.body);
      ctx.body = { data: await feedback().setAnswerPublic(await actorOf(ctx), id, answerPublic) };
    },

    async mailAnswer(ctx: Ctx) {
      const id = parseCommentId(ctx.params.id);
      assertEmptyBody(ctx.request.body);
      ctx.body = { data: await feedback().mailAnswer(await actorOf(ctx), id) };
    },

    async raiseConcern(ctx: Ctx) {
      const id = parseCommentId(ctx.params.id);
      assertEmptyBody(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await feedback().raiseConcern(await actorOf(ctx), id) };
    },

    async summary(ctx: Ctx) {
      const documentId = parseConsultationId(ctx.params.documentId);
      assertNoQuery(ctx.query);
      ctx.body = { data: await feedback().summary(ctx.state.user.id, documentId) };
    },

    async writeSummary(ctx: Ctx) {
      const documentId = parseConsultationId(ctx.params.documentId);
      const input = await parseSummary(ctx.request.body);
      ctx.body = { data: await feedback().writeSummary(await actorOf(ctx), documentId, input) };
    },

    async publishSummary(ctx: Ctx) {
      const documentId = parseConsultationId(ctx.params.documentId);
      assertEmptyBody(ctx.request.body);
      ctx.body = { data: await feedback().publishSummary(await actorOf(ctx), documentId) };
    },

    async summaryDocument(ctx: Ctx) {
      const documentId = parseConsultationId(ctx.params.documentId);
      assertNoQuery(ctx.query);
      download(ctx, await feedback().summaryDocument(ctx.state.user.id, documentId));
    },

    async replyList(ctx: Ctx) {
      const documentId = parseConsultationId(ctx.params.documentId);
      assertNoQuery(ctx.query);
      download(ctx, await feedback().replyList(ctx.state.user.id, documentId));
    },

    /** The published summary's Word document, for the public (no session): 404 until published. */
    async publicDocument(ctx: Ctx) {
      const match = PUBLIC_FILE.exec(String(ctx.params.file ?? ''));
      if (!match) throw new errors.NotFoundError(CONSULTATION_NOT_FOUND);
      assertNoQuery(ctx.query);
      const body = await feedback().publicDocument(match[1]);
      if (!body) throw new errors.NotFoundError('Chưa có báo cáo tổng hợp ý kiến được công bố cho dự thảo này.');
      ctx.attachment(`bao-cao-tong-hop-y-kien_${match[1]}.docx`);
      ctx.type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.body = body;
    },
  };
};
