import { noticeEmail } from '../email';
import { vietnamTime } from '../../utils/vietnam-time';
import { noticeLinkOf } from '../../../../shared/notice-links';

describe('vietnamTime', () => {
  it('writes an instant in Vietnam time (UTC+7), never UTC', () => {
    expect(vietnamTime(new Date('2026-12-02T01:30:00Z'))).toBe('08:30 ngày 02/12/2026 (giờ Việt Nam)');
    expect(vietnamTime('2026-12-02T07:05:00.000Z')).toBe('14:05 ngày 02/12/2026 (giờ Việt Nam)');
    // Past 17:00 UTC it is already the next day (and the next year) in Vietnam.
    expect(vietnamTime(Date.parse('2026-12-31T17:00:00Z'))).toBe('00:00 ngày 01/01/2027 (giờ Việt Nam)');
  });
});

describe('noticeLinkOf', () => {
  it('leads to the item’s edit view, or to the page the notice is about', () => {
    expect(noticeLinkOf({ itemDocumentId: 'abc123', action: 'submit' })?.path).toBe('/content-manager/collection-types/api::article.article/abc123');
    expect(noticeLinkOf({ itemDocumentId: null, action: 'weekly-reminder' })?.path).toBe('/plugins/editorial-workflow-stats');
    expect(noticeLinkOf({ itemDocumentId: null, action: 'report-reminder' })?.path).toBe('/plugins/editorial-workflow-stats');
    expect(noticeLinkOf({ itemDocumentId: null, action: 'account-locked' })?.path).toBe('/settings/users');
    expect(noticeLinkOf({ itemDocumentId: null, action: 'concern-alarm' })?.path).toBe('/plugins/editorial-workflow-concerns');
    expect(noticeLinkOf({ itemDocumentId: null, action: 'concern-overdue' })?.path).toBe('/plugins/editorial-workflow-concerns');
    expect(noticeLinkOf({ action: 'something-else' })?.path).toBe('/plugins/editorial-workflow');
    // An invitation carries its own registration link.
    expect(noticeLinkOf({ itemDocumentId: null, action: 'invitation' })).toBeNull();
  });
});

describe('noticeEmail', () => {
  const mail = noticeEmail({
    title: 'Tin bài bị trả lại: “<b>x</b>”',
    message: 'Tin bài đã được trả lại.\nLý do: <script>alert(1)</script>',
    createdAt: new Date('2026-12-02T01:30:00Z'),
    link: { label: 'Mở tin bài', url: 'https://toasoan.example.vn/admin/content-manager/collection-types/api::article.article/abc?x=1&y=2' },
  });

  it('gives the time in Vietnam time and the link, in text and HTML', () => {
    expect(mail.text).toContain('Thời gian: 08:30 ngày 02/12/2026 (giờ Việt Nam)');
    expect(mail.text).toContain('Mở tin bài: https://toasoan.example.vn/admin/content-manager/collection-types/api::article.article/abc?x=1&y=2');
    expect(mail.html).toContain('<a href="https://toasoan.example.vn/admin/content-manager/collection-types/api::article.article/abc?x=1&amp;y=2">Mở tin bài</a>');
    expect(mail.text).not.toMatch(/\d{4}-\d{2}-\d{2}T|UTC|GMT/);
  });

  it('escapes user values in the HTML', () => {
    expect(mail.subject).toBe('Tin bài bị trả lại: “<b>x</b>”');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('adds no link of its own when the notice carries one', () => {
    const invitation = noticeEmail({ title: 'Mời', message: 'Mở liên kết sau: https://x/admin/auth/register?registrationToken=abc', createdAt: 0, link: null });
    expect(invitation.text).toContain('Thời gian: 07:00 ngày 01/01/1970 (giờ Việt Nam)');
    expect(invitation.html).not.toContain('<a ');
  });
});
