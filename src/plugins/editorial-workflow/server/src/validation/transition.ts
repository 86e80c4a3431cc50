import { yup } from '@strapi/utils';
import { ACTIONS, COMMENT_REQUIRED, type WorkflowAction } from '../../../shared/state-machine';
import type { TransitionBody } from '../../../shared/contracts/items';
import { UNKNOWN_FIELD, assertObjectBody, instant, parseWith, positiveInteger, text } from './common';

const MAX_COMMENT = 2000;
/** A correction's public note: a sentence or two under the item, not a second article. */
const CORRECTION_NOTE_MAX = 1000;
/** A schedule further ahead than this is almost certainly a typo in the year. */
const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;
/** An item taken down by itself more than five years on: a typo, or no end at all (leave it empty). */
const MAX_UNPUBLISH_AHEAD_MS = 5 * 366 * 24 * 60 * 60 * 1000;

const transitionSchema = yup
  .object({
    action: yup
      .mixed<WorkflowAction>()
      .oneOf([...ACTIONS], `action phải là một trong: ${ACTIONS.join(', ')}.`)
      .required('Thiếu action (the workflow action to take).'),
    expectedVersion: positiveInteger('expectedVersion phải là số nguyên.', 'expectedVersion phải ≥ 1.').required(
      'Thiếu expectedVersion: gửi phiên bản bạn đang xem để tránh ghi đè thao tác của người khác.'
    ),
    comment: text('comment')
      .max(MAX_COMMENT, `Ý kiến tối đa ${MAX_COMMENT} ký tự.`)
      .when('action', {
        is: (action: WorkflowAction) => COMMENT_REQUIRED.has(action),
        then: (schema) => schema.required('Hãy ghi lý do (comment) khi trả lại hoặc gỡ bài: tác giả cần biết phải sửa gì.'),
      })
      // A correction's note is public: it is printed at the end of the item once the round is published.
      .when('action', {
        is: 'correct',
        then: (schema) =>
          schema
            .required('Đính chính cần một ghi chú công khai (comment): bạn đọc sẽ thấy ghi chú này ở cuối tin bài.')
            .max(CORRECTION_NOTE_MAX, `Ghi chú đính chính tối đa ${CORRECTION_NOTE_MAX} ký tự.`),
      }),
    reasonCategory: text('reasonCategory')
      .max(64, 'reasonCategory tối đa 64 ký tự.')
      .when('action', {
        is: (action: WorkflowAction) => COMMENT_REQUIRED.has(action),
        then: (schema) => schema.required('Hãy chọn loại lý do (reasonCategory) khi trả lại hoặc gỡ bài.'),
        otherwise: (schema) => schema.strip(),
      }),
    departmentCode: text('departmentCode')
      .max(64, 'departmentCode tối đa 64 ký tự.')
      .when('action', {
        is: 'reroute',
        then: (schema) => schema.required('Hãy chọn phòng chuyên môn nhận tin bài (departmentCode).'),
        otherwise: (schema) => schema.strip(),
      }),
    publishAt: instant('publishAt phải là thời điểm ISO 8601, ví dụ 2026-12-01T08:00:00+07:00.')
      .when('action', {
        is: 'publish',
        then: (schema) =>
          schema.test('not-too-far', 'Chỉ hẹn giờ đăng trong vòng một năm tới.', (value) => !value || value.getTime() - Date.now() < MAX_SCHEDULE_AHEAD_MS),
        otherwise: (schema) => schema.strip(),
      }),
    unpublishAt: instant('unpublishAt phải là thời điểm ISO 8601, ví dụ 2026-12-31T17:00:00+07:00.')
      .when('action', {
        is: 'publish',
        then: (schema) =>
          schema
            .test('future', 'Thời điểm gỡ bài phải ở tương lai.', (value) => !value || value.getTime() > Date.now())
            .test('after-publish', 'Thời điểm gỡ bài phải sau thời điểm hẹn đăng.', function (value) {
              const publishAt = (this.parent as { publishAt?: Date }).publishAt;
              return !value || !publishAt || value.getTime() > publishAt.getTime();
            })
            .test('not-too-far', 'Chỉ hẹn gỡ bài trong vòng năm năm tới.', (value) => !value || value.getTime() - Date.now() < MAX_UNPUBLISH_AHEAD_MS),
        otherwise: (schema) =>
          schema.test('publish-only', 'unpublishAt (hẹn giờ gỡ bài) chỉ dùng khi đăng tin bài (action publish).', (value) => value === undefined || value === null),
      }),
  })
  .noUnknown(true, UNKNOWN_FIELD)
  .strict(false);

/** The body of `POST /items/:documentId/transitions`. */
export async function parseTransition(body: unknown): Promise<TransitionBody> {
  return (await parseWith(transitionSchema)(assertObjectBody(body))) as TransitionBody;
}
