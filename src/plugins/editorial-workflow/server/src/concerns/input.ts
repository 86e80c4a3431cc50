import { errors, yup } from '@strapi/utils';
import {
  CONCERN_CHANNELS,
  CONCERN_KINDS,
  CONCERN_LIMITS,
  CONCERN_SEVERITIES,
  CONCERN_STATUSES,
  TIMELINE_ENTRY_KINDS,
  type ConcernQuery,
  type ConcernRequestBody,
  type ConcernUpdateBody,
  type TimelineEntryBody,
} from '../../../shared/contracts/concerns';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, flag, instant, pageFields, parseId, parseWith, positiveInteger, text, typed, list } from '../validation/common';

/** The edge of the concerns' API: a bad input is a 400 in Vietnamese, and nothing is stored. */

const MAX_ID = 2_147_483_647;
const id = (message: string) => positiveInteger(message).max(MAX_ID, message);

const choice = <T extends string>(name: string, values: readonly T[], labels: string) =>
  text(name).oneOf([...values, undefined] as T[], `${name} "\${value}" không có trong danh sách (${labels}).`);

const severity = () => choice('Mức độ', CONCERN_SEVERITIES, 'theo dõi, cần xử lý, sự cố, khủng hoảng');
const kind = () => choice('Loại', CONCERN_KINDS, 'hiện tại, dự báo');

/** An http(s) address: anything else (javascript:, a file path) is no source and could run in a browser. */
const isWebLink = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
};

const link = text('Đường dẫn nguồn')
  .test(typed('Đường dẫn nguồn'))
  .max(CONCERN_LIMITS.linkMax, `Mỗi đường dẫn nguồn tối đa ${CONCERN_LIMITS.linkMax} ký tự.`)
  .test('web', 'Đường dẫn nguồn "${value}" phải là địa chỉ http:// hoặc https://.', (value) => value === undefined || isWebLink(value))
  .required('Đường dẫn nguồn không được để trống.');

/** The units concerned, as on filing and on a change: ids, at most CONCERN_LIMITS.unitsMax. */
const unitIds = () =>
  yup
    .array(id('Mỗi đơn vị liên quan phải là id của một đơn vị.').required('Mỗi đơn vị liên quan phải là id của một đơn vị.'))
    .typeError('Đơn vị liên quan phải là một danh sách.')
    .test(list('Đơn vị liên quan'))
    .max(CONCERN_LIMITS.unitsMax, `Tối đa ${CONCERN_LIMITS.unitsMax} đơn vị liên quan.`)
    .optional();

const concernSchema = yup
  .object({
    title: text('Tiêu đề')
      .test(typed('Tiêu đề'))
      .required('Hãy nhập tiêu đề của vấn đề.')
      .min(1, 'Hãy nhập tiêu đề của vấn đề.')
      .max(CONCERN_LIMITS.titleMax, `Tiêu đề tối đa ${CONCERN_LIMITS.titleMax} ký tự.`),
    description: text('Mô tả')
      .test(typed('Mô tả'))
      .required('Hãy mô tả vấn đề.')
      .min(1, 'Hãy mô tả vấn đề.')
      .max(CONCERN_LIMITS.descriptionMax, `Mô tả tối đa ${CONCERN_LIMITS.descriptionMax.toLocaleString('vi-VN')} ký tự.`),
    topicId: id('topicId phải là id của một lĩnh vực (chủ đề) trong kế hoạch.').required('Hãy chọn lĩnh vực (chủ đề) của vấn đề.'),
    unitIds: unitIds(),
    channel: choice('Nơi phát hiện', CONCERN_CHANNELS, 'mạng xã hội, báo chí, đường dây nóng, hội nghị/cuộc họp, kiến nghị cử tri, khác').required('Hãy chọn nơi phát hiện vấn đề.'),
    sourceLinks: yup
      .array(link)
      .typeError('Đường dẫn nguồn phải là một danh sách.')
      .test(list('Đường dẫn nguồn'))
      .max(CONCERN_LIMITS.sourceLinksMax, `Tối đa ${CONCERN_LIMITS.sourceLinksMax} đường dẫn nguồn.`)
      .optional(),
    firstSeenAt: instant('Thời điểm phát hiện phải là thời điểm ISO 8601.').required('Hãy nhập thời điểm phát hiện vấn đề.'),
    kind: kind().required('Hãy chọn loại vấn đề (hiện tại hoặc dự báo).'),
    severity: severity().required('Hãy chọn mức độ của vấn đề.'),
    departmentId: id('departmentId phải là id của một phòng chuyên môn.').optional(),
    filingUnitId: id('filingUnitId phải là id của đơn vị gửi.').optional(),
  })
  .noUnknown(true, UNKNOWN_FIELD);

