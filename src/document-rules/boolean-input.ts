import type { Core } from '@strapi/strapi';
import { appWrite, invalid, setData, type DocumentMiddleware } from './shared';

/** The values Strapi's database layer stores as true or false (its BooleanField.toDB), and only those. */
const TRUE = new Set<unknown>([true, 'true', 't', '1', 1]);
const FALSE = new Set<unknown>([false, 'false', 'f', '0', 0]);

/**
 * The boolean a value of a boolean field will be stored as: `undefined` when the key is absent,
 * `null` when cleared, and a thrown 400 for anything Strapi would turn into a boolean by guessing
 * (`Boolean("yes")`, an object, an array).
 */
export function storedBoolean(field: string, value: unknown): boolean | null | undefined {
  if (value === undefined || value === null) return value as undefined | null;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw invalid(field, `Trường "${field}" chỉ nhận giá trị đúng/sai (true hoặc false).`);
}

/**
 * Every boolean field of the app's content types is written as a real boolean: `1` or `"true"`,
 * which Strapi stores as true, become `true` before any rule reads them, so a rule that decides on
 * a boolean (consent, public, active) decides on the value that will be stored. A value that is no
 * boolean in any spelling is a 400.
 */
export const booleanInput =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const write = appWrite(strapi, ctx);
    if (!write) return next();
    const { data, attributes } = write;
    let coerced: Record<string, unknown> | undefined;
    for (const [field, attribute] of Object.entries(attributes)) {
      if ((attribute as { type?: string }).type !== 'boolean' || !(field in data)) continue;
      const value = storedBoolean(field, data[field]);
      if (value !== data[field]) (coerced ??= { ...data })[field] = value;
    }
    if (coerced) setData(ctx, coerced);
    return next();
  };
