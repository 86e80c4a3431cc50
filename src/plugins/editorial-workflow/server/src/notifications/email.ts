import { escapeHtml } from '../utils/escape-html';
import { vietnamTime } from '../utils/vietnam-time';

const SIGNATURE = '— Tòa soạn Sở GDĐT';

/** What the e-mail of one notification says: its lines, when it happened, and where to act. */
export interface NoticeMail {
  title: string;
  message: string;
  createdAt: Date | string | number;
  /** None when the notice's own lines carry its link (an invitation). */
  link: { label: string; url: string } | null;
}

/**
 * The e-mail of a notification, as text and HTML. The time is Vietnam time; the link opens the page
 * the notice concerns (the item's edit view) at the server's public address. User values (titles,
 * reasons) are escaped in the HTML and never read as a template.
 */
export function noticeEmail(mail: NoticeMail): { subject: string; text: string; html: string } {
  const lines = mail.message.split('\n');
  const when = `Thời gian: ${vietnamTime(mail.createdAt)}`;
  const link = mail.link && { text: `${mail.link.label}: ${mail.link.url}`, label: escapeHtml(mail.link.label), url: escapeHtml(mail.link.url) };
  return {
    subject: mail.title,
    text: [...lines, '', when, ...(link ? [link.text] : []), '', SIGNATURE].join('\n'),
    html:
      lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('') +
      `<p>${escapeHtml(when)}</p>` +
      (link ? `<p><a href="${link.url}">${link.label}</a>: ${link.url}</p>` : '') +
      `<p>${SIGNATURE}</p>`,
  };
}
