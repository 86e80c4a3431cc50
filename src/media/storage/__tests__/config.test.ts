import { objectStorageConfigFromEnv } from '../config';
import { objectNameOf } from '../object-keys';

describe('object storage settings', () => {
  const keys = { S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' };

  it('is off without S3_BUCKET: the local disk stays', () => {
    expect(objectStorageConfigFromEnv({})).toBeNull();
    expect(objectStorageConfigFromEnv({ ...keys, S3_BUCKET: '  ' })).toBeNull();
  });

  it('refuses a bucket without its keys, naming what is missing', () => {
    expect(() => objectStorageConfigFromEnv({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' })).toThrow(/S3_SECRET_ACCESS_KEY/);
  });

  it('gives public objects the bucket address of the chosen style, or S3_PUBLIC_URL', () => {
    expect(objectStorageConfigFromEnv({ ...keys, S3_BUCKET: 'b', S3_REGION: 'ap-southeast-1' })?.publicUrl).toBe('https://b.s3.ap-southeast-1.amazonaws.com');
    expect(objectStorageConfigFromEnv({ ...keys, S3_BUCKET: 'b', S3_ENDPOINT: 'http://127.0.0.1:9000/', S3_FORCE_PATH_STYLE: 'true' })).toMatchObject({
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      publicUrl: 'http://127.0.0.1:9000/b',
    });
    expect(objectStorageConfigFromEnv({ ...keys, S3_BUCKET: 'b', S3_ENDPOINT: 'https://s3.example.vn' })?.publicUrl).toBe('https://b.s3.example.vn');
    expect(objectStorageConfigFromEnv({ ...keys, S3_BUCKET: 'b', S3_PUBLIC_URL: 'https://cdn.sgddt.example/' })?.publicUrl).toBe('https://cdn.sgddt.example');
  });
});

describe('object names', () => {
  it('are the plain names under /uploads/, nothing that could leave the prefix', () => {
    expect(objectNameOf('/uploads/thumbnail_ab12.jpg')).toBe('thumbnail_ab12.jpg');
    for (const path of ['/uploads/', '/uploads/a/b.jpg', '/uploads/..', '/other/x.jpg']) expect(objectNameOf(path)).toBeNull();
  });
});
