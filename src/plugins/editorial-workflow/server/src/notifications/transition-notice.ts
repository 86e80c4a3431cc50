import { STATE_LABELS, type WorkflowAction } from '../../../shared/state-machine';
import type { ItemDraft } from '../services/item-content';
import type { Actor, ItemStateRow } from '../services/item-state';
import { vietnamTime } from '../utils/vietnam-time';

/** What a transition tells people: the facts the inbox turns into a notification. */
export interface TransitionFacts {
  item: ItemDraft;
  record: ItemStateRow;
  action: WorkflowAction | 'schedule';
  actor: Actor;
  comment?: string;
  /** The label of a return's or an unpublish's category. */
  reasonLabel?: string;
}

/** A notice: a title and plain-text lines (the e-mail escapes them for its HTML version). */
export interface Notice {
  action: string;
  title: string;
  lines: string[];
}

/** What the next person must know, in Vietnamese. */
export function noticeOf({ item, record, action, actor, comment, reasonLabel }: TransitionFacts): Notice {
  const title = `“${item.title}”`;
  const reason = `Lý do${reasonLabel ? ` (${reasonLabel})` : ''}: ${comment ?? ''}`;
  const by = `Người thực hiện: ${actor.name}.`;
  switch (action) {
    case 'submit':
    case 'reroute':
      return { action, title: `Tin bài mới cần biên tập: ${title}`, lines: [`Tin bài ${title} của ${item.unitName ?? 'đơn vị'} đã được gửi đến phòng của bạn để biên tập.`, by] };
    case 'forward':
      return { action, title: `Tin bài chờ Trưởng phòng duyệt: ${title}`, lines: [`Tin bài ${title} đã được biên tập và chuyển đến bạn để duyệt.`, by] };
    case 'approve':
      return { action, title: `Tin bài đã duyệt, chờ đăng tải: ${title}`, lines: [`Tin bài ${title} đã được Trưởng phòng duyệt và chờ đăng tải.`, by] };
    case 'return':
      return { action, title: `Tin bài bị trả lại: ${title}`, lines: [`Tin bài ${title} đã được trả lại để chỉnh sửa.`, reason, by] };
    case 'unpublish':
      return { action, title: `Tin bài đã bị gỡ: ${title}`, lines: [`Tin bài ${title} đã được gỡ khỏi trang thông tin điện tử.`, reason, by] };
    case 'correct':
      return {
        action,
        title: `Tin bài cần đính chính: ${title}`,
        lines: [
          `Phòng QLCL đề nghị đính chính tin bài ${title}; bản đang đăng vẫn hiển thị cho đến khi bản đính chính được đăng.`,
          `Ghi chú đính chính (sẽ hiển thị công khai ở cuối tin bài): ${comment ?? ''}`,
          'Hãy sửa tin bài rồi gửi lại như một vòng duyệt mới.',
          by,
        ],
      };
    case 'schedule':
      return {
        action,
        title: `Tin bài được hẹn giờ đăng: ${title}`,
        lines: [`Tin bài ${title} sẽ được đăng lúc ${record.scheduledAt ? vietnamTime(record.scheduledAt) : ''}.`, by],
      };
    default:
      return { action, title: `Tin bài đã được đăng: ${title}`, lines: [`Tin bài ${title} đã được đăng trên trang thông tin điện tử (${STATE_LABELS[record.state]}).`, by] };
  }
}
