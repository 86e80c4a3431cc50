import { errors, yup } from '@strapi/utils';
import { PEOPLE_IMPORT_MAX_BYTES, type PeopleImportRequest } from '../../../shared/contracts/network-import';
import { UNKNOWN_FIELD, assertObjectBody, flag, parseWith } from './common';

const requestSchema = yup
  .object({
    // Not trimmed: the CSV's own lines and quotes are the parser's to read.
    csv: yup.string().strict(true).typeError('csv phải là nội dung tệp CSV (chuỗi ký tự).').required('Thiếu nội dung tệp (csv).'),
    dryRun: flag('dryRun'),
  })
  .noUnknown(true, UNKNOWN_FIELD);

/** The body of `POST /network/people-import`: the file's text, and whether to write nothing. */
export async function parsePeopleImport(body: unknown): Promise<Required<PeopleImportRequest>> {
  const { csv, dryRun } = (await parseWith(requestSchema)(assertObjectBody(body ?? {}))) as PeopleImportRequest;
  if (Buffer.byteLength(csv, 'utf8') > PEOPLE_IMPORT_MAX_BYTES) {
    throw new errors.PayloadTooLargeError(
      `Tệp lớn quá ${Math.floor(PEOPLE_IMPORT_MAX_BYTES / 1024)} KB: chia nhỏ tệp, hoặc dùng lệnh npm run import:people trên máy chủ.`
    );
  }
  // A spreadsheet (.xlsx) or another binary file sent as text; PostgreSQL would refuse the NUL bytes anyway.
  if (csv.includes('\0')) throw new errors.ValidationError('Tệp không phải văn bản CSV (có ký tự NUL): lưu tệp dưới dạng CSV UTF-8 rồi tải lên lại.');
  return { csv, dryRun: dryRun === true };
}
