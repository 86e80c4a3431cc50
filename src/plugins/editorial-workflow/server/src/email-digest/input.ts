import { errors, yup } from '@strapi/utils';
import type { EmailPreferenceBody } from '../../../shared/contracts/email-digest';
import { UNKNOWN_FIELD, assertObjectBody, parseWith } from '../validation/common';

/** The edge of the e-mail preference: a bad body is a 400 in Vietnamese, and nothing changes. */
const preferenceSchema = yup
  .object({
    emailDigest: yup
      .boolean()
      .typeError('emailDigest phải là true (một thư tóm tắt mỗi ngày) hoặc false (từng thư).')
      .required('Hãy gửi emailDigest: true (một thư tóm tắt mỗi ngày) hoặc false (từng thư).'),
  })
  .noUnknown(true, UNKNOWN_FIELD);

export async function parseEmailPreference(body: unknown): Promise<EmailPreferenceBody> {
  const fields = assertObjectBody(body);
  // A flag as sent, not a string yup would read as one ("yes", "1").
  if (fields.emailDigest !== undefined && typeof fields.emailDigest !== 'boolean') {
    throw new errors.ValidationError('emailDigest phải là true (một thư tóm tắt mỗi ngày) hoặc false (từng thư).');
  }
  return (await parseWith(preferenceSchema)(fields)) as EmailPreferenceBody;
}
