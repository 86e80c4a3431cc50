import type { Notice } from '../notifications/transition-notice';
import { vietnamTime } from '../utils/vietnam-time';

interface Facts {
  id: number;
  subject: string;
  dueAt: Date | string;
}

const TITLE_MAX = 160;
const short = (text: string) => (text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX)}…` : text);
const where = (facts: Facts) => `Xem ở trang "Yêu cầu cung cấp thông tin" (yêu cầu số ${facts.id}).`;

/** The Office routed a request to a department: its heads hear of it and of the legal deadline. */
export function routedNotice(facts: Facts, by: string): Notice {
  return {
    action: 'info-request-routed',
    title: `Yêu cầu cung cấp thông tin: “${short(facts.subject)}”`,
    lines: [`${by} (Văn phòng Sở) giao phòng chuẩn bị thông tin trả lời, hạn luật định ${vietnamTime(facts.dueAt)}.`, where(facts)],
  };
}

/** Past the legal deadline, neither answered nor refused: the leadership and the department's heads, once. */
export function overdueNotice(facts: Facts & { departmentName: string | null }): Notice {
  return {
    action: 'info-request-overdue',
    title: `Quá hạn trả lời yêu cầu cung cấp thông tin: “${short(facts.subject)}”`,
    lines: [
      `Yêu cầu “${facts.subject}” đã quá hạn luật định ${vietnamTime(facts.dueAt)} mà chưa được trả lời${facts.departmentName ? ` (phòng được giao: ${facts.departmentName})` : ' và chưa được giao phòng chuyên môn'}.`,
      where(facts),
    ],
  };
}
