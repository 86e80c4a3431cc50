import { yup } from '@strapi/utils';
import { SCREENSHOT_LIMITS, type AttachScreenshotsBody } from '../../../shared/contracts/concern-evidence';
import { UNKNOWN_FIELD, assertObjectBody, parseWith, positiveInteger } from '../validation/common';

/** The edge of the screenshots' API: a bad input is a 400 in Vietnamese, and nothing is stored. */

const MAX_ID = 2_147_483_647;
const FILE_ID = 'Mỗi ảnh chụp màn hình phải là id của một tệp trong thư viện media.';

/** A list as sent: yup would otherwise read a string as JSON. */
const asSent = {
  name: 'list',
  message: 'fileIds phải là một danh sách id tệp.',
  test: (_value: unknown, context: object) => Array.isArray((context as { originalValue?: unknown }).originalValue),
};

const attachSchema = yup
  .object({
    fileIds: yup
      .array(positiveInteger(FILE_ID).max(MAX_ID, FILE_ID).required(FILE_ID))
      .typeError('fileIds phải là một danh sách id tệp.')
      .test(asSent)
      .required('Hãy chọn ảnh chụp màn hình cần đính kèm (fileIds).')
      .min(1, 'Hãy chọn ít nhất một ảnh chụp màn hình.')
      .max(SCREENSHOT_LIMITS.perConcern, `Mỗi vấn đề có tối đa ${SCREENSHOT_LIMITS.perConcern} ảnh chụp màn hình.`),
  })
  .noUnknown(true, UNKNOWN_FIELD);

/** The body of `POST /concerns/:id/screenshots`; the same file twice in one request counts once. */
export async function parseAttachScreenshots(body: unknown): Promise<AttachScreenshotsBody> {
  const parsed = (await parseWith(attachSchema)(assertObjectBody(body))) as AttachScreenshotsBody;
  return { fileIds: [...new Set(parsed.fileIds)] };
}
