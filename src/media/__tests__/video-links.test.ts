import { MAX_VIDEO_LINKS, publicVideoEmbeds, readVideoLink, readVideoLinks } from '../video-links';

const embedOf = (link: unknown) => {
  const reading = readVideoLink(link);
  return 'embed' in reading ? reading.embed : null;
};
const refusalOf = (link: unknown) => {
  const reading = readVideoLink(link);
  return 'refused' in reading ? reading.refused : null;
};

describe('video links: YouTube and Facebook only, read into a typed embed', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=PL123', 'dQw4w9WgXcQ'],
    ['http://m.youtube.com/watch?v=dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['  https://www.YOUTUBE.com/live/dQw4w9WgXcQ  ', 'dQw4w9WgXcQ'],
  ])('reads the YouTube link %s', (link, id) => {
    expect(embedOf(link)).toEqual({ provider: 'youtube', id, url: `https://www.youtube.com/watch?v=${id}` });
  });

  it.each([
    ['https://www.facebook.com/watch/?v=1234567890123', '1234567890123'],
    ['https://www.facebook.com/SoGDDT/videos/1234567890123/', '1234567890123'],
    ['https://m.facebook.com/SoGDDT/videos/le-khai-giang/1234567890123', '1234567890123'],
    ['https://facebook.com/video.php?v=1234567890123', '1234567890123'],
    ['https://www.facebook.com/reel/1234567890123', '1234567890123'],
  ])('reads the Facebook link %s', (link, id) => {
    expect(embedOf(link)).toEqual({ provider: 'facebook', id, url: `https://www.facebook.com/watch/?v=${id}` });
  });

  it.each([
    ['another host', 'https://vimeo.com/123456'],
    ['a look-alike host', 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ'],
    ['a host that ends like YouTube', 'https://notyoutube.com/watch?v=dQw4w9WgXcQ'],
    ['javascript:', 'javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a user name in the address', 'https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ'],
    ['a port', 'https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ'],
    ['a malformed address', 'youtube.com/watch?v=dQw4w9WgXcQ'],
    ['a YouTube page that is no video', 'https://www.youtube.com/@SoGDDT'],
    ['a YouTube id of the wrong shape', 'https://www.youtube.com/watch?v=abc"><script>'],
    ['a Facebook page that is no video', 'https://www.facebook.com/SoGDDT'],
    ['a Facebook id that is no number', 'https://www.facebook.com/watch/?v=abc'],
    ['a short fb.watch link', 'https://fb.watch/abcDEF/'],
    ['HTML', '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>'],
    ['an empty string', '   '],
    ['a number', 42],
    ['an object', { url: 'https://youtu.be/dQw4w9WgXcQ' }],
    ['a very long address', `https://www.youtube.com/watch?v=dQw4w9WgXcQ&x=${'a'.repeat(600)}`],
  ])('refuses %s, in Vietnamese', (_what, link) => {
    const refusal = refusalOf(link);
    expect(refusal).not.toBeNull();
    expect(refusal).toMatch(/Chỉ nhận đường dẫn video YouTube|phải là một đường dẫn/);
  });

  it('reads a list: canonical, without duplicates; null and [] are none', () => {
    expect(readVideoLinks(['https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1'])).toEqual({
      embeds: [{ provider: 'youtube', id: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }],
    });
    expect(readVideoLinks(null)).toEqual({ embeds: [] });
    expect(readVideoLinks([])).toEqual({ embeds: [] });
  });

  it('refuses a list with one bad link, naming which, and anything that is no list', () => {
    const bad = readVideoLinks(['https://youtu.be/dQw4w9WgXcQ', 'https://vimeo.com/1']);
    expect('refused' in bad && bad.refused).toMatch(/^Liên kết video thứ 2: /);
    expect('refused' in readVideoLinks('https://youtu.be/dQw4w9WgXcQ')).toBe(true);
    expect('refused' in readVideoLinks({ 0: 'https://youtu.be/dQw4w9WgXcQ' })).toBe(true);
    const many = Array.from({ length: MAX_VIDEO_LINKS + 1 }, () => 'https://youtu.be/dQw4w9WgXcQ');
    expect('refused' in readVideoLinks(many) && readVideoLinks(many)).toMatchObject({ refused: expect.stringMatching(/tối đa/) });
  });

  it('shows the public only what reads as a video', () => {
    expect(publicVideoEmbeds(['https://www.facebook.com/watch/?v=1234567890123', 'javascript:alert(1)', 7])).toEqual([
      { provider: 'facebook', id: '1234567890123', url: 'https://www.facebook.com/watch/?v=1234567890123' },
    ]);
    expect(publicVideoEmbeds('https://youtu.be/dQw4w9WgXcQ')).toEqual([]);
  });
});
