import { errors, yup } from '@strapi/utils';
import type { FanpageSettingsBody } from '../../../../shared/contracts/channel-settings';
import { GRAPH_TIMEOUT_RANGE_MS } from '../../../../shared/contracts/channel-settings';
import { UNKNOWN_FIELD, assertObjectBody, parseWith } from '../../validation/common';

/**
 * The edge of the fanpage's settings: each field a string (or a number) as sent, or null to clear it;
 * a bad body is a 400 in Vietnamese and nothing is stored. No message quotes a value: the token must
 * never come back in an answer or a log line.
 */
const FIELDS = ['pageId', 'accessToken', 'graphBaseUrl', 'graphVersion', 'timeoutMs'] as const;

const TYPE_MESSAGES: Record<(typeof FIELDS)[number], string> = {
  pageId: 'Mã trang (pageId) phải là chuỗi chữ số, hoặc null để xoá.',
  accessToken: 'Mã truy cập (accessToken) phải là chuỗi ký tự, hoặc null để xoá mã đã lưu.',
  graphBaseUrl: 'Địa chỉ Graph API (graphBaseUrl) phải là chuỗi ký tự, hoặc null để dùng mặc định.',
  graphVersion: 'Phiên bản Graph API (graphVersion) phải là chuỗi ký tự, hoặc null để dùng mặc định.',
  timeoutMs: 'Thời gian chờ (timeoutMs) phải là số nguyên mili giây, hoặc null để dùng mặc định.',
};

const schema = yup
  .object({
    pageId: yup.string().nullable().matches(/^\d{1,40}$/, 'Mã trang (pageId) phải gồm chữ số (mã trang Facebook, ví dụ 104857362514).'),
    accessToken: yup
      .string()
      .nullable()
      .min(20, 'Mã truy cập (accessToken) quá ngắn: hãy dán đủ mã truy cập trang lấy từ Facebook.')
      .max(2048, 'Mã truy cập (accessToken) quá dài (tối đa 2048 ký tự).')
      .matches(/^[A-Za-z0-9_\-.|%]+$/, 'Mã truy cập (accessToken) chỉ gồm chữ, số và các ký tự - _ . | %; hãy dán lại mã, không kèm khoảng trắng.'),
    graphBaseUrl: yup
      .string()
      .nullable()
      .max(300, 'Địa chỉ Graph API (graphBaseUrl) tối đa 300 ký tự.')
      .test('url', 'Địa chỉ Graph API (graphBaseUrl) phải là địa chỉ http:// hoặc https:// (ví dụ https://graph.facebook.com), không kèm đường dẫn truy vấn.', (value) => {
        if (value === null || value === undefined) return true;
        try {
          const url = new URL(value);
          return (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash && !url.username && !url.password;
        } catch {
          return false;
        }
      }),
    graphVersion: yup.string().nullable().matches(/^v\d{1,3}\.\d{1,3}$/, 'Phiên bản Graph API (graphVersion) có dạng v21.0.'),
    timeoutMs: yup
      .number()
      .nullable()
      .integer(TYPE_MESSAGES.timeoutMs)
      .min(GRAPH_TIMEOUT_RANGE_MS.min, `Thời gian chờ (timeoutMs) từ ${GRAPH_TIMEOUT_RANGE_MS.min} đến ${GRAPH_TIMEOUT_RANGE_MS.max} mili giây.`)
      .max(GRAPH_TIMEOUT_RANGE_MS.max, `Thời gian chờ (timeoutMs) từ ${GRAPH_TIMEOUT_RANGE_MS.min} đến ${GRAPH_TIMEOUT_RANGE_MS.max} mili giây.`),
  })
  .noUnknown(true, UNKNOWN_FIELD);

/**
 * Strapi's yup errors carry each refused value (`details.errors[].value`), which the answer would
 * echo: a token refused for a stray space would come back. The refusal keeps its messages and paths only.
 */
function withoutValues(error: unknown): unknown {
  if (!(error instanceof errors.ValidationError)) return error;
  const details = (error.details ?? {}) as { errors?: Array<{ path?: unknown; message?: string; name?: string }> };
  const list = Array.isArray(details.errors) ? details.errors.map(({ path, message, name }) => ({ path, message, name })) : undefined;
  return new errors.ValidationError(error.message, list ? { errors: list } : undefined);
}

export async function parseFanpageSettings(body: unknown): Promise<FanpageSettingsBody> {
  const fields = assertObjectBody(body);
  for (const field of FIELDS) {
    const value = fields[field];
    if (value === undefined || value === null) continue;
    // As sent: no number read from a string, no string from a number or a flag.
    const typed = field === 'timeoutMs' ? typeof value === 'number' : typeof value === 'string';
    if (!typed) throw new errors.ValidationError(TYPE_MESSAGES[field]);
    if (typeof value === 'string' && (value.trim() === '' || value.includes('\0'))) {
      throw new errors.ValidationError(`${TYPE_MESSAGES[field]} Giá trị rỗng không được nhận: gửi null để xoá.`);
    }
  }
  const trimmed = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]));
  let parsed: FanpageSettingsBody;
  try {
    parsed = (await parseWith(schema)(trimmed)) as FanpageSettingsBody;
  } catch (error) {
    throw withoutValues(error);
  }
  if (Object.keys(parsed).length === 0) throw new errors.ValidationError('Không có trường nào để lưu: pageId, accessToken, graphBaseUrl, graphVersion hoặc timeoutMs.');
  return parsed;
}
