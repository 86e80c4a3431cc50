import { yup } from '@strapi/utils';
import type { NotificationQuery } from '../../../shared/contracts/notifications';
import { UNKNOWN_FIELD, UNKNOWN_PARAMETER, assertFlatQuery, assertObjectBody, pageFields, parseWith } from './common';

const notificationQuerySchema = yup
  .object({ unread: yup.boolean().typeError('unread phải là true hoặc false.').default(false), ...pageFields })
  .noUnknown(true, UNKNOWN_PARAMETER);

/** The query string of `GET /notifications`. */
export async function parseNotificationQuery(query: unknown): Promise<NotificationQuery> {
  return (await parseWith(notificationQuerySchema)(assertFlatQuery(query))) as NotificationQuery;
}

const markReadSchema = yup
  .object({
    ids: yup.array(yup.number().integer().min(1).required()).max(500),
    all: yup.boolean(),
  })
  .noUnknown(true, UNKNOWN_FIELD)
  .test('ids-or-all', 'Gửi ids (danh sách thông báo) hoặc all: true.', (value) => Boolean(value?.all) !== Boolean(value?.ids?.length));

/** The body of `POST /notifications/read`: some ids, or `'all'`. */
export async function parseMarkRead(body: unknown): Promise<number[] | 'all'> {
  const parsed = (await parseWith(markReadSchema)(assertObjectBody(body ?? {}))) as { ids?: number[]; all?: boolean };
  return parsed.all ? 'all' : (parsed.ids ?? []);
}
