import * as React from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../shared/permissions';

/** The desk's strings live in translations/concerns, under `concerns.` (checked by concerns/__tests__/translations.test.ts). */
export const concernsMessageId = (id: string) => `${PLUGIN_ID}.concerns.${id}`;

/** `say('title', 'Dư luận & sự cố')`: a message of the desk with its Vietnamese default. */
export function useConcernsText() {
  const { formatMessage } = useIntl();
  return React.useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: concernsMessageId(id), defaultMessage }, values),
    [formatMessage]
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant in Vietnam time (UTC+7 all year), as the desk shows it: `08:30 02/12/2026`. */
export function vietnamTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

/** How long ago, in hours or days: the age the list shows. */
export function ageOf(iso: string, now = Date.now()): { hours: number; days: number } {
  const hours = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 3_600_000));
  return { hours, days: Math.floor(hours / 24) };
}
