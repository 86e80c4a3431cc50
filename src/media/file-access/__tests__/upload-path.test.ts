import { storedUploadPath, uploadPathOf } from '../upload-path';

describe('uploadPathOf: every spelling the static servers resolve into /uploads/', () => {
  it('recognises the canonical path', () => {
    expect(uploadPathOf('/uploads/abc.jpg')).toEqual({ path: '/uploads/abc.jpg', canonical: true });
  });

  it.each([
    ['/%75ploads/abc.jpg'],
    ['/uploads/%61bc.jpg'],
    ['//uploads/abc.jpg'],
    ['/UPLOADS/abc.jpg'],
    ['/Uploads/abc.jpg'],
    ['/uploads/./abc.jpg'],
    ['/x/../uploads/abc.jpg'],
    ['/uploads//abc.jpg'],
    ['/uploads\\abc.jpg'],
  ])('flags %s as a variant', (variant) => {
    const found = uploadPathOf(variant);
    expect(found).not.toBeNull();
    expect(found!.canonical).toBe(false);
  });

  it('treats a broken escape near /uploads as a variant, not as someone else’s path', () => {
    expect(uploadPathOf('/uploads/%E0%A4%A.jpg')).toEqual({ path: '/uploads/%E0%A4%A.jpg', canonical: false });
  });

  it('leaves other paths alone', () => {
    for (const other of ['/admin', '/api/articles', '/uploadsx/a.jpg', '/favicon.ico', '/uploads']) expect(uploadPathOf(other)).toBeNull();
  });
});

describe('storedUploadPath', () => {
  it('drops the query and the fragment, and only knows upload URLs', () => {
    expect(storedUploadPath('/uploads/a.jpg?exp=1&sig=x#y')).toBe('/uploads/a.jpg');
    expect(storedUploadPath('https://cdn.example/uploads/a.jpg')).toBeNull();
    expect(storedUploadPath(42)).toBeNull();
  });
});
