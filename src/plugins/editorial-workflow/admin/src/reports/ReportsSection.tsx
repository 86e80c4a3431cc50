import * as React from 'react';
import { Button, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';

import { REPORT_PERIOD_KINDS, type ReportFormat, type ReportPeriodKind } from '../../../shared/contracts/reports';
import { vnDateOf } from '../../../shared/periods';
import { recentReportKeys, reportPeriodOf } from '../../../shared/report-periods';
import { Section } from '../components/stats/Section';
import { useReportsText } from './messages';
import { useReportDownload } from './useReportDownload';

/** How many recent periods each kind offers. */
const RECENT: Record<ReportPeriodKind, number> = { month: 12, quarter: 6, semester: 4, 'school-year': 3 };

/** The month before the one holding `date` (the last whole month: the monthly report's usual subject). */
const lastMonthOf = (date: string) => {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
};

/**
 * "Báo cáo định kỳ" on the statistics page: a kind (month, quarter, semester, school year), one of
 * its recent periods (last month by default), and the Word and PDF downloads, named for the
 * browser suite and screen readers: "Tải báo cáo tháng (.docx)", "Tải báo cáo tháng (.pdf)".
 */
const ReportsSectionView = () => {
  const { say, kindLabel } = useReportsText();
  const { download, busy } = useReportDownload();
  const today = vnDateOf(new Date());
  const [kind, setKind] = React.useState<ReportPeriodKind>('month');
  const keys = React.useMemo(() => recentReportKeys(kind, today, RECENT[kind]), [kind, today]);
  const defaultKey = kind === 'month' ? recentReportKeys('month', lastMonthOf(today), 1)[0] : keys[0];
  const [period, setPeriod] = React.useState<string>(defaultKey);
  const current = keys.includes(period) ? period : defaultKey;
  const label = (key: string) => reportPeriodOf(key)?.label ?? key;

  const button = (format: ReportFormat) => {
    const name = say('download', 'Tải báo cáo {kind} (.{format})', { kind: kindLabel(kind), format });
    return (
      <Button
        key={format}
        variant={format === 'docx' ? 'default' : 'secondary'}
        size="S"
        startIcon={<Download />}
        loading={busy === format}
        disabled={busy !== null && busy !== format}
        aria-label={name}
        onClick={() => download(current, format)}
      >
        {name}
      </Button>
    );
  };

  return (
    <Section
      title={say('title', 'Báo cáo định kỳ')}
      subtitle={say('subtitle', 'Báo cáo tháng, quý, học kỳ, năm học theo thể thức văn bản hành chính (Word, PDF), trong phạm vi thống kê của bạn.')}
      actions={
        <>
          <SingleSelect size="S" aria-label={say('kind', 'Loại báo cáo')} value={kind} onChange={(value) => setKind(value as ReportPeriodKind)}>
            {REPORT_PERIOD_KINDS.map((option) => (
              <SingleSelectOption key={option} value={option}>
                {say('kindOption', 'Báo cáo {kind}', { kind: kindLabel(option) })}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <SingleSelect size="S" aria-label={say('period', 'Kỳ báo cáo')} value={current} onChange={(value) => setPeriod(String(value))}>
            {keys.map((key) => (
              <SingleSelectOption key={key} value={key}>
                {label(key)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          {button('docx')}
          {button('pdf')}
        </>
      }
    >
      <Typography variant="pi" textColor="neutral600">
        {say('emailNote', 'Báo cáo tháng trước được gửi thư điện tử cho Lãnh đạo Sở vào ngày đặt trong "Cài đặt báo cáo định kỳ" (mặc định ngày 3 hằng tháng).')}
      </Typography>
    </Section>
  );
};

/** Memoised: a page change of the grid re-renders the statistics page, not this section (its props are the same). */
export const ReportsSection = React.memo(ReportsSectionView);
