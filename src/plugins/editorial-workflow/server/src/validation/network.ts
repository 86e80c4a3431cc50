import { yup } from '@strapi/utils';
import { UNIT_KINDS } from '../../../shared/contracts/stats';
import type { DirectoryQuery, NetworkUnitQuery, UnitContact } from '../../../shared/contracts/network';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, assertNoQuery, pageFields, parseWith, text } from './common';

const MAX_QUERY = 100;

const q = () => text('q').max(MAX_QUERY, `q tối đa ${MAX_QUERY} ký tự.`);
const kind = () => yup.mixed().oneOf([...UNIT_KINDS], `kind phải là một trong: ${UNIT_KINDS.join(', ')}.`);

const unitQuerySchema = yup.object({ q: q(), kind: kind(), ...pageFields }).noUnknown(true, UNKNOWN_PARAMETER);

/** The query string of `GET /network/units` and `GET /directory`. */
export async function parseNetworkUnitQuery(query: unknown): Promise<NetworkUnitQuery> {
  return (await parseWith(unitQuerySchema)(assertFlatQuery(query))) as NetworkUnitQuery;
}

const exportQuerySchema = yup.object({ q: q(), kind: kind() }).noUnknown(true, UNKNOWN_PARAMETER);

/** The query string of `GET /directory/export`: the list's filters, every page. */
export async function parseDirectoryExportQuery(query: unknown): Promise<Omit<DirectoryQuery, 'page'>> {
  return (await parseWith(exportQuerySchema)(assertFlatQuery(query))) as Omit<DirectoryQuery, 'page'>;
}

const userQuerySchema = yup.object({ q: q() }).noUnknown(true, UNKNOWN_PARAMETER);

/** The query string of `GET /network/users`. */
export async function parseUserQuery(query: unknown): Promise<{ q?: string }> {
  return (await parseWith(userQuerySchema)(assertFlatQuery(query))) as { q?: string };
}

/** A phone as people write it: digits with spaces, dots, dashes or brackets, an optional leading +; 8 to 15 digits. */
export const PHONE = /^\+?[0-9 .()-]+$/;
const digitCount = (value: string) => value.replace(/\D/g, '').length;

/** An empty field clears it: stored as null. */
const optional = (schema: yup.StringSchema) =>
  schema.nullable().transform((value: unknown) => (value === '' ? null : value));

const contactSchema = yup
  .object({
    contactName: optional(text('Họ tên đầu mối').max(255, 'Họ tên đầu mối tối đa 255 ký tự.')),
    contactPosition: optional(text('Chức vụ').max(255, 'Chức vụ tối đa 255 ký tự.')),
    contactPhone: optional(
      text('Số điện thoại')
        .max(32, 'Số điện thoại tối đa 32 ký tự.')
        .test(
          'phone',
          'Số điện thoại không hợp lệ: chỉ gồm chữ số (8 đến 15 số), có thể có dấu cách, dấu chấm, gạch ngang, ngoặc và dấu + ở đầu.',
          (value) => value === null || value === undefined || (PHONE.test(value) && digitCount(value) >= 8 && digitCount(value) <= 15)
        )
    ),
    contactEmail: optional(
      text('E-mail')
        .max(255, 'E-mail tối đa 255 ký tự.')
        .email('E-mail không hợp lệ.')
        .transform((value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value))
    ),
  })
  .noUnknown(true, UNKNOWN_FIELD);

/** The body of `PUT /network/units/:id/contact`: the four fields, a missing or empty one cleared. */
export async function parseContact(body: unknown, query: unknown): Promise<UnitContact> {
  assertNoQuery(query);
  const parsed = (await parseWith(contactSchema)(assertObjectBody(body ?? {}))) as Partial<UnitContact>;
  return {
    contactName: parsed.contactName ?? null,
    contactPosition: parsed.contactPosition ?? null,
    contactPhone: parsed.contactPhone ?? null,
    contactEmail: parsed.contactEmail ?? null,
  };
}
