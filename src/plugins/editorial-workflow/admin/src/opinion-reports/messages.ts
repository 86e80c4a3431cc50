import * as React from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../../shared/permissions';

/** The page's strings live in translations/opinion-reports, under `opinion-reports.` (checked by __tests__/translations.test.ts). */
export const opinionReportsMessageId = (id: string) => `${PLUGIN_ID}.opinion-reports.${id}`;

/** `say('title', 'Báo cáo dư luận')`: a message of the page with its Vietnamese default. */
export function useOpinionReportsText() {
  const { formatMessage } = useIntl();
  return React.useCallback(
    (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: opinionReportsMessageId(id), defaultMessage }, values),
    [formatMessage]
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant in Vietnam time (UTC+7 all year): `08:30 02/12/2026`. */
export function vietnamTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

/** `2026-11` as Vietnamese write it: `11/2026`. */
export const monthLabel = (period: string) => period.split('-').reverse().join('/');

/** The month `by` months after `period` (`YYYY-MM`). */
export function shiftMonth(period: string, by: number): string {
  const [y, m] = period.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
}

/** This month in Vietnam, `YYYY-MM`. */
export const vietnamMonth = (now = Date.now()) => new Date(now + 7 * 3_600_000).toISOString().slice(0, 7);

/** The months a picker offers: this month in Vietnam and the `count - 1` before it, newest first. */
export const recentMonths = (count = 13, now = Date.now()) => Array.from({ length: count }, (_, index) => shiftMonth(vietnamMonth(now), -index));
