import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { errorMessageOf, filenameFromDisposition, messageFromErrorBody } from '../pages/stats/download';
import { saveBlob } from '../pages/stats/useExport';
import type { UnitKind } from '../../../shared/contracts/stats';
import { UNIT_PLANS_PATH } from './api';

/** Downloads who has filed (`GET /unit-plans.xlsx`) with the admin token; a refusal shows the server's message. */
export function useUnitPlansExport() {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);

  const download = React.useCallback(
    async (year: number, kind?: UnitKind) => {
      setBusy(true);
      const failed = 'Không xuất được tệp Excel. Hãy thử lại.';
      try {
        const params = kind ? { year, kind } : { year };
        const response = await get<Blob>(`${UNIT_PLANS_PATH}.xlsx`, { params, responseType: 'blob', validateStatus: (status) => status !== 401 });
        if (response.status && response.status >= 400) {
          toggleNotification({ type: 'danger', message: messageFromErrorBody(await response.data.text()) ?? failed });
          return;
        }
        saveBlob(response.data, filenameFromDisposition(response.headers?.get('Content-Disposition'), `ke-hoach-don-vi_${year}.xlsx`));
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
