import type { Notice } from '../notifications/transition-notice';

/** What the members of a recipient unit are told, in Vietnamese: the note's title and body, in the inbox and by e-mail. */
export const GUIDANCE_ACTION = 'guidance';
export const GUIDANCE_REMINDER_ACTION = 'guidance-reminder';

const excerpt = (body: string, max = 1_000) => (body.length > max ? `${body.slice(0, max)}…` : body);

export function guidanceNotice(note: { title: string; body: string; sentByName: string | null }): Notice {
  return {
    action: GUIDANCE_ACTION,
    title: `Định hướng tuyên truyền: ${note.title}`,
    lines: [`Văn phòng Sở gửi định hướng tuyên truyền${note.sentByName ? ` (${note.sentByName})` : ''}.`, excerpt(note.body), 'Hãy mở định hướng trên trang Định hướng tuyên truyền để đơn vị được ghi nhận đã đọc.'],
  };
}

export function guidanceReminderNotice(note: { title: string }): Notice {
  return {
    action: GUIDANCE_REMINDER_ACTION,
    title: `Nhắc đọc định hướng tuyên truyền: ${note.title}`,
    lines: [`Đơn vị của bạn chưa đọc định hướng tuyên truyền "${note.title}".`, 'Hãy mở định hướng trên trang Định hướng tuyên truyền.'],
  };
}
