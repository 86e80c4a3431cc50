import { errors, validateYupSchema, yup } from '@strapi/utils';

/** What every parser of the admin API shares: a bad input is a 400 naming the field, and nothing runs. */

/** Casts (numbers from query strings) but keeps unknown keys, so that `noUnknown` refuses them. */
export const parseWith = (schema: yup.AnySchema) => validateYupSchema(schema, { strict: false, stripUnknown: false });

export const UNKNOWN_FIELD = 'Trường không được hỗ trợ: ${unknown}.';
export const UNKNOWN_PARAMETER = 'Tham số không được hỗ trợ: ${unknown}.';

const MAX_PAGE_SIZE = 100;

export const pageFields = {
  page: yup.number().typeError('page phải là số nguyên ≥ 1.').integer().min(1, 'page phải ≥ 1.').default(1),
  pageSize: yup
    .number()
    .typeError(`pageSize phải là số nguyên từ 1 đến ${MAX_PAGE_SIZE}.`)
    .integer()
    .min(1)
    .max(MAX_PAGE_SIZE, `pageSize tối đa ${MAX_PAGE_SIZE}.`)
    .default(20),
};

/** Query strings carry single values here: `unit[$ne]=x` or `state[]=a` is refused, not cast. */
export function assertFlatQuery(query: unknown): Record<string, unknown> {
  const entries = Object.entries((query ?? {}) as Record<string, unknown>);
  const nested = entries.find(([, value]) => typeof value !== 'string');
  if (nested) throw new errors.ValidationError(`Tham số ${nested[0]} phải là một giá trị đơn (a single value).`);
  return Object.fromEntries(entries);
}

/** Endpoints that take no parameters refuse any, rather than ignore a typo. */
export function assertNoQuery(query: unknown): void {
  const keys = Object.keys((query ?? {}) as Record<string, unknown>);
  if (keys.length > 0) throw new errors.ValidationError(`Tham số không được hỗ trợ: ${keys.join(', ')}.`);
}

/** A JSON body must be an object (not an array, a string or nothing). */
export function assertObjectBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new errors.ValidationError('Nội dung yêu cầu phải là một đối tượng JSON.');
  return body as Record<string, unknown>;
}

export function parseId(value: unknown, name = 'id'): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1) throw new errors.ValidationError(`${name} phải là số nguyên dương.`);
  return id;
}
