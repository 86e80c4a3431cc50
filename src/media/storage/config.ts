/**
 * Where uploads go when they do not stay on the local disk: an S3-compatible bucket (AWS S3,
 * MinIO, Ceph, a provider's object storage). Read from the S3_* variables; without S3_BUCKET the
 * app keeps Strapi's local provider and nothing here runs.
 */
export interface ObjectStorageConfig {
  bucket: string;
  /** Empty for AWS itself; the server's address for anything else (`http://127.0.0.1:9000`). */
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `bucket` in the path rather than the host name: what MinIO and local servers need. */
  forcePathStyle: boolean;
  /** The address anonymous readers fetch the bucket's `public/` objects under (a CDN, or the bucket itself). */
  publicUrl: string;
}

type Env = Record<string, string | undefined>;

const truthy = (value: string | undefined) => /^(1|true|yes|on)$/i.test(value ?? '');
const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

export function objectStorageConfigFromEnv(env: Env = process.env): ObjectStorageConfig | null {
  const bucket = (env.S3_BUCKET ?? '').trim();
  if (!bucket) return null;
  const endpoint = withoutTrailingSlash((env.S3_ENDPOINT ?? '').trim());
  const region = (env.S3_REGION ?? '').trim() || 'us-east-1';
  const forcePathStyle = truthy(env.S3_FORCE_PATH_STYLE);
  const missing = ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => !(env[name] ?? '').trim());
  if (missing.length > 0) throw new Error(`object storage: S3_BUCKET is set but ${missing.join(' and ')} is not`);
  const bucketAddress = endpoint
    ? forcePathStyle
      ? `${endpoint}/${bucket}`
      : endpoint.replace(/^(https?:\/\/)/, `$1${bucket}.`)
    : `https://${bucket}.s3.${region}.amazonaws.com`;
  return {
    bucket,
    endpoint,
    region,
    accessKeyId: (env.S3_ACCESS_KEY_ID ?? '').trim(),
    secretAccessKey: (env.S3_SECRET_ACCESS_KEY ?? '').trim(),
    forcePathStyle,
    publicUrl: withoutTrailingSlash((env.S3_PUBLIC_URL ?? '').trim()) || bucketAddress,
  };
}
