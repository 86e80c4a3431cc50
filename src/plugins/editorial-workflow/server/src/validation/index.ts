import { errors, validateYupSchema, yup } from '@strapi/utils';
import type { QueueQuery } from '../../../shared/contracts/queue';
import { ACTIONS, COMMENT_REQUIRED, ROLES, STATES, type WorkflowAction, type WorkflowRole, type WorkflowState } from '../../../shared/state-machine';

/** Every input of the admin API is parsed here, at the edge; a bad one is a 400 naming the field. */

const MAX_COMMENT = 2000;

/** Casts (numbers from query strings) but keeps unknown keys, so that `noUnknown` refuses them. */
export const parseWith = (schema: yup.AnySchema) => validateYupSchema(schema, { strict: false, stripUnknown: false });
const MAX_PAGE_SIZE = 100;
/** A schedule further ahead than this is almost certainly a typo in the year. */
const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;

export interface TransitionBody {
  action: WorkflowAction;
  expectedVersion: number;
  comment?: string;
  departmentCode?: string;
  publishAt?: Date;
}

const transitionSchema = yup
  .object({
    action: yup
      .mixed<WorkflowAction>()
      .oneOf([...ACTIONS], `action phải là một trong: ${ACTIONS.join(', ')}.`)
      .required('Thiếu action (the workflow action to take).'),
    expectedVersion: yup
      .number()
      .typeError('expectedVersion phải là số nguyên.')
      .integer('expectedVersion phải là số nguyên.')
      .min(1)
      .required('Thiếu expectedVersion: gửi phiên bản bạn đang xem để tránh ghi đè thao tác của người khác.'),
    comment: yup
      .string()
      .trim()
      .max(MAX_COMMENT, `Ý kiến tối đa ${MAX_COMMENT} ký tự.`)
      .when('action', {
        is: (action: WorkflowAction) => COMMENT_REQUIRED.has(action),
        then: (schema) => schema.required('Hãy ghi lý do (comment) khi trả lại hoặc gỡ bài: tác giả cần biết phải sửa gì.'),
      }),
    departmentCode: yup
      .string()
      .trim()
      .max(64)
      .when('action', {
        is: 'reroute',
        then: (schema) => schema.required('Hãy chọn phòng chuyên môn nhận tin bài (departmentCode).'),
        otherwise: (schema) => schema.strip(),
      }),
    publishAt: yup
      .date()
      .typeError('publishAt phải là thời điểm ISO 8601, ví dụ 2026-12-01T08:00:00+07:00.')
      .when('action', {
        is: 'publish',
        then: (schema) =>
          schema.test('not-too-far', 'Chỉ hẹn giờ đăng trong vòng một năm tới.', (value) => !value || value.getTime() - Date.now() < MAX_SCHEDULE_AHEAD_MS),
        otherwise: (schema) => schema.strip(),
      }),
  })
  .noUnknown(true, 'Trường không được hỗ trợ: ${unknown}.')
  .strict(false);

export async function parseTransition(body: unknown): Promise<TransitionBody> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new errors.ValidationError('Nội dung yêu cầu phải là một đối tượng JSON.');
  return (await parseWith(transitionSchema)(body)) as TransitionBody;
}

const pageFields = {
  page: yup.number().typeError('page phải là số nguyên ≥ 1.').integer().min(1, 'page phải ≥ 1.').default(1),
  pageSize: yup
    .number()
    .typeError(`pageSize phải là số nguyên từ 1 đến ${MAX_PAGE_SIZE}.`)
    .integer()
    .min(1)
    .max(MAX_PAGE_SIZE, `pageSize tối đa ${MAX_PAGE_SIZE}.`)
    .default(20),
};

const scalar = () => yup.string().trim().max(64);

/** Query strings carry single values here: `unit[$ne]=x` or `state[]=a` is refused, not cast. */
export function assertFlatQuery(query: unknown): Record<string, unknown> {
  const entries = Object.entries((query ?? {}) as Record<string, unknown>);
  const nested = entries.find(([, value]) => typeof value !== 'string');
  if (nested) throw new errors.ValidationError(`Tham số ${nested[0]} phải là một giá trị đơn (a single value).`);
  return Object.fromEntries(entries);
}

