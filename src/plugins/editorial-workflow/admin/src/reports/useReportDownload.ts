import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';

import type { ReportFormat } from '../../../shared/contracts/reports';
import { errorMessageOf, filenameFromDisposition, messageFromErrorBody } from '../pages/stats/download';
import { saveBlob } from '../pages/stats/useExport';
import { useReportsText } from './messages';

export const REPORTS_PATH = '/editorial-workflow/reports';

/**
 * Downloads `GET /reports/file?period=…&format=…` with the admin token (a plain link would carry
 * none) and saves it under the server's name; a refusal (400, 503 without Chromium) shows the
 * server's Vietnamese message. Which file is being made, if any, is `busy`.
 */
export function useReportDownload() {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { say } = useReportsText();
  const [busy, setBusy] = React.useState<ReportFormat | null>(null);

  const download = React.useCallback(
    async (period: string, format: ReportFormat) => {
      setBusy(format);
      const failed = say('error', 'Không tải được báo cáo. Hãy thử lại.');
      try {
        const response = await get<Blob>(`${REPORTS_PATH}/file`, {
          params: { period, format },
          responseType: 'blob',
          validateStatus: (status) => status !== 401,
        });
        if (response.status && response.status >= 400) {
          toggleNotification({ type: 'danger', message: messageFromErrorBody(await response.data.text()) ?? failed });
          return;
        }
        saveBlob(response.data, filenameFromDisposition(response.headers?.get('Content-Disposition'), `bao-cao_${period}.${format}`));
      } catch (error) {
        toggleNotification({ type: 'danger', message: errorMessageOf(error, failed) });
      } finally {
        setBusy(null);
      }
    },
    [get, say, toggleNotification]
  );

  return { download, busy };
}
