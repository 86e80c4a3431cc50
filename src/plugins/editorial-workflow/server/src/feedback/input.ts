import { errors, yup } from '@strapi/utils';
import { COMMENTER_GROUPS, COMMENT_STANCES, COMMENT_STATUSES } from '../../../shared/contracts/consultations';
import { FEEDBACK_LIMITS, type AnswerBody, type AnswerPublicBody, type ClassifyBody, type FeedbackQuery, type MergeBody, type SummaryBody } from '../../../shared/contracts/feedback';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, flag, list, pageFields, parseId, parseWith, positiveInteger, text, typed } from '../validation/common';

/** The edge of the feedback API: a bad input is a 400 in Vietnamese, and nothing is stored. */

export const CONSULTATION_NOT_FOUND = 'Không tìm thấy dự thảo lấy ý kiến này.';
export const COMMENT_NOT_FOUND = 'Không tìm thấy ý kiến góp ý này.';

const MAX_ID = 2_147_483_647;
const id = (message: string) => positiveInteger(message).max(MAX_ID, message);

const choice = <T extends string>(name: string, values: readonly T[]) =>
  text(name).oneOf([...values, undefined] as T[], `${name} "\${value}" không có trong danh sách (${values.join(', ')}).`);

const querySchema = yup
  .object({
    status: choice('Tình trạng', COMMENT_STATUSES),
    stance: choice('Phân loại', COMMENT_STANCES),
    group: choice('Đối tượng', COMMENTER_GROUPS),
    unclassified: flag('unclassified').optional(),
    ...pageFields,
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

export async function parseFeedbackQuery(query: unknown): Promise<FeedbackQuery> {
  return (await parseWith(querySchema)(assertFlatQuery(query))) as FeedbackQuery;
}

const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;

/** The consultation of a path: anything but a documentId names none (404). */
export function parseConsultationId(value: unknown): string {
  if (typeof value !== 'string' || !DOCUMENT_ID.test(value)) throw new errors.NotFoundError(CONSULTATION_NOT_FOUND);
  return value;
}

/** The comment of a path: anything but an id names none (404). */
export function parseCommentId(value: unknown): number {
  try {
    return parseId(value, 'id');
  } catch {
    throw new errors.NotFoundError(COMMENT_NOT_FOUND);
  }
}

const classifySchema = yup
  .object({
    stance: choice('Phân loại', COMMENT_STANCES).required('Hãy chọn phân loại ý kiến (đồng tình, không đồng tình, đề xuất).'),
    lineIds: yup
      .array(id('Mỗi tuyến thông tin phải là id của một tuyến.').required('Mỗi tuyến thông tin phải là id của một tuyến.'))
      .typeError('Tuyến thông tin phải là một danh sách.')
      .test(list('Tuyến thông tin'))
      .max(FEEDBACK_LIMITS.linesMax, `Tối đa ${FEEDBACK_LIMITS.linesMax} tuyến thông tin.`)
      .optional(),
  })
  .noUnknown(true, UNKNOWN_FIELD);

export async function parseClassify(body: unknown): Promise<ClassifyBody> {
  const parsed = (await parseWith(classifySchema)(assertObjectBody(body))) as ClassifyBody;
  return { stance: parsed.stance, lineIds: [...new Set(parsed.lineIds ?? [])] };
}

const mergeSchema = yup.object({ intoId: id('intoId phải là id của ý kiến được giữ lại.').required('Hãy chọn ý kiến được giữ lại (intoId).') }).noUnknown(true, UNKNOWN_FIELD);

export async function parseMerge(body: unknown): Promise<MergeBody> {
  return (await parseWith(mergeSchema)(assertObjectBody(body))) as MergeBody;
}

const answerSchema = yup
  .object({
    answer: text('Nội dung trả lời')
      .test(typed('Nội dung trả lời'))
      .required('Hãy nhập nội dung trả lời.')
      .min(1, 'Hãy nhập nội dung trả lời.')
      .max(FEEDBACK_LIMITS.answer, `Nội dung trả lời tối đa ${FEEDBACK_LIMITS.answer.toLocaleString('vi-VN')} ký tự.`),
    answerPublic: flag('answerPublic').optional(),
  })
  .noUnknown(true, UNKNOWN_FIELD);

export async function parseAnswer(body: unknown): Promise<AnswerBody> {
  return (await parseWith(answerSchema)(assertObjectBody(body))) as AnswerBody;
}

const publicSchema = yup.object({ answerPublic: flag('answerPublic').required('Hãy cho biết có công khai câu trả lời hay không (answerPublic).') }).noUnknown(true, UNKNOWN_FIELD);

export async function parseAnswerPublic(body: unknown): Promise<AnswerPublicBody> {
  return (await parseWith(publicSchema)(assertObjectBody(body))) as AnswerPublicBody;
}

const summarySchema = yup
  .object({
    mainPoints: text('Nội dung chính')
      .test(typed('Nội dung chính'))
      .required('Hãy nhập nội dung chính của các ý kiến.')
      .max(FEEDBACK_LIMITS.mainPoints, `Nội dung chính tối đa ${FEEDBACK_LIMITS.mainPoints.toLocaleString('vi-VN')} ký tự.`),
  })
  .noUnknown(true, UNKNOWN_FIELD);

export async function parseSummary(body: unknown): Promise<SummaryBody> {
  return (await parseWith(summarySchema)(assertObjectBody(body))) as SummaryBody;
}

/** A POST that takes no body: an empty object or nothing. */
export function assertEmptyBody(body: unknown): void {
  if (body === undefined || body === null) return;
  const keys = Object.keys(assertObjectBody(body));
  if (keys.length > 0) throw new errors.ValidationError(UNKNOWN_FIELD.replace('${unknown}', keys.join(', ')));
}
