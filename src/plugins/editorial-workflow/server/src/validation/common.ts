import { errors, validateYupSchema, yup } from '@strapi/utils';

/** What every parser of the admin API shares: a bad input is a 400 naming the field, and nothing runs. */

/**
 * Casts (numbers from query strings) but keeps unknown keys, so that `noUnknown` refuses them. With
 * several fields wrong, yup sums them up as "2 errors occurred": the message is their Vietnamese
 * messages instead (each is also in `details.errors`, by path).
 */
export function parseWith(schema: yup.AnySchema) {
  const validate = validateYupSchema(schema, { strict: false, stripUnknown: false });
  return async (input: unknown) => {
    try {
      return await validate(input);
    } catch (error) {
      const fields = (error as { details?: { errors?: Array<{ message: string }> } }).details?.errors ?? [];
      if (error instanceof errors.ValidationError && fields.length > 1) error.message = fields.map((field) => field.message).join(' ');
      throw error;
    }
  };
}

export const UNKNOWN_FIELD = 'Trường không được hỗ trợ: ${unknown}.';
export const UNKNOWN_PARAMETER = 'Tham số không được hỗ trợ: ${unknown}.';

const MAX_PAGE_SIZE = 100;

/**
 * Names every object inherits (`constructor`, `toString`, `__proto__`…) are never a field here; yup
 * looks each key up on its own field map, finds these there and throws a TypeError (a 500).
 */
function refuseInheritedNames(keys: string[], template: string): void {
  const inherited = keys.filter((key) => key in Object.prototype);
  if (inherited.length > 0) throw new errors.ValidationError(template.replace('${unknown}', inherited.join(', ')));
}

/** A value a field of a JSON body may hold by itself: a string, a number, a boolean or null (not an object). */
export const isScalar = (value: unknown): boolean => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** A list where one value belongs (`[3]` for 3, `["true"]` for true) is refused, not read as its element. */
const single = (message: string) => ({
  name: 'single',
  message,
  // yup hands each test the value as it came (its typings omit `originalValue`).
  test: (_value: unknown, context: object) => !Array.isArray((context as { originalValue?: unknown }).originalValue),
});

/**
 * A trimmed string. yup's own `.trim()` calls `trim` on whatever came, and an array or an object
 * there is a TypeError (a 500); this trims strings only and answers anything else with a 400.
 * Numbers and booleans are still cast to text, as before.
 */
export const text = (name: string) =>
  yup
    .string()
    .typeError(`${name} phải là chuỗi ký tự.`)
    .transform((value: unknown) => (typeof value === 'string' ? value.trim() : value))
    // PostgreSQL refuses a NUL byte in text: it would be a 500 there, and is no one's real input.
    .test('no-nul', `${name} không được chứa ký tự NUL.`, (value) => typeof value !== 'string' || !value.includes('\0'));

/** A whole number ≥ 1 (numbers in strings are cast, as query strings need). */
/** Text as typed (a yup test): a number or a flag where text belongs is a client's mistake, not text. */
export const typed = (name: string) => ({
  name: 'typed',
  message: `${name} phải là chuỗi ký tự.`,
  test: (_value: unknown, context: object) => {
    const original = (context as { originalValue?: unknown }).originalValue;
    return original === undefined || original === null || typeof original === 'string';
  },
});

export const positiveInteger = (typeMessage: string, minMessage = typeMessage) =>
  yup.number().typeError(typeMessage).integer(typeMessage).min(1, minMessage).test(single(typeMessage));

/** true or false (also "true", "false", 1 and 0, as yup casts them). */
export const flag = (name: string) => {
  const message = `${name} phải là true hoặc false.`;
  return yup.boolean().typeError(message).test(single(message));
};

/** An instant, ISO 8601. */
/** A list as sent: yup would otherwise read a string as JSON. */
export const list = (name: string) => ({
  name: 'list',
  message: `${name} phải là một danh sách.`,
  test: (_value: unknown, context: object) => {
    const original = (context as { originalValue?: unknown }).originalValue;
    return original === undefined || original === null || Array.isArray(original);
  },
});

export const instant = (message: string) => yup.date().typeError(message).test(single(message));

export const pageFields = {
  page: positiveInteger('page phải là số nguyên ≥ 1.', 'page phải ≥ 1.').default(1),
  pageSize: positiveInteger(`pageSize phải là số nguyên từ 1 đến ${MAX_PAGE_SIZE}.`)
    .max(MAX_PAGE_SIZE, `pageSize tối đa ${MAX_PAGE_SIZE}.`)
    .default(20),
};

/** Query strings carry single values here: `unit[$ne]=x` or `state[]=a` is refused, not cast. */
export function assertFlatQuery(query: unknown): Record<string, unknown> {
  if (query !== null && query !== undefined && (typeof query !== 'object' || Array.isArray(query))) {
    throw new errors.ValidationError('Tham số truy vấn phải là các cặp tên=giá trị.');
  }
  const entries = Object.entries((query ?? {}) as Record<string, unknown>);
  refuseInheritedNames(entries.map(([key]) => key), UNKNOWN_PARAMETER);
  const nested = entries.find(([, value]) => typeof value !== 'string');
  if (nested) throw new errors.ValidationError(`Tham số ${nested[0]} phải là một giá trị đơn (a single value).`);
  return Object.fromEntries(entries);
}

/** Endpoints that take no parameters refuse any, rather than ignore a typo. */
export function assertNoQuery(query: unknown): void {
  const keys = Object.keys((query ?? {}) as Record<string, unknown>);
  if (keys.length > 0) throw new errors.ValidationError(`Tham số không được hỗ trợ: ${keys.join(', ')}.`);
}

/**
 * A JSON body must be an object (not an array, a string or nothing) whose fields hold values or
 * lists of values: no field here takes an object, and yup's casts call an object's own `toString`
 * or `valueOf`, which a JSON body may set to anything (a TypeError, a 500).
 */
export function assertObjectBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new errors.ValidationError('Nội dung yêu cầu phải là một đối tượng JSON.');
  const fields = body as Record<string, unknown>;
  refuseInheritedNames(Object.keys(fields), UNKNOWN_FIELD);
  const nested = Object.entries(fields).find(([, value]) => !isScalar(value) && !(Array.isArray(value) && value.every(isScalar)));
  if (nested) throw new errors.ValidationError(`Trường ${nested[0]} phải là một giá trị hoặc một danh sách giá trị, không phải một đối tượng.`);
  return fields;
}

export function parseId(value: unknown, name = 'id'): number {
  const id = typeof value === 'number' || typeof value === 'string' ? Number(value) : NaN;
  // Ids are the database's 32-bit integers: a larger number is no id (and a 500 on PostgreSQL).
  if (!Number.isInteger(id) || id < 1 || id > MAX_ID) throw new errors.ValidationError(`${name} phải là số nguyên dương.`);
  return id;
}

const MAX_ID = 2_147_483_647;
const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;

/** A documentId from a path: anything else cannot name a document, and is answered as one that does not exist. */
export function parseDocumentId(value: unknown): string {
  if (typeof value !== 'string' || !DOCUMENT_ID.test(value)) {
    throw new errors.NotFoundError('Không tìm thấy tin bài, hoặc tin bài không thuộc phạm vi của bạn.');
  }
  return value;
}
