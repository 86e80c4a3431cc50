import { errors, yup } from '@strapi/utils';
import { SCRIPT_CHANNELS, SCRIPT_CHANNEL_LABELS, type ScriptMilestone } from '../../../shared/contracts/plan';
import { SCRIPT_LIMITS, type ScriptInput } from '../../../shared/contracts/comm-scripts';
import { isCalendarDate } from '../../../shared/periods';
import { UNKNOWN_FIELD, isScalar, parseId, parseWith, positiveInteger, text, typed } from '../validation/common';

/** The edge of `/editorial-workflow/comm-scripts`: a bad input is a 400 in Vietnamese, and nothing is stored. */

export const SCRIPT_NOT_FOUND = 'Không tìm thấy kịch bản truyền thông này, hoặc kịch bản không thuộc phạm vi của bạn.';

const MAX_ID = 2_147_483_647;
const id = (message: string) => positiveInteger(message).max(MAX_ID, message);
const date = (name: string) =>
  text(name)
    .required(`Hãy nhập ${name} (dạng YYYY-MM-DD).`)
    .test('calendar-date', `${name} phải là một ngày có thật, dạng YYYY-MM-DD (ví dụ 2026-12-31).`, (value) => value === undefined || isCalendarDate(value));

const CHANNEL_LIST = SCRIPT_CHANNELS.map((channel) => `${channel} (${SCRIPT_CHANNEL_LABELS[channel]})`).join(', ');

const milestoneSchema = yup
  .object({
    on: date('ngày của mốc'),
    label: text('Nội dung mốc')
      .test(typed('Nội dung mốc'))
      .required('Mỗi mốc cần có nội dung (label).')
      .min(1, 'Mỗi mốc cần có nội dung (label).')
      .max(SCRIPT_LIMITS.labelMax, `Nội dung mốc tối đa ${SCRIPT_LIMITS.labelMax} ký tự.`),
  })
  .noUnknown(true, 'Mốc thời gian có trường không được hỗ trợ: ${unknown}.');

const schema = yup
  .object({
    title: text('Tên kịch bản')
      .test(typed('Tên kịch bản'))
      .required('Hãy nhập tên kịch bản.')
      .min(1, 'Hãy nhập tên kịch bản.')
      .max(SCRIPT_LIMITS.titleMax, `Tên kịch bản tối đa ${SCRIPT_LIMITS.titleMax} ký tự.`),
    topicId: id('topicId phải là id của một lĩnh vực (chủ đề) của kế hoạch.').nullable().optional(),
    lineId: id('lineId phải là id của một tuyến thông tin của kế hoạch.').nullable().optional(),
    keyMessages: text('Thông điệp chính')
      .test(typed('Thông điệp chính'))
      .required('Hãy nhập các thông điệp chính của kịch bản.')
      .min(1, 'Hãy nhập các thông điệp chính của kịch bản.')
      .max(SCRIPT_LIMITS.messagesMax, `Thông điệp chính tối đa ${SCRIPT_LIMITS.messagesMax.toLocaleString('vi-VN')} ký tự.`),
    channels: yup
      .array(text('Kênh truyền thông').oneOf([...SCRIPT_CHANNELS], `Kênh "\${value}" không có trong danh sách: ${CHANNEL_LIST}.`).required())
      .typeError('Kênh truyền thông (channels) phải là một danh sách.')
      .required('Hãy chọn ít nhất một kênh truyền thông.')
      .min(1, 'Hãy chọn ít nhất một kênh truyền thông.'),
    startsOn: date('ngày bắt đầu'),
    endsOn: date('ngày kết thúc'),
    ownerDepartmentId: id('ownerDepartmentId phải là id của một phòng chuyên môn.').required('Hãy chọn phòng chuyên môn phụ trách kịch bản.'),
    milestones: yup
      .array(milestoneSchema)
      .typeError('Các mốc thời gian (milestones) phải là một danh sách.')
      .max(SCRIPT_LIMITS.milestonesMax, `Một kịch bản tối đa ${SCRIPT_LIMITS.milestonesMax} mốc thời gian.`)
      .default([]),
  })
  .noUnknown(true, UNKNOWN_FIELD);

