/**
 * A failed request as the admin reports it: the RTK Query base query gives Strapi's error body
 * (`{ status, name, message, details }`), the fetch client a `FetchError` with the body in `response`.
 */
export interface ApiError {
  status?: number;
  message?: string;
  response?: { status?: number; data?: { error?: { status?: number; message?: string } } };
}

/** The HTTP status and the server's own message (Vietnamese, written for the user) of a failed request. */
export function describeError(error: unknown): { status?: number; message?: string } {
  const failure = error as ApiError | undefined;
  const body = failure?.response?.data?.error;
  return { status: body?.status ?? failure?.status ?? failure?.response?.status, message: body?.message ?? failure?.message };
}
