import * as React from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../shared/permissions';

/** The preview's strings live in translations/preview, under `preview.` (checked by preview/__tests__/translations.test.ts). */
export const previewMessageId = (id: string) => `${PLUGIN_ID}.preview.${id}`;

/** `say('button', 'Xem trước')`: a preview message with its Vietnamese default. */
export function usePreviewText() {
  const { formatMessage } = useIntl();
  return React.useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: previewMessageId(id), defaultMessage }, values),
    [formatMessage]
  );
}
