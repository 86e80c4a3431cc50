import { BASE_URL } from './browser';

/** The department website's view: the public API, no log-in. */
export async function publicGet(pathAndQuery: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${BASE_URL}${pathAndQuery}`, { headers: { Accept: 'application/json' } });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text for the failure message
  }
  return { status: res.status, body };
}

/** Published items found by the public search for `q`. */
export async function searchPublished(q: string): Promise<Array<{ title: string; slug: string; [key: string]: unknown }>> {
  const { status, body } = await publicGet(`/api/articles?q=${encodeURIComponent(q)}`);
  if (status !== 200) throw new Error(`GET /api/articles?q=${q} answered ${status}: ${JSON.stringify(body)}`);
  return body.data;
}
