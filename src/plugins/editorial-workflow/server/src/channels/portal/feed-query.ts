import { invalid } from '../../../../../../document-rules/shared';

/** How many entries a page of the portal's feeds holds: 50 by default, at most 200. */
export const PORTAL_FEED_DEFAULT_SIZE = 50;
export const PORTAL_FEED_MAX_SIZE = 200;
const MAX_PAGE = 10_000;
const ACCEPTED = ['page', 'pageSize'];

export interface PortalFeedQuery {
  page: number;
  pageSize: number;
}

function whole(params: URLSearchParams, name: string, max: number, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw invalid(name, `Tham số "${name}" phải là số nguyên từ 1 đến ${max}.`);
  return Number(raw);
}

/**
 * The feeds' query: `page` and `pageSize`, each once, nothing else (a 400 in Vietnamese), so no
 * parameter of Strapi's own reaches the database.
 */
export function parsePortalFeedQuery(querystring: string): PortalFeedQuery {
  if (querystring.length > 512) throw invalid('query', 'Chuỗi truy vấn quá dài.');
  const params = new URLSearchParams(querystring);
  const names = [...params.keys()];
  const unknown = [...new Set(names.filter((name) => !ACCEPTED.includes(name)))];
  if (unknown.length > 0) {
    const listed = unknown.slice(0, 5).map((name) => `"${name.slice(0, 60)}"`).join(', ');
    throw invalid('query', `Tham số không được hỗ trợ: ${listed}. Nguồn tin chỉ nhận page và pageSize.`);
  }
  for (const name of ACCEPTED) {
    if (params.getAll(name).length > 1) throw invalid(name, `Tham số "${name}" chỉ được có một giá trị.`);
  }
  return { page: whole(params, 'page', MAX_PAGE, 1), pageSize: whole(params, 'pageSize', PORTAL_FEED_MAX_SIZE, PORTAL_FEED_DEFAULT_SIZE) };
}
