import type { GraphConfig } from './settings';
import { redact } from './secret';
import { failureOfNetwork, failureOfResponse, type GraphError } from './graph-errors';
import { nearLimit, usageOf, type Usage } from './usage';

export interface GraphAnswer<T> {
  body: T;
  usage: Usage;
}

export interface GraphCall {
  method: 'GET' | 'POST' | 'DELETE';
  /** After the version: `/123/feed`. */
  path: string;
  query?: Record<string, string>;
  /** Sent as a form (application/x-www-form-urlencoded), as Facebook's own examples do. */
  form?: Record<string, string>;
  /** The call creates something (a post): a timeout after sending is ambiguous, not a plain retry. */
  creates?: boolean;
  /** An answer that is a failure but means the work is done (a post already gone): returned as `{ gone: true }`. */
  acceptGone?: (error: GraphError | null) => boolean;
}

/**
 * One call to the Graph API with Node's fetch, the token in the Authorization header (never in an
 * address, which proxies and logs keep), ended after the configured timeout. Failures come back as
 * DeliveryFailure, with the token masked in any text quoted from Facebook.
 */
export async function graphCall<T>(config: GraphConfig, call: GraphCall): Promise<GraphAnswer<T>> {
  const url = new URL(`${config.baseUrl}/${config.version}${call.path}`);
  for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, value);
  const clean = (text: string) => redact(text, config.token);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: call.method,
      headers: {
        Authorization: `Bearer ${config.token}`,
        Accept: 'application/json',
        ...(call.form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: call.form ? new URLSearchParams(call.form).toString() : undefined,
      signal: AbortSignal.timeout(config.timeoutMs),
      redirect: 'error',
    });
    text = await response.text();
  } catch (error) {
    throw failureOfNetwork(error, Boolean(call.creates), config.timeoutMs);
  }
  const usage = usageOf(response.headers);
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const error = body && typeof body === 'object' && 'error' in body ? ((body as { error: GraphError }).error ?? null) : null;
  if (response.ok && !error) return { body: body as T, usage };
  if (call.acceptGone?.(error)) return { body: { gone: true } as T, usage };
  throw failureOfResponse(response.status, error, usage, clean);
}

export { nearLimit };
