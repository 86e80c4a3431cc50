import * as React from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../shared/permissions';

/** The snapshots' strings live in translations/snapshots, under `snapshots.` (checked by snapshots/__tests__/translations.test.ts). */
export const snapshotMessageId = (id: string) => `${PLUGIN_ID}.snapshots.${id}`;

/** `say('title', 'Lịch sử phiên bản')`: a snapshots message with its Vietnamese default. */
export function useSnapshotText() {
  const { formatMessage } = useIntl();
  return React.useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: snapshotMessageId(id), defaultMessage }, values),
    [formatMessage]
  );
}
