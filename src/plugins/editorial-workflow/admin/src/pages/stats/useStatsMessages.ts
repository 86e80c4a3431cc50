import * as React from 'react';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';
import { METRIC_LABELS, REPORT_STATUS_LABELS, UNIT_KIND_LABELS, type Metric, type ReportStatus } from './types';

type Values = Record<string, string | number>;

/**
 * The page's strings: `t('grid.title', 'Mức độ đạt chỉ tiêu')` reads `stats.grid.title` from
 * translations/stats; metric, unit-kind and report labels default to the contract's Vietnamese ones.
 */
export function useStatsMessages() {
  const { formatMessage, formatNumber } = useIntl();
  return React.useMemo(() => {
    const t = (id: string, defaultMessage: string, values?: Values) =>
      formatMessage({ id: getTranslation(`stats.${id}`), defaultMessage }, values);
    return {
      t,
      formatNumber,
      metricLabel: (metric: Metric) => t(`metric.${metric}`, METRIC_LABELS[metric] ?? metric),
      kindLabel: (kind: string) => t(`kind.${kind}`, (UNIT_KIND_LABELS as Record<string, string>)[kind] ?? kind),
      reportStatusLabel: (status: ReportStatus) => t(`report.status.${status}`, REPORT_STATUS_LABELS[status]),
      percent: (share: number) => formatNumber(share, { style: 'percent', maximumFractionDigits: 0 }),
    };
  }, [formatMessage, formatNumber]);
}

export type StatsMessages = ReturnType<typeof useStatsMessages>;
