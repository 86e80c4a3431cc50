import * as React from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../shared/permissions';

/** The home widgets' strings live in translations/home, under `home.` (checked by home/__tests__/translations.test.ts). */
export const homeMessageId = (id: string) => `${PLUGIN_ID}.home.${id}`;

/** `say('waiting.empty', 'Không có việc nào chờ bạn.')`: a home message with its Vietnamese default. */
export function useHomeText() {
  const { formatMessage } = useIntl();
  return React.useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: homeMessageId(id), defaultMessage }, values),
    [formatMessage]
  );
}
