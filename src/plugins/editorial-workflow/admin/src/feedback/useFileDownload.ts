import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { errorMessageOf, filenameFromDisposition, messageFromErrorBody } from '../pages/stats/download';
import { saveBlob } from '../pages/stats/useExport';

/**
 * Downloads a file of the feedback API with the admin token (a plain link would carry none) and
 * saves it under the server's name; a refusal shows the server's Vietnamese message.
 */
export function useFileDownload() {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState<string | null>(null);

  const download = React.useCallback(
    async (url: string, fallbackName: string) => {
      setBusy(url);
      const failed = 'Không tải được tệp. Hãy thử lại.';
      try {
        const response = await get<Blob>(url, { responseType: 'blob', validateStatus: (status) => status !== 401 });
        if (response.status && response.status >= 400) {
          toggleNotification({ type: 'danger', message: messageFromErrorBody(await response.data.text()) ?? failed });
          return;
        }
        saveBlob(response.data, filenameFromDisposition(response.headers?.get('Content-Disposition'), fallbackName));
      } catch (error) {
        toggleNotification({ type: 'danger', message: errorMessageOf(error, failed) });
      } finally {
        setBusy(null);
      }
    },
    [get, toggleNotification]
  );

  return { download, busy };
}
