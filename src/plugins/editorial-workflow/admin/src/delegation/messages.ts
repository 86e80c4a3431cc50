import * as React from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../shared/permissions';

/** The delegations' strings live in translations/delegation, under `delegation.` (checked by delegation/__tests__/translations.test.ts). */
export const delegationMessageId = (id: string) => `${PLUGIN_ID}.delegation.${id}`;

/** `say('title', 'Ủy quyền')`: a delegation message with its Vietnamese default. */
export function useDelegationText() {
  const { formatMessage } = useIntl();
  return React.useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: delegationMessageId(id), defaultMessage }, values),
    [formatMessage]
  );
}
