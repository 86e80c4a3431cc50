import * as React from 'react';
import { useIntl } from 'react-intl';
import { REPORT_PERIOD_KINDS, type ReportPeriodKind } from '../../../shared/contracts/reports';
import { PLUGIN_ID } from '../../../shared/permissions';

/** The section's strings live in translations/reports, under `reports.` (checked by reports/__tests__/translations.test.ts). */
export const reportsMessageId = (id: string) => `${PLUGIN_ID}.reports.${id}`;

/** The kind as the button names it: "Tải báo cáo tháng (.docx)". */
const KIND_DEFAULTS: Record<ReportPeriodKind, string> = {
  month: 'tháng',
  quarter: 'quý',
  semester: 'học kỳ',
  'school-year': 'năm học',
};

export function useReportsText() {
  const { formatMessage } = useIntl();
  return React.useMemo(() => {
    const say = (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: reportsMessageId(id), defaultMessage }, values);
    return {
      say,
      kindLabel: (kind: ReportPeriodKind) => formatMessage({ id: reportsMessageId(`kind.${kind}`), defaultMessage: KIND_DEFAULTS[kind] }),
    };
  }, [formatMessage]);
}

/** The ids built from the enumerations, for the translations test. */
export const TEMPLATE_IDS = REPORT_PERIOD_KINDS.map((kind) => `reports.kind.${kind}`);
