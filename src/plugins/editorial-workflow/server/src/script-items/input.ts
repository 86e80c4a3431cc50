import { yup } from '@strapi/utils';
import type { LinkScriptItemBody } from '../../../shared/contracts/comm-scripts';
import { UNKNOWN_FIELD, assertObjectBody, parseWith, text } from '../validation/common';

/** The edge of `/comm-scripts/:id/items`: a bad input is a 400 in Vietnamese, and nothing is stored. */

const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;

const linkSchema = yup
  .object({
    itemDocumentId: text('Tin bài').required('Hãy chọn tin bài cần gắn với kịch bản.').matches(DOCUMENT_ID, 'Mã tin bài (itemDocumentId) không hợp lệ.'),
  })
  .noUnknown(true, UNKNOWN_FIELD);

export async function parseScriptItem(body: unknown): Promise<LinkScriptItemBody> {
  return parseWith(linkSchema)(assertObjectBody(body)) as Promise<LinkScriptItemBody>;
}
