import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { errorMessageOf, filenameFromDisposition, messageFromErrorBody } from '../pages/stats/download';
import { saveBlob } from '../pages/stats/useExport';
import { MONTH_PATH } from './api';
import { useOpinionReportsText } from './messages';

/**
 * Downloads the month view as xlsx (`GET /opinion-reports-month.xlsx?period=…`) with the admin token
 * (a plain link would carry none); a refusal shows the server's Vietnamese message.
 */
export function useMonthExport() {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const say = useOpinionReportsText();
  const [busy, setBusy] = React.useState(false);

  const download = React.useCallback(
    async (period: string) => {
      setBusy(true);
      const failed = say('export.error', 'Không xuất được tệp Excel. Hãy thử lại.');
      try {
        const response = await get<Blob>(`${MONTH_PATH}.xlsx`, { params: { period }, responseType: 'blob', validateStatus: (status) => status !== 401 });
        if (response.status && response.status >= 400) {
          toggleNotification({ type: 'danger', message: messageFromErrorBody(await response.data.text()) ?? failed });
          return;
        }
        saveBlob(response.data, filenameFromDisposition(response.headers?.get('Content-Disposition'), `tong-hop-bao-cao-du-luan_${period}.xlsx`));
      } catch (error) {
        toggleNotification({ type: 'danger', message: errorMessageOf(error, failed) });
      } finally {
        setBusy(false);
      }
    },
    [get, say, toggleNotification]
  );
  return { download, busy };
}
