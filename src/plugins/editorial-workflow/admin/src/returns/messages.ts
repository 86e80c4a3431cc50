import * as React from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../shared/permissions';

/** The section's strings live in translations/returns, under `returns.` (checked by returns/__tests__/translations.test.ts). */
export const returnsMessageId = (id: string) => `${PLUGIN_ID}.returns.${id}`;

/** `say('title', 'Trả lại theo loại lý do')`, and figures in Vietnamese number format. */
export function useReturnsText() {
  const { formatMessage, formatNumber } = useIntl();
  return React.useMemo(
    () => ({
      say: (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: returnsMessageId(id), defaultMessage }, values),
      count: (value: number) => formatNumber(value),
    }),
    [formatMessage, formatNumber]
  );
}
