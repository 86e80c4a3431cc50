// A local S3-compatible server (s3rver, from the registry) for the suites that run the app with
// S3_BUCKET set: on a free port of 127.0.0.1, over a temporary folder, with the bucket made; stop()
// closes it and removes the folder. s3rver speaks the S3 API the app uses (put, copy, delete, list,
// presigned GET, whose expiry it checks) but verifies no V4 signature and enforces no access rules:
// an anonymous request reaches every key. What the suites can and do check is where the bytes are (`private/` only, a
// `public/` copy exactly while a file is public); the grant on `public/` is the bucket's own
// setting in production (README "Lưu trữ tệp trên S3").
const fs = require('fs');
const os = require('os');
const path = require('path');
const S3rver = require('s3rver');

const ACCESS_KEY_ID = 'S3RVER';
const SECRET_ACCESS_KEY = 'S3RVER';

/**
 * @param {{ bucket?: string }} [options]
 * @returns {Promise<{ endpoint: string, bucket: string, env: Record<string, string>, stop(): Promise<void> }>}
 */
async function startS3({ bucket = 'newsroom-test' } = {}) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: ACCESS_KEY_ID,
      S3_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
      S3_FORCE_PATH_STYLE: 'true',
    },
    async stop() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

module.exports = { startS3 };
