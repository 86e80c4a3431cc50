import { winston } from '@strapi/logger';
import { currentRequestId } from './request-context';

/** Vietnam time with its offset (ISO 8601): an instant any log tool reads, in the hours the desk lives in. */
export function vietnamTimestamp(date = new Date()): string {
  const local = new Date(date.getTime() + 7 * 3600_000).toISOString();
  return `${local.slice(0, -1)}+07:00`;
}

/** Adds the id of the request being served (request-context.ts) to a line logged while serving it. */
const withRequestId = winston.format((info) => {
  const requestId = currentRequestId();
  if (requestId) info.requestId = requestId;
  return info;
});

/**
 * LOG_FORMAT=json: one JSON object per line (timestamp in Vietnam time, level, message, requestId
 * during a request, the stack of an error), for a log collector. Unset: Strapi's own human format.
 */
export function logFormat(format: string | undefined): ReturnType<typeof winston.format.combine> | undefined {
  if (format !== 'json') return undefined;
  return winston.format.combine(
    winston.format.errors({ stack: true }),
    winston.format.timestamp({ format: () => vietnamTimestamp() }),
    withRequestId(),
    winston.format.json()
  );
}
