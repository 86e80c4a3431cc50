import { bodyImagePaths, pathsOfFile } from '../public-files';

describe('the paths a file or a body makes public', () => {
  it('lists the file and each of its formats, upload paths only, without queries', () => {
    expect(
      pathsOfFile({
        url: '/uploads/abc.jpg',
        formats: JSON.stringify({ thumbnail: { url: '/uploads/thumbnail_abc.jpg?exp=1&sig=x' }, small: { url: 'https://elsewhere/x.webp' } }),
      })
    ).toEqual(['/uploads/abc.jpg', '/uploads/thumbnail_abc.jpg']);
    expect(pathsOfFile(null)).toEqual([]);
  });

  it('finds the images of a body, nested or not, and ignores links and text', () => {
    const body = [
      { type: 'paragraph', children: [{ type: 'link', url: '/uploads/linked.pdf', children: [{ type: 'text', text: '/uploads/text.jpg' }] }] },
      { type: 'image', image: { url: '/uploads/one.jpg?exp=1&sig=x' }, children: [] },
      { type: 'list', children: [{ type: 'image', image: { url: '/uploads/two.jpg' } }] },
    ];
    expect(bodyImagePaths(body).sort()).toEqual(['/uploads/one.jpg', '/uploads/two.jpg']);
    expect(bodyImagePaths(JSON.stringify(body)).length).toBe(2);
    expect(bodyImagePaths('not json')).toEqual([]);
  });
});
