import type { Core } from '@strapi/strapi';
import { COMMENT_STATUS_LABELS, CONTACT_PURPOSE, type PublicCommentStatus } from '../../../shared/contracts/consultations';
import { PUBLIC_COMMENT } from '../../../shared/uids';
import { publishedConsultation, type PublishedConsultation } from '../consultations/published';
import { publicFormGuard, type PublicFormIssue } from '../public-forms';
import { FormRefusal } from '../public-forms/refusal';
import { isUniqueViolation } from '../utils/unique-violation';
import { parseComment } from './input';
import { commentTextHash } from './text-hash';
import { newTrackingCode, parseTrackingCode } from './tracking-code';

const NOT_FOUND = 'Không tìm thấy đợt lấy ý kiến này.';
const DUPLICATE = 'Ý kiến có nội dung trùng với một ý kiến đã gửi cho dự thảo này; không cần gửi lại.';
/** The same answer for a code that is malformed, unknown or someone else's: it tells nothing. */
const NO_SUCH_CODE = 'Không tìm thấy ý kiến với mã theo dõi này.';

/**
 * The public's side of the comments (issue 22): the form's token, the post, the status by
 * tracking code. Everything refused is a 4xx in Vietnamese and stores nothing; contact details
 * are written here and read only by the department's handling (never by the public API).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The published consultation that is open now, or the 4xx why not. */
  async function openConsultation(slug: string): Promise<PublishedConsultation> {
    const consultation = await publishedConsultation(strapi, slug);
    if (!consultation) throw new FormRefusal(404, NOT_FOUND);
    if (consultation.status === 'upcoming') throw new FormRefusal(409, 'Đợt lấy ý kiến này chưa bắt đầu.');
    if (consultation.status === 'closed') throw new FormRefusal(409, 'Đợt lấy ý kiến này đã kết thúc: không nhận thêm ý kiến.');
    return consultation;
  }

  return {
    /** A fresh form token for an open consultation, with the purpose the consent box shows. */
    async form(slug: string): Promise<PublicFormIssue & { contactPurpose: string }> {
      const consultation = await openConsultation(slug);
      return { ...(await publicFormGuard(strapi).issue('comment', consultation.documentId)), contactPurpose: CONTACT_PURPOSE };
    },

    /** The guarded post: 201 with the tracking code, or a 4xx and nothing stored. */
    async submit(ctx: unknown, slug: string): Promise<{ trackingCode: string }> {
      const consultation = await openConsultation(slug);
      const keyOf = (text: string) => `${consultation.documentId}:${commentTextHash(text)}`;
      // Checked before the guard spends the token: a comment refused for its fields or as a duplicate keeps it.
      const check = async (fields: Record<string, unknown>) => {
        const { text } = parseComment(fields);
        if (await strapi.db.query(PUBLIC_COMMENT).findOne({ where: { textKey: keyOf(text) }, select: ['id'] })) throw new FormRefusal(409, DUPLICATE);
      };
      const input = parseComment(await publicFormGuard(strapi).accept(ctx, 'comment', consultation.documentId, check));
      const textHash = commentTextHash(input.text);
      const textKey = keyOf(input.text);
      const trackingCode = newTrackingCode();
      const now = new Date();
      try {
        await strapi.db.query(PUBLIC_COMMENT).create({
          data: {
            itemDocumentId: consultation.documentId,
            trackingCode,
            text: input.text,
            textHash,
            textKey,
            group: input.group,
            commune: input.commune,
            name: input.name,
            email: input.email,
            phone: input.phone,
            consentPurpose: CONTACT_PURPOSE,
            consentedAt: now,
            status: 'received',
          },
        });
      } catch (error) {
        // The same text posted twice at once: the second insert meets the first's unique key.
        if (isUniqueViolation(error)) throw new FormRefusal(409, DUPLICATE);
        throw error;
      }
      return { trackingCode };
    },

    /** The comment's status and its public answer: nothing else of it, and nothing of any other. */
    async status(rawCode: unknown): Promise<PublicCommentStatus> {
      const code = parseTrackingCode(rawCode);
      const row = code
        ? await strapi.db.query(PUBLIC_COMMENT).findOne({ where: { trackingCode: code }, select: ['trackingCode', 'status', 'createdAt', 'answer', 'answerPublic'] })
        : null;
      if (!row) throw new FormRefusal(404, NO_SUCH_CODE);
      return {
        trackingCode: row.trackingCode,
        status: row.status,
        statusLabel: COMMENT_STATUS_LABELS[row.status as keyof typeof COMMENT_STATUS_LABELS],
        receivedAt: new Date(row.createdAt).toISOString(),
        answer: row.answerPublic && row.answer ? row.answer : null,
      };
    },
  };
};
