import type { Core } from '@strapi/strapi';
import { mediaRulesFromEnv } from '../src/media/media-config';
import { objectStorageConfigFromEnv } from '../src/media/storage/config';

/**
 * E-mail goes out over SMTP when SMTP_HOST is set. Without it (a laptop, the demo) nodemailer's
 * JSON transport accepts every message and sends nothing, so no transition waits on a mail server.
 */
const smtp = (env: Core.Config.Shared.ConfigParams['env']) =>
  env('SMTP_HOST')
    ? {
        host: env('SMTP_HOST'),
        port: env.int('SMTP_PORT', 587),
        secure: env.bool('SMTP_SECURE', false),
        ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
        ...(env('SMTP_USERNAME') ? { auth: { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } } : {}),
        connectionTimeout: env.int('SMTP_TIMEOUT_MS', 10000),
        greetingTimeout: env.int('SMTP_TIMEOUT_MS', 10000),
        socketTimeout: env.int('SMTP_TIMEOUT_MS', 10000),
      }
    : { jsonTransport: true };

const DEFAULT_FROM = 'Tòa soạn Sở GDĐT <no-reply@localhost>';

/** The media archive's limits (src/media, README "Media archive"), read at every upload. */
const upload = (env: Core.Config.Shared.ConfigParams['env']) => {
  const mediaRules = mediaRulesFromEnv(env);
  return {
    config: {
      mediaRules,
      sizeLimit: mediaRules.maxFileBytes,
      // Strapi's own allow list would drop a refused file from a batch and store the others; the
      // archive's rules (src/media/upload-hooks.ts) refuse the whole upload and say why. So this
      // list lets every file through to them.
      security: { allowedTypes: ['*'] },
      // MEDIA_FFMPEG: the ffmpeg that remuxes iPhone MOV videos to MP4 (src/media/quicktime.ts); `off`: stored as MOV.
      ffmpeg: env('MEDIA_FFMPEG', 'ffmpeg'),
      // MEDIA_RESUMABLE_DIR: where tus uploads wait for their last chunk (editorial-workflow uploads/), shared by every process.
      resumableDir: env('MEDIA_RESUMABLE_DIR', '.tmp/resumable-uploads'),
      // S3_BUCKET (and the other S3_*): uploads go to that bucket instead of public/uploads
      // (src/media/storage, README "Lưu trữ tệp trên S3"); null keeps the local disk.
      objectStorage: objectStorageConfigFromEnv(process.env),
    },
  };
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET', ''),
    },
  },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: smtp(env),
      settings: {
        defaultFrom: env('EMAIL_FROM') || DEFAULT_FROM,
        defaultReplyTo: env('EMAIL_REPLY_TO') || env('EMAIL_FROM') || DEFAULT_FROM,
      },
    },
  },
  upload: upload(env),
  'editorial-workflow': {
    enabled: true,
    resolve: './src/plugins/editorial-workflow',
  },
});

export default config;
