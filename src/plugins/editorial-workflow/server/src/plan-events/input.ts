import { yup } from '@strapi/utils';
import { EVENT_KINDS } from '../../../shared/contracts/plan';
import type { PlanEventBody, PlanEventQuery, PlanEventUpdateBody } from '../../../shared/contracts/plan-events';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, instant, parseId, parseWith, positiveInteger, text, typed } from '../validation/common';

/** The edge of the events' API: a bad input is a 400 in Vietnamese, and nothing is stored. */

const MAX_ID = 2_147_483_647;
const id = (message: string) => positiveInteger(message).max(MAX_ID, message);
const LINE_CODE = /^[IVXLC]+\.[1-9][0-9]*\.[1-9][0-9]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const words = (name: string, max: number) => text(name).test(typed(name)).max(max, `${name} tối đa ${max} ký tự.`);

const fields = {
  title: words('Tên sự kiện', 255).min(1, 'Hãy nhập tên sự kiện.'),
  kind: text('Loại sự kiện').oneOf([...EVENT_KINDS, undefined], 'Loại sự kiện "${value}" không có trong danh sách (hội nghị, hội thảo, tập huấn, cuộc thi, lễ kỷ niệm, khác).'),
  startsAt: instant('Thời gian bắt đầu (startsAt) phải là thời điểm ISO 8601.'),
  endsAt: instant('Thời gian kết thúc (endsAt) phải là thời điểm ISO 8601.'),
  place: words('Địa điểm', 255).min(1, 'Hãy nhập địa điểm.'),
  organiser: words('Đơn vị tổ chức', 255).min(1, 'Hãy nhập đơn vị tổ chức.'),
  topicId: id('topicId phải là id của một lĩnh vực (chủ đề).').nullable(),
  lineId: id('lineId phải là id của một tuyến thông tin.').nullable(),
  lineCode: text('Mã tuyến thông tin').test(typed('Mã tuyến thông tin')).matches(LINE_CODE, 'Mã tuyến thông tin "${value}" không đúng dạng (ví dụ III.2.3).').nullable(),
  scriptId: id('scriptId phải là id của một kịch bản truyền thông.').nullable(),
  note: words('Ghi chú', 4000).nullable(),
};

/** Starts before it ends: an event ending before it starts is a mistake, refused before anything is stored. */
const inOrder = {
  name: 'in-order',
  message: 'Sự kiện không thể kết thúc trước khi bắt đầu: hãy kiểm tra thời gian bắt đầu và kết thúc.',
  test: (value: { startsAt?: Date; endsAt?: Date } | undefined) => !value?.startsAt || !value.endsAt || value.endsAt.getTime() >= value.startsAt.getTime(),
};

const createSchema = yup
  .object({
    ...fields,
    title: fields.title.required('Hãy nhập tên sự kiện.'),
    kind: fields.kind.required('Hãy chọn loại sự kiện.'),
    startsAt: fields.startsAt.required('Hãy chọn thời gian bắt đầu.'),
    endsAt: fields.endsAt.required('Hãy chọn thời gian kết thúc.'),
    place: fields.place.required('Hãy nhập địa điểm.'),
    organiser: fields.organiser.required('Hãy nhập đơn vị tổ chức.'),
    ownerUnitId: id('ownerUnitId phải là id của phòng nhập sự kiện.').optional(),
  })
  .noUnknown(true, UNKNOWN_FIELD)
  .test(inOrder);

const updateSchema = yup.object(fields).noUnknown(true, UNKNOWN_FIELD).test(inOrder);

export type ParsedEvent = Omit<PlanEventBody, 'startsAt' | 'endsAt'> & { startsAt: Date; endsAt: Date };
export type ParsedEventUpdate = Omit<PlanEventUpdateBody, 'startsAt' | 'endsAt'> & { startsAt?: Date; endsAt?: Date };

export async function parseEvent(body: unknown): Promise<ParsedEvent> {
  return parseWith(createSchema)(assertObjectBody(body)) as Promise<ParsedEvent>;
}

export async function parseEventUpdate(body: unknown): Promise<ParsedEventUpdate> {
  return parseWith(updateSchema)(assertObjectBody(body)) as Promise<ParsedEventUpdate>;
}

const querySchema = yup
  .object({
    from: text('from').matches(DATE, 'from phải là ngày dạng YYYY-MM-DD.').optional(),
    to: text('to').matches(DATE, 'to phải là ngày dạng YYYY-MM-DD.').optional(),
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

export async function parseEventQuery(query: unknown): Promise<PlanEventQuery> {
  return parseWith(querySchema)(assertFlatQuery(query)) as Promise<PlanEventQuery>;
}

export const parseEventId = (value: unknown) => parseId(value, 'Mã sự kiện (id)');