/** The kinds of item (article.kind): tin, bài, chuyên đề. */
export const ITEM_KINDS = ['news', 'article', 'feature'] as const;

/** Endpoints that take no parameters refuse any, rather than ignore a typo. */
export function assertNoQuery(query: unknown): void {
  const keys = Object.keys((query ?? {}) as Record<string, unknown>);
  if (keys.length > 0) throw new errors.ValidationError(`Tham số không được hỗ trợ: ${keys.join(', ')}.`);
}

export type { QueueQuery };

const queueSchema = yup
  .object({
    state: yup.mixed<WorkflowState>().oneOf([...STATES], `state phải là một trong: ${STATES.join(', ')}.`),
    unit: scalar(),
    topic: scalar(),
    kind: yup.mixed().oneOf([...ITEM_KINDS], `kind phải là một trong: ${ITEM_KINDS.join(', ')}.`),
    ...pageFields,
  })
  .noUnknown(true, 'Tham số không được hỗ trợ: ${unknown}.');

export async function parseQueueQuery(query: unknown): Promise<QueueQuery> {
  return (await parseWith(queueSchema)(assertFlatQuery(query))) as QueueQuery;
}

const notificationQuerySchema = yup
  .object({ unread: yup.boolean().typeError('unread phải là true hoặc false.').default(false), ...pageFields })
  .noUnknown(true, 'Tham số không được hỗ trợ: ${unknown}.');

export async function parseNotificationQuery(query: unknown): Promise<{ unread: boolean; page: number; pageSize: number }> {
  return (await parseWith(notificationQuerySchema)(assertFlatQuery(query))) as { unread: boolean; page: number; pageSize: number };
}

const markReadSchema = yup
  .object({
    ids: yup.array(yup.number().integer().min(1).required()).max(500),
    all: yup.boolean(),
  })
  .noUnknown(true, 'Trường không được hỗ trợ: ${unknown}.')
  .test('ids-or-all', 'Gửi ids (danh sách thông báo) hoặc all: true.', (value) => Boolean(value?.all) !== Boolean(value?.ids?.length));

export async function parseMarkRead(body: unknown): Promise<number[] | 'all'> {
  const parsed = (await parseWith(markReadSchema)(body ?? {})) as { ids?: number[]; all?: boolean };
  return parsed.all ? 'all' : (parsed.ids ?? []);
}

export interface MembershipInput {
  userId: number;
  unitId: number;
  role: WorkflowRole;
}

const membershipSchema = yup
  .object({
    userId: yup.number().typeError('userId phải là số.').integer().min(1).required('Thiếu userId (tài khoản quản trị).'),
    unitId: yup.number().typeError('unitId phải là số.').integer().min(1).required('Thiếu unitId (đơn vị).'),
    role: yup.mixed<WorkflowRole>().oneOf([...ROLES], `role phải là một trong: ${ROLES.join(', ')}.`).required('Thiếu role.'),
  })
  .noUnknown(true, 'Trường không được hỗ trợ: ${unknown}.');

export async function parseMembership(body: unknown): Promise<MembershipInput> {
  return (await parseWith(membershipSchema)(body ?? {})) as MembershipInput;
}

const membershipFilterSchema = yup
  .object({
    userId: yup.number().typeError('userId phải là số.').integer().min(1),
    unitId: yup.number().typeError('unitId phải là số.').integer().min(1),
    role: yup.mixed<WorkflowRole>().oneOf([...ROLES], `role phải là một trong: ${ROLES.join(', ')}.`),
  })
  .noUnknown(true, 'Tham số không được hỗ trợ: ${unknown}.');

export async function parseMembershipFilter(query: unknown): Promise<Partial<MembershipInput>> {
  return (await parseWith(membershipFilterSchema)(assertFlatQuery(query))) as Partial<MembershipInput>;
}

export function parseId(value: unknown, name = 'id'): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1) throw new errors.ValidationError(`${name} phải là số nguyên dương.`);
  return id;
}
