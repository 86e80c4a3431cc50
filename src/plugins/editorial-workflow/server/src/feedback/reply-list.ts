import { COMMENTER_GROUP_LABELS, COMMENT_STATUS_LABELS, type CommentStatus, type CommenterGroup } from '../../../shared/contracts/consultations';
import type { Sheet } from '../stats/export';
import { vietnamMinute } from '../reports/instants';

/** A comment whose commenter left contact details not deleted yet. */
export interface ReplyRow {
  trackingCode: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  group: CommenterGroup;
  commune: string;
  text: string;
  status: CommentStatus;
  answer: string | null;
  answerMailedAt: Date | string | null;
}

/**
 * The department's reply list: the ONLY export with commenters' contact details (issue 22), for
 * answering by post, telephone or e-mail. Comments whose contacts were deleted are not in it.
 */
export function replyListSheet(rows: ReplyRow[], documentId: string, today: string): Sheet {
  return {
    name: 'Danh sách trả lời',
    fileName: `danh-sach-tra-loi-y-kien_${documentId}_${today}`,
    headers: ['STT', 'Mã theo dõi', 'Họ tên', 'Thư điện tử', 'Điện thoại', 'Đối tượng', 'Xã, phường', 'Ý kiến', 'Tình trạng', 'Trả lời', 'Đã gửi thư trả lời lúc (giờ Việt Nam)'],
    rows: rows.map((row, i) => [
      String(i + 1),
      row.trackingCode,
      row.name ?? '',
      row.email ?? '',
      row.phone ?? '',
      COMMENTER_GROUP_LABELS[row.group],
      row.commune,
      row.text,
      COMMENT_STATUS_LABELS[row.status],
      row.answer ?? '',
      row.answerMailedAt ? vietnamMinute(row.answerMailedAt) : '',
    ]),
  };
}
