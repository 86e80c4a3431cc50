import { errors, yup } from '@strapi/utils';
import { DRAFT_SIDE } from '../../../shared/contracts/snapshots';
import { UNKNOWN_PARAMETER, assertFlatQuery, parseWith, positiveInteger, text } from '../validation/common';

/** The two sides of a diff, parsed at the edge: anything else is a 400 in Vietnamese, and nothing is read. */
export interface DiffQuery {
  from: number;
  to: number | typeof DRAFT_SIDE;
}

const FROM = 'from phải là mã số (id) của một phiên bản, số nguyên dương.';
const TO = `to phải là mã số (id) của một phiên bản, hoặc "${DRAFT_SIDE}" để so với bản nháp hiện tại.`;
const MAX_ID = 2_147_483_647;

const diffSchema = yup
  .object({
    from: positiveInteger(FROM).max(MAX_ID, FROM).required('Thiếu from: phiên bản gốc để so sánh.'),
    to: text('to').required('Thiếu to: phiên bản để so sánh với from, hoặc "draft".'),
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

export async function parseDiffQuery(query: unknown): Promise<DiffQuery> {
  const parsed = (await parseWith(diffSchema)(assertFlatQuery(query))) as { from: number; to: string };
  if (parsed.to === DRAFT_SIDE) return { from: parsed.from, to: DRAFT_SIDE };
  if (!/^[0-9]{1,10}$/.test(parsed.to) || Number(parsed.to) < 1 || Number(parsed.to) > MAX_ID) throw new errors.ValidationError(TO);
  return { from: parsed.from, to: Number(parsed.to) };
}
