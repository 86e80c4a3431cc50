import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { CoverageQuery } from '../../../shared/contracts/plan';
import { errorMessageOf, filenameFromDisposition, messageFromErrorBody } from '../pages/stats/download';
import { saveBlob } from '../pages/stats/useExport';
import { PATH, paramsOf } from './api';

/**
 * Downloads the grid as xlsx (`GET /plan-coverage/export?year=…`) with the admin token (a plain
 * link would carry none); a refusal shows the server's Vietnamese message.
 */
export function useCoverageExport() {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);

  const download = React.useCallback(
    async (query: CoverageQuery) => {
      setBusy(true);
      const failed = 'Không xuất được tệp Excel. Hãy thử lại.';
      try {
        const response = await get<Blob>(`${PATH}/export`, { params: paramsOf(query), responseType: 'blob', validateStatus: (status) => status !== 401 });
        if (response.status && response.status >= 400) {
          toggleNotification({ type: 'danger', message: messageFromErrorBody(await response.data.text()) ?? failed });
          return;
        }
        saveBlob(response.data, filenameFromDisposition(response.headers?.get('Content-Disposition'), `do-phu-ke-hoach_${query.year}.xlsx`));
      } catch (error) {
        toggleNotification({ type: 'danger', message: errorMessageOf(error, failed) });
      } finally {
        setBusy(false);
      }
    },
    [get, toggleNotification]
  );
  return { download, busy };
}
