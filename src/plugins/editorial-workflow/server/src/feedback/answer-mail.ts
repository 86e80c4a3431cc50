import { escapeHtml } from '../utils/escape-html';

export interface AnswerMail {
  subject: string;
  text: string;
  html: string;
}

/**
 * The e-mail of a department's answer to the commenter who left an address: the consultation, the
 * comment as they wrote it, the answer and the tracking code (to follow it on the website). Their
 * own text only: no other commenter's, no classification.
 */
export function answerMail(facts: { consultationTitle: string; departmentName: string | null; name: string | null; comment: string; answer: string; trackingCode: string }): AnswerMail {
  const lines = [
    `Kính gửi ${facts.name?.trim() || 'Quý Ông/Bà'},`,
    '',
    `${facts.departmentName ?? 'Sở Giáo dục và Đào tạo'} trân trọng cảm ơn ý kiến góp ý của Quý Ông/Bà đối với dự thảo "${facts.consultationTitle}" và xin trả lời như sau:`,
    '',
    ...facts.answer.split(/\n+/).map((line) => line.trim()).filter(Boolean),
    '',
    'Ý kiến của Quý Ông/Bà:',
    ...facts.comment.split(/\n+/).map((line) => line.trim()).filter(Boolean),
    '',
    `Mã theo dõi ý kiến: ${facts.trackingCode}`,
    '— Sở Giáo dục và Đào tạo',
  ];
  return {
    subject: `Trả lời ý kiến góp ý dự thảo: ${facts.consultationTitle}`,
    text: lines.join('\n'),
    html: lines.map((line) => (line === '' ? '' : `<p>${escapeHtml(line)}</p>`)).join(''),
  };
}
