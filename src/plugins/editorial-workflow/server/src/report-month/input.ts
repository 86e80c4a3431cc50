import { yup } from '@strapi/utils';
import { vnDateOf } from '../../../shared/periods';
import { UNKNOWN_PARAMETER, assertFlatQuery, parseWith, text } from '../validation/common';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const schema = yup
  .object({ period: text('period').matches(MONTH, 'period phải là một tháng dạng YYYY-MM, ví dụ 2026-11.') })
  .noUnknown(true, UNKNOWN_PARAMETER);

/** The month asked for (`period=YYYY-MM`), or this month in Vietnam. */
export async function parseMonthQuery(query: unknown, now = new Date()): Promise<{ period: string }> {
  const parsed = (await parseWith(schema)(assertFlatQuery(query))) as { period?: string };
  return { period: parsed.period ?? vnDateOf(now).slice(0, 7) };
}