/**
 * A body is an object of values, except `channels` (a list of values) and `milestones` (a list of
 * objects of values). yup's casts would call an object's own `toString`, which a JSON body may set to
 * anything (a 500), so the shape is checked first.
 */
function assertScriptBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new errors.ValidationError('Nội dung yêu cầu phải là một đối tượng JSON.');
  const fields = body as Record<string, unknown>;
  const inherited = Object.keys(fields).filter((key) => key in Object.prototype);
  if (inherited.length > 0) throw new errors.ValidationError(UNKNOWN_FIELD.replace('${unknown}', inherited.join(', ')));
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'milestones' && Array.isArray(value)) {
      for (const milestone of value) {
        if (!milestone || typeof milestone !== 'object' || Array.isArray(milestone)) throw new errors.ValidationError('Mỗi mốc thời gian phải là một đối tượng JSON { on, label }.');
        const keys = Object.keys(milestone as object);
        const bad = keys.filter((name) => name in Object.prototype);
        if (bad.length > 0) throw new errors.ValidationError(`Mốc thời gian có trường không được hỗ trợ: ${bad.join(', ')}.`);
        const nested = keys.find((name) => !isScalar((milestone as Record<string, unknown>)[name]));
        if (nested) throw new errors.ValidationError(`Trường ${nested} của mốc thời gian phải là một giá trị, không phải một đối tượng hay danh sách.`);
      }
      continue;
    }
    if (key === 'channels' && Array.isArray(value)) {
      if (!value.every(isScalar)) throw new errors.ValidationError('Mỗi kênh truyền thông phải là một giá trị, không phải một đối tượng.');
      continue;
    }
    if (!isScalar(value)) throw new errors.ValidationError(`Trường ${key} phải là một giá trị, không phải một đối tượng hay danh sách.`);
  }
  return fields;
}

/**
 * The body of `POST /comm-scripts` and `PUT /comm-scripts/:id` (a whole script): at least one of the
 * topic and the line; the period in order; every milestone within the period (a step outside it is
 * no step of this script: widen the period or write another script), sorted by date; no channel twice.
 */
export async function parseScript(body: unknown): Promise<ScriptInput> {
  const parsed = (await parseWith(schema)(assertScriptBody(body))) as Omit<ScriptInput, 'topicId' | 'lineId'> & { topicId?: number | null; lineId?: number | null };
  const topicId = parsed.topicId ?? null;
  const lineId = parsed.lineId ?? null;
  if (topicId === null && lineId === null) {
    throw new errors.ValidationError('Hãy chọn lĩnh vực (topicId) hoặc tuyến thông tin (lineId) mà kịch bản phục vụ, ít nhất một.');
  }
  if (parsed.startsOn > parsed.endsOn) {
    throw new errors.ValidationError(`Ngày kết thúc (${parsed.endsOn}) phải sau hoặc trùng ngày bắt đầu (${parsed.startsOn}).`);
  }
  const milestones: ScriptMilestone[] = parsed.milestones.map((milestone) => ({ on: milestone.on, label: milestone.label }));
  milestones.forEach((milestone, index) => {
    if (milestone.on < parsed.startsOn || milestone.on > parsed.endsOn) {
      throw new errors.ValidationError(
        `Mốc ${index + 1} (${milestone.on}) nằm ngoài thời gian của kịch bản (${parsed.startsOn} đến ${parsed.endsOn}): mỗi mốc phải trong thời gian thực hiện.`
      );
    }
  });
  milestones.sort((a, b) => a.on.localeCompare(b.on));
  return {
    title: parsed.title,
    topicId,
    lineId,
    keyMessages: parsed.keyMessages,
    channels: [...new Set(parsed.channels)],
    startsOn: parsed.startsOn,
    endsOn: parsed.endsOn,
    ownerDepartmentId: parsed.ownerDepartmentId,
    milestones,
  };
}

/** The script of a path: anything but an id names none (404, as one outside the caller's scope). */
export function parseScriptId(value: unknown): number {
  try {
    return parseId(value);
  } catch {
    throw new errors.NotFoundError(SCRIPT_NOT_FOUND);
  }
}
