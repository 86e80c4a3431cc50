import path from 'path';
import type { Core } from '@strapi/strapi';

// SQLite (a file under .tmp/) unless DATABASE_URL is set, then PostgreSQL.
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const connectionString = env('DATABASE_URL', '');
  const acquireConnectionTimeout = env.int('DATABASE_CONNECTION_TIMEOUT', 60000);

  if (connectionString) {
    const sslEnabled = env.bool('DATABASE_SSL', false);
    const url = new URL(connectionString);
    return {
      connection: {
        client: 'postgres' as const,
        connection: {
          connectionString,
          host: url.hostname,
          port: Number(url.port || 5432),
          database: decodeURIComponent(url.pathname.replace(/^\//, '')),
          user: decodeURIComponent(url.username),
          password: decodeURIComponent(url.password),
          schema: env('DATABASE_SCHEMA', 'public'),
          ssl: sslEnabled
            ? {
                rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
                ca: env('DATABASE_SSL_CA', '') || undefined,
              }
            : false,
        },
        pool: {
          min: env.int('DATABASE_POOL_MIN', 2),
          max: env.int('DATABASE_POOL_MAX', 10),
        },
        acquireConnectionTimeout,
      },
    };
  }

  // The compiled config lives in dist/config: resolve relative file names from the project root.
  const filename = env('DATABASE_FILENAME', '.tmp/data.db');
  return {
    connection: {
      client: 'sqlite' as const,
      connection: {
        filename: path.isAbsolute(filename) ? filename : path.join(__dirname, '..', '..', filename),
      },
      useNullAsDefault: true,
      acquireConnectionTimeout,
    },
  };
};

export default config;
