import * as React from 'react';
import { useIntl } from 'react-intl';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';

import { getTranslation } from '../../utils/getTranslation';
import { errorMessageOf, filenameFromDisposition, messageFromErrorBody } from './download';
import { STATS_PATH } from './query';
import type { ExportFormat } from './types';

/**
 * Downloads `GET /stats/export?<params>` with the admin token (a plain link would carry none) and
 * saves it under the name the server gives. Which export is running, if any, is `busy`.
 */
export function useExport() {
  const { get } = useFetchClient();
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState<string | null>(null);

  const download = React.useCallback(
    async (params: string, format: ExportFormat, fallbackName: string) => {
      setBusy(params);
      const failed = formatMessage({
        id: getTranslation('stats.export.error'),
        defaultMessage: 'Không xuất được tệp. Hãy thử lại.',
      });
      try {
        // Let 4xx through (but not 401, which the client answers by refreshing the token) to read their message.
        const response = await get<Blob>(`${STATS_PATH}/export`, {
          params,
          responseType: 'blob',
          validateStatus: (status) => status !== 401,
        });
        if (response.status && response.status >= 400) {
          toggleNotification({ type: 'danger', message: messageFromErrorBody(await response.data.text()) ?? failed });
          return;
        }
        const name = filenameFromDisposition(response.headers?.get('Content-Disposition'), `${fallbackName}.${format}`);
        saveBlob(response.data, name);
      } catch (error) {
        toggleNotification({ type: 'danger', message: errorMessageOf(error, failed) });
      } finally {
        setBusy(null);
      }
    },
    [get, formatMessage, toggleNotification]
  );

  return { download, busy };
}

/** Saves a downloaded file under `name` (also the periodic reports' download, reports/useReportDownload.ts). */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next tick: some browsers start the download only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
