import { blocksToHtml, blocksToText } from '../blocks-html';

describe('blocksToHtml', () => {
  it('renders the block types and marks of Strapi blocks', () => {
    expect(
      blocksToHtml([
        { type: 'heading', level: 3, children: [{ type: 'text', text: 'Tiêu đề' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'đậm', bold: true, italic: true }, { type: 'text', text: ' a\nb' }] },
        { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'x' }] }] },
        { type: 'quote', children: [{ type: 'text', text: 'q' }] },
        { type: 'code', children: [{ type: 'text', text: 'if (a < b)' }] },
        { type: 'image', image: { url: '/uploads/a.jpg', alternativeText: 'Ảnh "đẹp"', width: 10, height: 5 } },
      ])
    ).toBe(
      '<h3>Tiêu đề</h3><p><em><strong>đậm</strong></em> a<br>b</p><ul><li>x</li></ul><blockquote>q</blockquote>' +
        '<pre><code>if (a &lt; b)</code></pre><figure><img src="/uploads/a.jpg" alt="Ảnh &quot;đẹp&quot;" width="10" height="5"></figure>'
    );
  });

  it('escapes text and drops unsafe links, images and unknown nodes', () => {
    expect(
      blocksToHtml([
        { type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] },
        { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'bấm' }] }] },
        { type: 'paragraph', children: [{ type: 'link', url: '//evil.example/x', children: [{ type: 'text', text: 'b' }] }] },
        { type: 'paragraph', children: [{ type: 'link', url: 'https://a.vn/?q="><script>', children: [{ type: 'text', text: 'c' }] }] },
        { type: 'image', image: { url: 'data:text/html;base64,PHNjcmlwdD4=' } },
        { type: 'html', value: '<script>alert(1)</script>' },
        { type: 'heading', level: '1 onclick=x', children: [{ type: 'text', text: 'h' }] },
        'not a node',
      ])
    ).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;</p><p>bấm</p><p>b</p>' +
        '<p><a href="https://a.vn/?q=&quot;&gt;&lt;script&gt;" rel="noopener noreferrer">c</a></p><h2>h</h2>'
    );
    expect(blocksToHtml(null)).toBe('');
  });

  it('gives the plain text for the search index', () => {
    expect(blocksToText([{ type: 'paragraph', children: [{ type: 'text', text: 'a' }, { type: 'link', url: 'https://x', children: [{ type: 'text', text: 'b' }] }] }])).toBe('a b');
  });
});
