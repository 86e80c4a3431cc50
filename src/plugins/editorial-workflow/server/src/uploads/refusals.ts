import { errors } from '@strapi/utils';
import { forbidden as forbiddenWithMessage } from '../utils/errors';

/**
 * The refusals of resumable uploads, in Vietnamese. Thrown before the tus server sees the request
 * (Strapi's error middleware answers them), or, once it has, written by the tus server from
 * `tusRefusal` in Strapi's error shape.
 */
export const REFUSALS = {
  noLength: 'Thiếu độ dài tệp (Upload-Length): tải lên tiếp tục được cần biết trước kích thước tệp (Upload-Length is required).',
  badLength: 'Độ dài tệp (Upload-Length) không hợp lệ: phải là một số nguyên dương (invalid Upload-Length).',
  tooLarge: (mb: string, max: string) => `Tệp nặng ${mb}, vượt giới hạn ${max} (file too large). Hãy nén hoặc cắt ngắn rồi tải lên lại.`,
  beyondLength: 'Phần dữ liệu gửi lên vượt quá độ dài tệp đã khai báo: lượt tải lên đã bị huỷ (a chunk goes beyond the declared length).',
  sizeMismatch: 'Kích thước tệp nhận được khác với độ dài đã khai báo: lượt tải lên đã bị huỷ (the final size differs from the declared length).',
  notFound: 'Không tìm thấy lượt tải lên này: có thể đã hoàn tất, đã bị huỷ hoặc đã quá một ngày (upload not found).',
  notYours: 'Lượt tải lên này do người khác bắt đầu: bạn không thể tiếp tục hay xem nó (the upload belongs to someone else).',
  method: 'Phương thức không được hỗ trợ cho lượt tải lên (method not allowed).',
  offset: 'Vị trí tiếp tục (Upload-Offset) không khớp với phần đã nhận: hãy hỏi lại vị trí (HEAD) rồi gửi tiếp (offset conflict).',
  request: 'Yêu cầu tải lên không hợp lệ (invalid tus request).',
  server: 'Máy chủ chưa nhận được phần dữ liệu này: hãy gửi lại từ vị trí đã nhận (the chunk was not received).',
} as const;

/** An answer the tus server writes: the status and Strapi's error body. */
export interface TusAnswer {
  status_code: number;
  body: string;
}

export function tusRefusal(status: number, message: string, name = 'ValidationError'): TusAnswer {
  return { status_code: status, body: JSON.stringify({ data: null, error: { status, name, message, details: {} } }) };
}

/**
 * The tus library's own answers are English text; each becomes the Vietnamese refusal of its case
 * (by status: the library has one error per status that a client can cause here).
 */
export function inVietnamese(answer: TusAnswer): TusAnswer {
  if (answer.body.startsWith('{')) return answer;
  const message: Record<number, string> = {
    400: REFUSALS.request,
    403: REFUSALS.request,
    404: REFUSALS.notFound,
    409: REFUSALS.offset,
    410: REFUSALS.notFound,
    413: REFUSALS.beyondLength,
    415: REFUSALS.request,
  };
  return tusRefusal(answer.status_code, message[answer.status_code] ?? REFUSALS.server, answer.status_code >= 500 ? 'ApplicationError' : 'ValidationError');
}

export const forbidden = () => forbiddenWithMessage(REFUSALS.notYours);
export const notFound = () => new errors.NotFoundError(REFUSALS.notFound);
