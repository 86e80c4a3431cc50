import { errors, yup } from '@strapi/utils';
import { CONCERN_CHANNELS, type ConcernChannel } from '../../../shared/contracts/concerns';
import type { ReportEntryInput, ReportInput, ReturnReportBody } from '../../../shared/contracts/opinion-reports';
import { vnDateOf } from '../../../shared/periods';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, flag, isScalar, parseWith, positiveInteger, text, typed } from '../validation/common';

/** The edge of `/editorial-workflow/opinion-reports`: a bad input is a 400 in Vietnamese, and nothing is stored. */

export const REPORT_LIMITS = { entriesMax: 50, textMax: 5_000, reasonMax: 2_000 } as const;
export const REPORT_NOT_FOUND = 'Không tìm thấy báo cáo dư luận này, hoặc báo cáo không thuộc phạm vi của bạn.';

const MAX_ID = 2_147_483_647;
const id = (message: string) => positiveInteger(message).max(MAX_ID, message);
const PERIOD = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

const longText = (name: string) =>
  text(name).test(typed(name)).max(REPORT_LIMITS.textMax, `${name} tối đa ${REPORT_LIMITS.textMax.toLocaleString('vi-VN')} ký tự.`).nullable().optional();

const entrySchema = yup
  .object({
    concernId: id('concernId phải là id của một vấn đề trong danh mục.').nullable().optional(),
    topicId: id('topicId phải là id của một lĩnh vực (chủ đề) trong kế hoạch.').nullable().optional(),
    channel: text('Kênh phát hiện')
      .oneOf([...CONCERN_CHANNELS, undefined] as ConcernChannel[], 'Kênh phát hiện "${value}" không có trong danh sách (mạng xã hội, báo chí, đường dây nóng, hội nghị/cuộc họp, kiến nghị cử tri, khác).')
      .optional(),
    summary: longText('Nội dung dư luận'),
    actions: longText('Việc đã làm'),
    result: longText('Kết quả'),
  })
  .noUnknown(true, 'Mục báo cáo có trường không được hỗ trợ: ${unknown}.');

const entries = yup
  .array(entrySchema)
  .typeError('Các mục báo cáo (entries) phải là một danh sách.')
  .max(REPORT_LIMITS.entriesMax, `Một báo cáo tối đa ${REPORT_LIMITS.entriesMax} mục.`)
  .optional();

const common = {
  noIssues: flag('noIssues').optional(),
  entries,
  signedScanId: id('signedScanId phải là id của một tệp đã tải lên.').nullable().optional(),
};

const fileSchema = yup
  .object({
    ...common,
    unitId: id('unitId phải là id của một đơn vị.').optional(),
    period: text('Tháng báo cáo').required('Hãy chọn tháng báo cáo (period, dạng YYYY-MM).').matches(PERIOD, 'Tháng báo cáo phải có dạng YYYY-MM, ví dụ 2026-10.'),
  })
  .noUnknown(true, UNKNOWN_FIELD);

const editSchema = yup.object(common).noUnknown(true, UNKNOWN_FIELD);

/**
 * A body is an object whose fields hold values, except `entries`: a list of objects of values. yup's
 * casts would call an object's own `toString`, which a JSON body may set to anything (a 500).
 */
function assertReportBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new errors.ValidationError('Nội dung yêu cầu phải là một đối tượng JSON.');
  const fields = body as Record<string, unknown>;
  const inherited = Object.keys(fields).filter((key) => key in Object.prototype);
  if (inherited.length > 0) throw new errors.ValidationError(UNKNOWN_FIELD.replace('${unknown}', inherited.join(', ')));
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'entries' && Array.isArray(value)) {
      for (const entry of value) {
        if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new errors.ValidationError('Mỗi mục báo cáo phải là một đối tượng JSON.');
        const keys = Object.keys(entry as object);
        const bad = keys.filter((name) => name in Object.prototype);
        if (bad.length > 0) throw new errors.ValidationError(`Mục báo cáo có trường không được hỗ trợ: ${bad.join(', ')}.`);
        const nested = keys.find((name) => !isScalar((entry as Record<string, unknown>)[name]));
        if (nested) throw new errors.ValidationError(`Trường ${nested} của mục báo cáo phải là một giá trị, không phải một đối tượng hay danh sách.`);
      }
      continue;
    }
    if (!isScalar(value)) throw new errors.ValidationError(`Trường ${key} phải là một giá trị, không phải một đối tượng hay danh sách.`);
  }
  return fields;
}

const blank = (value: string | null | undefined): boolean => value === undefined || value === null || value.trim() === '';

/**
 * The report's content: exactly one of a non-empty list of entries or `noIssues: true`; each entry
 * either names a concern of the register or holds a new one in short form (topic, channel, summary).
 */
