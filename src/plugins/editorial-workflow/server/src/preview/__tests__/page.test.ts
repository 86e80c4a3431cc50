import crypto from 'node:crypto';
import { previewContentSecurityPolicy, previewPage, refusalPage } from '../page';
import type { PreviewDraft } from '../links';
import { storageImageOrigins } from '../public-page';
import { isLimitedPage } from '../../../../../../public-api/front-door';

const draft: PreviewDraft = {
  documentId: 'abc123',
  title: 'Khai giảng <năm học> mới',
  summary: 'Sapo & tóm tắt',
  kind: 'news',
  byline: 'Nguyễn Văn A',
  body: [
    { type: 'paragraph', children: [{ type: 'text', text: 'Nội dung <script>alert(1)</script>' }] },
    { type: 'image', image: { url: '/uploads/abc.jpg', alternativeText: 'Ảnh', width: 800, height: 600 } },
  ],
  updatedAt: new Date('2026-12-02T01:30:00Z'),
  unit: { code: 'XA-A', name: 'Phòng VH-XH xã A' },
  topics: [{ code: 'III.2', title: 'Giáo dục phổ thông' }],
  cover: { url: '/uploads/cover.jpg', alternativeText: null, caption: 'Lễ khai giảng', width: 1920, height: 1080, mime: 'image/jpeg', formats: { small: { url: '/uploads/small_cover.jpg', width: 480, height: 270, mime: 'image/webp' } } },
  gallery: [],
  state: 'awaiting_approval',
  scheduledAt: null,
};
const signed = (url: string) => (url.startsWith('/uploads/') ? `${url}?exp=1&sig=s` : url);

describe('the preview page', () => {
  it('shows the draft in Vietnamese, escaped, with the band, noindex and Vietnam time', () => {
    const html = previewPage(draft, new Date('2026-12-02T05:00:00Z'), signed);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('BẢN XEM TRƯỚC — chưa đăng');
    expect(html).toContain('<h1>Khai giảng &lt;năm học&gt; mới</h1>');
    expect(html).toContain('Sapo &amp; tóm tắt');
    expect(html).toContain('Nội dung &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).toContain('Phòng VH-XH xã A');
    expect(html).toContain('08:30 ngày 02/12/2026 (giờ Việt Nam)');
    expect(html).toContain('12:00 ngày 02/12/2026 (giờ Việt Nam)');
    expect(html).toContain('Chờ Trưởng phòng duyệt');
  });

  it('loads the draft’s images through the signing function: cover, its formats and the body’s', () => {
    const html = previewPage(draft, new Date(), signed);
    expect(html).toContain('src="/uploads/cover.jpg?exp=1&amp;sig=s"');
    expect(html).toContain('/uploads/small_cover.jpg?exp=1&amp;sig=s 480w');
    expect(html).toContain('<img src="/uploads/abc.jpg?exp=1&amp;sig=s"');
    expect(html).not.toMatch(/src="\/uploads\/[^"?]+"/);
  });

  it('allows its own stylesheet by hash, and no script', () => {
    const html = previewPage(draft, new Date(), signed);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const csp = previewContentSecurityPolicy();
    expect(csp).toContain(`'sha256-${crypto.createHash('sha256').update(style).digest('base64')}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(csp).not.toContain('unsafe-inline');
    expect(previewContentSecurityPolicy(['https://bucket.example'])).toContain("img-src 'self' https://bucket.example");
  });

  it('names each refusal in Vietnamese', () => {
    expect(refusalPage('invalid')).toContain('Liên kết xem trước không hợp lệ');
    expect(refusalPage('expired')).toContain('Liên kết xem trước đã hết hạn');
    expect(refusalPage('stale')).toContain('không còn hiệu lực vì tin bài đã được xử lý tiếp');
    expect(refusalPage('stale')).toContain('<meta name="robots" content="noindex">');
  });

  it('lets images come from the bucket the file gate redirects to, with object storage only', () => {
    expect(storageImageOrigins({})).toEqual([]);
    expect(storageImageOrigins({ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'true' })).toEqual([
      'http://127.0.0.1:9000',
    ]);
    expect(storageImageOrigins({ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b', S3_REGION: 'ap-southeast-1', S3_PUBLIC_URL: 'https://cdn.example.vn/x' })).toEqual([
      'https://cdn.example.vn',
      'https://media.s3.ap-southeast-1.amazonaws.com',
    ]);
  });

  it('is under the public rate limit in every spelling of its path the page answers', () => {
    for (const path of ['/preview/abc', '/preview', '/PREVIEW/abc', '//preview/abc', '/%70review/abc', '/Preview/a/b']) expect({ path, limited: isLimitedPage(path) }).toEqual({ path, limited: true });
    for (const path of ['/previews/abc', '/api/preview', '/admin/preview', '/', '/uploads/preview.jpg']) expect({ path, limited: isLimitedPage(path) }).toEqual({ path, limited: false });
  });
});
