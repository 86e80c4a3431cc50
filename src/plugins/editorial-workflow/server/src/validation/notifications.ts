import { yup } from '@strapi/utils';
import type { NotificationQuery } from '../../../shared/contracts/notifications';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, flag, isScalar, pageFields, parseWith, positiveInteger } from './common';

const notificationQuerySchema = yup
  .object({ unread: flag('unread').default(false), ...pageFields })
  .noUnknown(true, UNKNOWN_PARAMETER);

/** The query string of `GET /notifications`. */
export async function parseNotificationQuery(query: unknown): Promise<NotificationQuery> {
  return (await parseWith(notificationQuerySchema)(assertFlatQuery(query))) as NotificationQuery;
}

const MAX_MARK_READ = 500;

const markReadSchema = yup
  .object({
    ids: yup
      .array(positiveInteger('Mỗi id trong ids phải là số nguyên dương.').required('Mỗi id trong ids phải là số nguyên dương.'))
      .typeError('ids phải là danh sách id thông báo.')
      // yup reads a string as JSON ("[1,2]"): a list in it may hold objects, which the number cast would call.
      .transform((value: unknown) => (Array.isArray(value) && !value.every(isScalar) ? null : value))
      .max(MAX_MARK_READ, `Tối đa ${MAX_MARK_READ} thông báo mỗi lần.`),
    all: flag('all'),
  })
  .noUnknown(true, UNKNOWN_FIELD)
  .test('ids-or-all', 'Gửi ids (danh sách thông báo) hoặc all: true.', (value) => Boolean(value?.all) !== Boolean(value?.ids?.length));

/** The body of `POST /notifications/read`: some ids, or `'all'`. */
export async function parseMarkRead(body: unknown): Promise<number[] | 'all'> {
  const parsed = (await parseWith(markReadSchema)(assertObjectBody(body ?? {}))) as { ids?: number[]; all?: boolean };
  return parsed.all ? 'all' : (parsed.ids ?? []);
}
