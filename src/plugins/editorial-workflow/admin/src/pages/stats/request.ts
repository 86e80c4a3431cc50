/** A statistics section's request: loading, failed (with the error to explain), or ready with its data. */
export type StatsRequest<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: unknown }
  | { status: 'ready'; data: T; error?: undefined };

/** What a section needs of a query hook's result (services/api.ts). */
export interface QueryResult<T> {
  currentData?: T;
  error?: unknown;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

/**
 * A query's result as a section shows it: loading while an answer is on its way (a retry too), then
 * the server's error (a 400 says what is wrong with the filters), or the data of the filters on
 * screen, never those of the filters before.
 */
export function statsRequestOf<T>(result: QueryResult<T>): StatsRequest<T> & { reload: () => void } {
  const reload = () => {
    result.refetch();
  };
  if (result.isFetching) return { status: 'loading', reload };
  if (result.isError) return { status: 'error', error: result.error, reload };
  if (result.currentData === undefined) return { status: 'loading', reload };
  return { status: 'ready', data: result.currentData, reload };
}
