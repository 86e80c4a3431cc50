/**
 * Reasons by category (issue 16, item 2): a return or an unpublish is filed under one of these, with
 * its text. The categories are data (`api::reason-category.reason-category`, edited by the
 * administrator); these are what the reference seed writes when a code is missing.
 */
export const DEFAULT_REASON_CATEGORIES: ReadonlyArray<{ code: string; label: string; order: number }> = [
  { code: 'facts', label: 'Sai thông tin, số liệu', order: 1 },
  { code: 'form', label: 'Hình thức, chính tả', order: 2 },
  { code: 'not-our-field', label: 'Không thuộc lĩnh vực của phòng', order: 3 },
  { code: 'photo-consent', label: 'Ảnh chưa có sự đồng ý', order: 4 },
  { code: 'sensitive', label: 'Nội dung nhạy cảm', order: 5 },
  { code: 'other', label: 'Lý do khác', order: 6 },
];

/** The category of a takedown because a photo's consent was withdrawn (media archive). */
export const PHOTO_WITHOUT_CONSENT = 'photo-consent';

/** One category as the side panel and the statistics show it. */
export interface ReasonCategory {
  code: string;
  label: string;
}
