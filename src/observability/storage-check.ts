/**
 * Object storage's part of /readyz: a HeadBucket on S3_BUCKET (S3-compatible storage: AWS, MinIO,
 * s3rver), with the same settings as the upload provider. Loaded lazily so that a server without
 * S3 needs no AWS SDK.
 */
export function objectStorageCheck(env: NodeJS.ProcessEnv = process.env): ((signal: AbortSignal) => Promise<void>) | undefined {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return undefined;
  let client: { send(command: unknown, options?: { abortSignal?: AbortSignal }): Promise<unknown> } | undefined;
  let HeadBucketCommand: new (input: { Bucket: string }) => unknown;
  return async (signal) => {
    if (!client) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const sdk = require('@aws-sdk/client-s3') as {
        S3Client: new (config: Record<string, unknown>) => NonNullable<typeof client>;
        HeadBucketCommand: typeof HeadBucketCommand;
      };
      HeadBucketCommand = sdk.HeadBucketCommand;
      const credentials =
        env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined;
      client = new sdk.S3Client({
        region: env.S3_REGION || 'us-east-1',
        endpoint: env.S3_ENDPOINT || undefined,
        forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
        credentials,
        maxAttempts: 1,
      });
    }
    await client.send(new HeadBucketCommand({ Bucket: bucket }), { abortSignal: signal });
  };
}