function contentOf(parsed: { noIssues?: boolean; entries?: ReportEntryInput[]; signedScanId?: number | null }): Pick<ReportInput, 'noIssues' | 'entries' | 'signedScanId'> {
  const list = (parsed.entries ?? []).map((entry) => ({
    concernId: entry.concernId ?? null,
    topicId: entry.topicId ?? null,
    channel: entry.channel,
    summary: blank(entry.summary) ? '' : entry.summary!,
    actions: blank(entry.actions) ? '' : entry.actions!,
    result: blank(entry.result) ? '' : entry.result!,
  }));
  const noIssues = parsed.noIssues === true;
  if (noIssues && list.length > 0) {
    throw new errors.ValidationError('Báo cáo "Không có vấn đề phát sinh" không kèm mục nào: hãy bỏ các mục, hoặc bỏ chọn "Không có vấn đề phát sinh".');
  }
  if (!noIssues && list.length === 0) {
    throw new errors.ValidationError('Báo cáo cần ít nhất một mục dư luận, hoặc xác nhận "Không có vấn đề phát sinh".');
  }
  list.forEach((entry, index) => {
    const n = index + 1;
    if (entry.concernId !== null) {
      if (entry.topicId !== null || entry.channel !== undefined) {
        throw new errors.ValidationError(`Mục ${n} đã chọn một vấn đề trong danh mục: lĩnh vực và kênh là của vấn đề đó, đừng nhập lại.`);
      }
      return;
    }
    const missing = [entry.topicId === null && 'lĩnh vực (topicId)', entry.channel === undefined && 'kênh phát hiện (channel)', entry.summary === '' && 'nội dung dư luận (summary)'].filter(Boolean);
    if (missing.length > 0) {
      throw new errors.ValidationError(`Mục ${n}: hãy chọn một vấn đề trong danh mục (concernId), hoặc nhập vấn đề mới với ${missing.join(', ')}.`);
    }
  });
  return { noIssues, entries: list, signedScanId: parsed.signedScanId };
}

/** The month of an instant in Vietnam, `YYYY-MM`. */
export const vnMonthOf = (instant: Date): string => vnDateOf(instant).slice(0, 7);

/** The body of `POST /opinion-reports`; a month not yet begun in Vietnam is refused. */
export async function parseReportFiling(body: unknown, now = new Date()): Promise<ReportInput & { period: string }> {
  const parsed = (await parseWith(fileSchema)(assertReportBody(body))) as ReportInput & { period: string };
  if (parsed.period > vnMonthOf(now)) {
    throw new errors.ValidationError(`Tháng ${parsed.period} chưa bắt đầu: chỉ báo cáo cho tháng hiện tại hoặc các tháng đã qua.`);
  }
  return { unitId: parsed.unitId, period: parsed.period, ...contentOf(parsed) };
}

/** The body of `PUT /opinion-reports/:documentId`: the content only (the unit and the month stay). */
export async function parseReportEdit(body: unknown): Promise<ReportInput> {
  return contentOf((await parseWith(editSchema)(assertReportBody(body))) as ReportInput);
}

const returnSchema = yup
  .object({
    reason: text('Lý do trả lại')
      .test(typed('Lý do trả lại'))
      .required('Hãy nhập lý do trả lại báo cáo.')
      .min(1, 'Hãy nhập lý do trả lại báo cáo.')
      .max(REPORT_LIMITS.reasonMax, `Lý do trả lại tối đa ${REPORT_LIMITS.reasonMax.toLocaleString('vi-VN')} ký tự.`),
  })
  .noUnknown(true, UNKNOWN_FIELD);

/** The body of `POST /opinion-reports/:documentId/return`. */
export async function parseReturn(body: unknown): Promise<ReturnReportBody> {
  return (await parseWith(returnSchema)(assertReportBody(body ?? {}))) as ReturnReportBody;
}

/** `POST /opinion-reports/:documentId/acknowledge` takes nothing (an empty body, or none). */
export function assertEmptyBody(body: unknown): void {
  if (body === undefined || body === null) return;
  if (typeof body !== 'object' || Array.isArray(body)) throw new errors.ValidationError('Nội dung yêu cầu phải là một đối tượng JSON.');
  const keys = Object.keys(body as object);
  if (keys.length > 0) throw new errors.ValidationError(UNKNOWN_FIELD.replace('${unknown}', keys.join(', ')));
}

const querySchema = yup
  .object({
    period: text('Tháng báo cáo').matches(PERIOD, 'Tháng báo cáo phải có dạng YYYY-MM, ví dụ 2026-10.').optional(),
    unitId: id('unitId phải là id của một đơn vị.').optional(),
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

/** The query of `GET /opinion-reports`. */
export async function parseReportQuery(query: unknown): Promise<{ period?: string; unitId?: number }> {
  return (await parseWith(querySchema)(assertFlatQuery(query))) as { period?: string; unitId?: number };
}

const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;

/** The report of a path: anything else names none (404, as one outside the caller's scope). */
export function parseReportId(value: unknown): string {
  if (typeof value !== 'string' || !DOCUMENT_ID.test(value)) throw new errors.NotFoundError(REPORT_NOT_FOUND);
  return value;
}
