import { blocksOf, isPlainBody, mediaData, mediaOf, paragraphsOf } from '../content';

describe('the phone app’s text and media as the item stores them', () => {
  it('stores paragraphs as Strapi blocks and reads them back', () => {
    const blocks = blocksOf(['Một.', 'Hai.']);
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Một.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Hai.' }] },
    ]);
    expect(paragraphsOf(blocks)).toEqual(['Một.', 'Hai.']);
    expect(isPlainBody(blocks)).toBe(true);
    expect(isPlainBody(null)).toBe(true);
  });

  it('reads the text of a formatted body but says the phone cannot edit it', () => {
    const heading = [{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Tiêu đề' }] }];
    const bold = [{ type: 'paragraph', children: [{ type: 'text', text: 'Đậm', bold: true }] }];
    const link = [{ type: 'paragraph', children: [{ type: 'link', url: 'https://sogd.vn', children: [{ type: 'text', text: 'Sở' }] }] }];
    for (const body of [heading, bold, link]) expect(isPlainBody(body)).toBe(false);
    expect(paragraphsOf([...heading, ...link])).toEqual(['Tiêu đề', 'Sở']);
  });

  it('makes the first photo the cover and keeps the video in the gallery', () => {
    expect(mediaData([1, 2, 3], 9)).toEqual({ cover: 1, gallery: [2, 3, 9] });
    expect(mediaData([], null)).toEqual({ cover: null, gallery: [] });
    const file = (id: number, mime: string) => ({ id, url: `/uploads/${id}`, mime });
    expect(mediaOf(file(1, 'image/jpeg'), [file(2, 'image/png'), file(9, 'video/mp4')])).toEqual({
      photos: [file(1, 'image/jpeg'), file(2, 'image/png')],
      video: file(9, 'video/mp4'),
    });
  });
});
