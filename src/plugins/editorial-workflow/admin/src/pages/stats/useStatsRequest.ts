import * as React from 'react';
import { useIntl } from 'react-intl';
import { useFetchClient } from '@strapi/strapi/admin';

import { getTranslation } from '../../utils/getTranslation';
import { errorMessageOf } from './download';
import { STATS_PATH } from './query';

export type StatsRequest<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: string }
  | { status: 'ready'; data: T; error?: undefined };

/**
 * GET `/editorial-workflow/stats/<endpoint>?<params>` and keep `{ data }` of the answer. A change of
 * parameters aborts the request in flight, so a slow answer never overwrites a newer one; an error
 * keeps the server's message (a 400 says what is wrong with the filters).
 */
export function useStatsRequest<T>(endpoint: string, params: string): StatsRequest<T> & { reload: () => void } {
  const { get } = useFetchClient();
  const { formatMessage } = useIntl();
  const [state, setState] = React.useState<StatsRequest<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    get<{ data: T }>(`${STATS_PATH}/${endpoint}`, { params, signal: controller.signal })
      .then(({ data }) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data: data.data });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const fallback = formatMessage({
          id: getTranslation('stats.error.load'),
          defaultMessage: 'Không tải được số liệu. Hãy thử lại.',
        });
        setState({ status: 'error', error: errorMessageOf(error, fallback) });
      });
    return () => controller.abort();
  }, [get, formatMessage, endpoint, params, attempt]);

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
