import { errors, yup } from '@strapi/utils';
import type { LinkItemBody } from '../../../shared/contracts/concern-links';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, parseWith, text } from '../validation/common';

/** The edge of the links' API: a bad input is a 400 in Vietnamese, and nothing is stored. */

const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;

const linkSchema = yup
  .object({
    itemDocumentId: text('Tin bài')
      .required('Hãy chọn tin bài cần gắn.')
      .matches(DOCUMENT_ID, 'Mã tin bài (itemDocumentId) không hợp lệ.'),
  })
  .noUnknown(true, UNKNOWN_FIELD);

export async function parseLinkItem(body: unknown): Promise<LinkItemBody> {
  return parseWith(linkSchema)(assertObjectBody(body)) as Promise<LinkItemBody>;
}

const candidateSchema = yup
  .object({
    q: text('Từ khoá').required('Hãy nhập vài chữ của tiêu đề tin bài.').min(2, 'Hãy nhập ít nhất 2 ký tự của tiêu đề.').max(200, 'Từ khoá tối đa 200 ký tự.'),
  })
  .noUnknown(true, UNKNOWN_PARAMETER);

export async function parseCandidateQuery(query: unknown): Promise<{ q: string }> {
  return parseWith(candidateSchema)(assertFlatQuery(query)) as Promise<{ q: string }>;
}

/** Drafting the response takes nothing from the client: the concern names the draft. */
export function assertEmptyBody(body: unknown): void {
  if (body === undefined || body === null || body === '') return;
  const fields = assertObjectBody(body);
  const keys = Object.keys(fields);
  if (keys.length > 0) throw new errors.ValidationError(UNKNOWN_FIELD.replace('${unknown}', keys.join(', ')));
}
