import type { ApiError } from '../types';

/** The HTTP status and the server's own message (Vietnamese, written for the user) of a failed request. */
export function describeError(error: unknown): { status?: number; message?: string } {
  const failure = error as ApiError & { status?: number };
  const body = failure?.response?.data?.error;
  return { status: body?.status ?? failure?.status ?? failure?.response?.status, message: body?.message ?? failure?.message };
}
