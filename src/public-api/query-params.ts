import { invalid } from '../document-rules/shared';
import { VIETNAM_OFFSET_MS } from '../utils/vietnam-time';

/**
 * The query string of a public request, read flat and strictly. Strapi's own `filters`, `populate`,
 * `fields`, `status`, `publicationState`… never reach the database here: any parameter that is not
 * on the endpoint's list is refused with a 400 whatever its value, so it cannot act as an oracle.
 */
export type QueryParams = ReadonlyMap<string, string>;

const MAX_QUERY_LENGTH = 2048;

export function readQueryParams(querystring: string, accepted: readonly string[]): QueryParams {
  if (querystring.length > MAX_QUERY_LENGTH) {
    throw invalid('query', `The query string is too long (at most ${MAX_QUERY_LENGTH} characters).`);
  }
  const params = new Map<string, string>();
  const unknown = new Set<string>();
  for (const [name, value] of new URLSearchParams(querystring)) {
    if (!accepted.includes(name)) {
      unknown.add(name);
      continue;
    }
    if (params.has(name)) throw invalid(name, `Query parameter "${name}" takes a single value; it was given more than once.`);
    params.set(name, value);
  }
  if (unknown.size > 0) {
    const names = [...unknown].slice(0, 5).map((name) => `"${name.slice(0, 60)}"`).join(', ');
    const accepts = accepted.length ? `This endpoint accepts: ${accepted.join(', ')}.` : 'This endpoint takes no parameter.';
    throw invalid('query', `Unknown query parameter ${names}. ${accepts}`);
  }
  return params;
}

/** A whole number in [min, max], or `fallback` when absent. */
export function wholeNumber(params: QueryParams, name: string, min: number, max: number, fallback: number): number {
  const raw = params.get(name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw invalid(name, `"${name}" must be a whole number from ${min} to ${max}.`);
  }
  return Number(raw);
}

export function oneOf<T extends string>(params: QueryParams, name: string, values: readonly T[]): T | undefined {
  const raw = params.get(name);
  if (raw === undefined || raw === '') return undefined;
  if (!(values as readonly string[]).includes(raw)) {
    throw invalid(name, `"${name}" must be one of: ${values.join(', ')}.`);
  }
  return raw as T;
}

/** A topic code of the plan: `III` or `III.2`. */
export function topicCode(params: QueryParams, name = 'topic'): string | undefined {
  const raw = params.get(name)?.trim().toUpperCase();
  if (!raw) return undefined;
  if (!/^[IVXLC]{1,8}(\.[1-9][0-9]{0,3})?$/.test(raw)) {
    throw invalid(name, `"${name}" must be a topic code such as III or III.2.`);
  }
  return raw;
}

/** A unit code: capital letters without diacritics, digits, `-`, `_`, `.`. */
export function unitCode(params: QueryParams, name = 'unit'): string | undefined {
  const raw = params.get(name)?.trim().toUpperCase();
  if (!raw) return undefined;
  if (!/^[A-Z0-9][A-Z0-9_.-]{0,63}$/.test(raw)) {
    throw invalid(name, `"${name}" must be a unit code such as SGD-VP.`);
  }
  return raw;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A bound on the publication date: a calendar day in Vietnam (`2026-09-05`; `to` includes the whole
 * day) or an ISO 8601 instant with its offset (`2026-09-05T08:00:00+07:00`). Returns an instant;
 * `to` is exclusive.
 */
export function dateBound(params: QueryParams, name: 'from' | 'to'): Date | undefined {
  const raw = params.get(name);
  if (raw === undefined || raw === '') return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (day) {
    const [, y, m, d] = day.map(Number);
    const midnightUtc = Date.UTC(y, m - 1, d);
    const check = new Date(midnightUtc);
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
      throw invalid(name, `"${name}" is not a calendar date: ${raw.slice(0, 40)}.`);
    }
    const start = midnightUtc - VIETNAM_OFFSET_MS;
    return new Date(name === 'to' ? start + DAY_MS : start);
  }
  const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.test(raw) ? new Date(raw) : null;
  if (!instant || Number.isNaN(instant.getTime())) {
    throw invalid(name, `"${name}" must be a date (YYYY-MM-DD, a day in Vietnam) or an ISO 8601 instant with its offset.`);
  }
  return name === 'to' ? new Date(instant.getTime() + 1) : instant;
}
