import type { Notice } from '../notifications/transition-notice';
import { vietnamTime } from '../utils/vietnam-time';

export interface OverdueFacts {
  assignmentId: number;
  title: string;
  lineCode: string | null;
  unitName: string;
  commissionerName: string;
  dueAt: Date | string;
}

/** A notification's title is a 255-character column: the assignment's title (up to 255 itself) is shortened there. */
const TITLE_MAX = 160;
const short = (title: string) => (title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX)}…` : title);

const where = (facts: OverdueFacts) => `Xem ở trang "Giao viết bài" của Tòa soạn (nhiệm vụ số ${facts.assignmentId}).`;
const line = (facts: OverdueFacts) => (facts.lineCode ? ` (tuyến thông tin ${facts.lineCode})` : '');

/** Past the due time without a submission: the unit's authors and its head are reminded, once. */
export function overdueReminder(facts: OverdueFacts): Notice {
  return {
    action: 'assignment-overdue',
    title: `Quá hạn gửi bài: “${short(facts.title)}”`,
    lines: [
      `${facts.commissionerName} giao ${facts.unitName} viết bài “${facts.title}”${line(facts)}, hạn ${vietnamTime(facts.dueAt)}.`,
      'Đã quá hạn mà đơn vị chưa gửi bài. Hãy viết và gửi bài ngay; nếu sau một ngày làm việc vẫn chưa gửi, nơi giao nhiệm vụ sẽ được báo.',
      where(facts),
    ],
  };
}

/** A working day after the due time, still nothing: the commissioning unit is told, once. */
export function overdueEscalation(facts: OverdueFacts): Notice {
  return {
    action: 'assignment-escalation',
    title: `${short(facts.unitName)} chưa gửi bài: “${short(facts.title)}”`,
    lines: [
      `${facts.unitName} chưa gửi bài “${facts.title}”${line(facts)} dù đã quá hạn ${vietnamTime(facts.dueAt)} hơn một ngày làm việc và đã được nhắc.`,
      where(facts),
    ],
  };
}
