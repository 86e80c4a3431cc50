import * as React from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../shared/permissions';

/** The bulk actions' strings live in translations/bulk, under `bulk.` (checked by bulk/__tests__/translations.test.ts). */
export const bulkMessageId = (id: string) => `${PLUGIN_ID}.bulk.${id}`;

/** `say('run.approve', 'Duyệt {count} tin đã chọn', { count })`: a bulk message with its Vietnamese default. */
export function useBulkText() {
  const { formatMessage } = useIntl();
  return React.useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: bulkMessageId(id), defaultMessage }, values),
    [formatMessage]
  );
}
