import type { Core } from '@strapi/strapi';
import { mediaRulesFromEnv } from '../src/media/media-config';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  const mediaRules = mediaRulesFromEnv(env);
  return {
    'users-permissions': {
      config: {
        jwtSecret: env('JWT_SECRET', ''),
      },
    },
    upload: {
      config: {
        // The media archive's limits (src/media, README "Media archive"), read at every upload.
        mediaRules,
        sizeLimit: mediaRules.maxFileBytes,
        // Strapi's own allow list would drop a refused file from a batch and store the others; the
        // archive's rules (src/media/upload-hooks.ts) refuse the whole upload and say why. So this
        // list lets every file through to them.
        security: { allowedTypes: ['*'] },
      },
    },
  };
};

export default config;
