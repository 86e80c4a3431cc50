import { yup } from '@strapi/utils';
import { UNIT_KINDS, type UnitKind } from '../../../shared/contracts/stats';
import type { AssignmentBody, AssignmentDraftBody } from '../../../shared/contracts/assignments';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, flag, instant, parseId, parseWith, positiveInteger, text, typed, list } from '../validation/common';

/** The edge of the assignments' API: a bad input is a 400 in Vietnamese, and nothing is stored. */

const MAX_ID = 2_147_483_647;
const MAX_UNITS = 1000;
const id = (message: string) => positiveInteger(message).max(MAX_ID, message);
const LINE_CODE = /^[IVXLC]+\.[1-9][0-9]*\.[1-9][0-9]*$/;

const fields = {
  title: text('Tiêu đề').test(typed('Tiêu đề')).max(255, 'Tiêu đề tối đa 255 ký tự.').optional(),
  lineId: id('lineId phải là id của một tuyến thông tin.').optional(),
  lineCode: text('Mã tuyến thông tin').test(typed('Mã tuyến thông tin')).matches(LINE_CODE, 'Mã tuyến thông tin "${value}" không đúng dạng (ví dụ III.2.3).').optional(),
  scriptId: id('scriptId phải là id của một kịch bản truyền thông.').nullable().optional(),
  dueAt: instant('Hạn gửi bài (dueAt) phải là thời điểm ISO 8601.').required('Hãy chọn hạn gửi bài.'),
  note: text('Ghi chú').test(typed('Ghi chú')).max(4000, 'Ghi chú tối đa 4.000 ký tự.').nullable().optional(),
  unitIds: yup
    .array(id('Mỗi đơn vị phải là id của một đơn vị.').required('Mỗi đơn vị phải là id của một đơn vị.'))
    .typeError('Đơn vị (unitIds) phải là một danh sách.')
    .test(list('Đơn vị (unitIds)'))
    .max(MAX_UNITS, `Tối đa ${MAX_UNITS} đơn vị.`)
    .optional(),
  unitKinds: yup
    .array(text('Loại đơn vị').oneOf([...UNIT_KINDS], 'Loại đơn vị "${value}" không có trong danh sách.').required('Loại đơn vị không được để trống.'))
    .typeError('Loại đơn vị (unitKinds) phải là một danh sách.')
    .test(list('Loại đơn vị (unitKinds)'))
    .optional(),
  commissionerUnitId: id('commissionerUnitId phải là id của phòng giao nhiệm vụ.').optional(),
};

const assignmentSchema = yup.object(fields).noUnknown(true, UNKNOWN_FIELD);

export interface ParsedAssignment extends Omit<AssignmentBody, 'dueAt' | 'unitIds' | 'unitKinds'> {
  dueAt: Date;
  unitIds: number[];
  unitKinds: UnitKind[];
}

export async function parseAssignment(body: unknown): Promise<ParsedAssignment> {
  const parsed = (await parseWith(assignmentSchema)(assertObjectBody(body))) as Omit<ParsedAssignment, 'unitIds' | 'unitKinds'> & { unitIds?: number[]; unitKinds?: UnitKind[] };
  return { ...parsed, unitIds: parsed.unitIds ?? [], unitKinds: parsed.unitKinds ?? [] };
}

const draftSchema = yup.object({ unitId: id('unitId phải là id của một đơn vị.').optional() }).noUnknown(true, UNKNOWN_FIELD);

export async function parseDraft(body: unknown): Promise<AssignmentDraftBody> {
  if (body === undefined || body === null || body === '') return {};
  return parseWith(draftSchema)(assertObjectBody(body)) as Promise<AssignmentDraftBody>;
}

const listSchema = yup.object({ open: flag('open').optional() }).noUnknown(true, UNKNOWN_PARAMETER);

export async function parseAssignmentQuery(query: unknown): Promise<{ open?: boolean }> {
  return parseWith(listSchema)(assertFlatQuery(query)) as Promise<{ open?: boolean }>;
}

export const parseAssignmentId = (value: unknown) => parseId(value, 'Mã nhiệm vụ (id)');