/** The body of `POST /concerns`; `now` bounds the first-seen time (nothing is seen in the future). */
export async function parseConcern(body: unknown, now = new Date()): Promise<ConcernRequestBody> {
  const parsed = (await parseWith(concernSchema)(assertObjectBody(body))) as Omit<ConcernRequestBody, 'firstSeenAt'> & { firstSeenAt: Date };
  // A minute's grace for the clocks of the browser and the server.
  if (parsed.firstSeenAt.getTime() > now.getTime() + 60_000) throw new errors.ValidationError('Thời điểm phát hiện không được ở tương lai.');
  return {
    ...parsed,
    firstSeenAt: parsed.firstSeenAt.toISOString(),
    unitIds: [...new Set(parsed.unitIds ?? [])],
    sourceLinks: [...new Set(parsed.sourceLinks ?? [])],
  };
}

const updateSchema = yup
  .object({
    severity: severity(),
    status: choice('Trạng thái', CONCERN_STATUSES, 'mới, đang xử lý, đã xử lý, đóng'),
    handlerId: id('handlerId phải là id tài khoản của người xử lý.').nullable().optional(),
    departmentId: id('departmentId phải là id của một phòng chuyên môn.').optional(),
    kind: kind(),
    unitIds: unitIds(),
    note: text('Ghi chú').test(typed('Ghi chú')).max(CONCERN_LIMITS.entryMax, `Ghi chú tối đa ${CONCERN_LIMITS.entryMax.toLocaleString('vi-VN')} ký tự.`).optional(),
  })
  .noUnknown(true, UNKNOWN_FIELD);

/** The body of `PUT /concerns/:id`: at least one change. */
export async function parseConcernUpdate(body: unknown): Promise<ConcernUpdateBody> {
  const fields = assertObjectBody(body);
  const parsed = (await parseWith(updateSchema)(fields)) as ConcernUpdateBody;
  const changes = (['severity', 'status', 'handlerId', 'departmentId', 'kind', 'unitIds'] as const).filter((key) => key in fields && fields[key] !== undefined);
  if (changes.length === 0) throw new errors.ValidationError('Không có thay đổi nào: hãy chọn mức độ, trạng thái, người xử lý, phòng phụ trách, loại hoặc đơn vị liên quan.');
  return { ...parsed, ...(parsed.unitIds ? { unitIds: [...new Set(parsed.unitIds)] } : {}), note: parsed.note || undefined };
}

const entrySchema = yup
  .object({
    kind: choice('Loại diễn biến', TIMELINE_ENTRY_KINDS, 'ghi chú, ý kiến của phòng, nội dung thống nhất, hành động đã thực hiện').required('Hãy chọn loại diễn biến.'),
    text: text('Nội dung')
      .test(typed('Nội dung'))
      .required('Hãy nhập nội dung.')
      .min(1, 'Hãy nhập nội dung.')
      .max(CONCERN_LIMITS.entryMax, `Nội dung tối đa ${CONCERN_LIMITS.entryMax.toLocaleString('vi-VN')} ký tự.`),
  })
  .noUnknown(true, UNKNOWN_FIELD);

/** The body of `POST /concerns/:id/timeline`. */
export async function parseTimelineEntry(body: unknown): Promise<TimelineEntryBody> {
  return (await parseWith(entrySchema)(assertObjectBody(body))) as TimelineEntryBody;
}

const querySchema = yup
  .object({
    status: choice('Trạng thái', CONCERN_STATUSES, 'new, in-progress, resolved, closed'),
    severity: severity(),
    kind: kind(),
    unitId: id('unitId phải là id của một đơn vị.').optional(),
    departmentId: id('departmentId phải là id của một phòng chuyên môn.').optional(),
    overdue: flag('overdue').optional(),
    ...pageFields,
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

/** The query of `GET /concerns`. */
export async function parseConcernQuery(query: unknown): Promise<ConcernQuery> {
  return (await parseWith(querySchema)(assertFlatQuery(query))) as ConcernQuery;
}

/** The concern of a path: anything but an id names none (404, as one outside the caller's scope). */
export function parseConcernId(value: unknown): number {
  try {
    return parseId(value, 'id');
  } catch {
    throw new errors.NotFoundError(CONCERN_NOT_FOUND);
  }
}

export const CONCERN_NOT_FOUND = 'Không tìm thấy vấn đề này, hoặc vấn đề không thuộc phạm vi của bạn.';
