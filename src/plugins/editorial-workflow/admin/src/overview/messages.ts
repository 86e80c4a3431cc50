import * as React from 'react';
import { useIntl } from 'react-intl';
import { OVERVIEW_MONTHS, type OverviewMonth } from '../../../shared/contracts/overview';
import { METRIC_LABELS, UNIT_KIND_LABELS, type Metric, type UnitKind } from '../../../shared/contracts/stats';
import { PLUGIN_ID } from '../../../shared/permissions';

/** The overview's strings live in translations/overview, under `overview.` (checked by overview/__tests__/translations.test.ts). */
export const overviewMessageId = (id: string) => `${PLUGIN_ID}.overview.${id}`;

const MONTH_DEFAULTS: Record<OverviewMonth, string> = {
  current: 'Tháng {month}',
  previous: 'Tháng trước ({month})',
  lastYear: 'Cùng kỳ năm trước ({month})',
};

/** `2026-11` → `11/2026`. */
export const monthYear = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** `say('title', 'Tổng quan')`, the month headers, and the statistics' own labels of kinds and metrics (translations/stats). */
export function useOverviewText() {
  const { formatMessage, formatNumber } = useIntl();
  return React.useMemo(() => {
    const say = (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: overviewMessageId(id), defaultMessage }, values);
    return {
      say,
      monthLabel: (which: OverviewMonth, month: string) => formatMessage({ id: overviewMessageId(`month.${which}`), defaultMessage: MONTH_DEFAULTS[which] }, { month: monthYear(month) }),
      kindLabel: (kind: UnitKind) => formatMessage({ id: `${PLUGIN_ID}.stats.kind.${kind}`, defaultMessage: UNIT_KIND_LABELS[kind] }),
      metricLabel: (metric: Metric) => formatMessage({ id: `${PLUGIN_ID}.stats.metric.${metric}`, defaultMessage: METRIC_LABELS[metric] }),
      percent: (share: number | null) => (share === null ? '—' : formatNumber(share, { style: 'percent', maximumFractionDigits: 0 })),
      days: (value: number | null) => (value === null ? '—' : formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 })),
    };
  }, [formatMessage, formatNumber]);
}

/** The ids built from the enumerations, for the translations test. */
export const TEMPLATE_IDS = OVERVIEW_MONTHS.map((which) => `overview.month.${which}`);
