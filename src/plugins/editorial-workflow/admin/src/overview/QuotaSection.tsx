import { Typography } from '@strapi/design-system';
import type { OverviewReport } from '../../../shared/contracts/overview';
import { Section } from '../components/stats/Section';
import { ComparisonTable, type ComparisonRow } from './ComparisonTable';
import { Figure } from './Figure';
import { statsLink } from './links';
import { useOverviewText } from './messages';

/** The share of units meeting each quota, each figure leading to the statistics grid of that month. */
export const QuotaSection = ({ data }: { data: OverviewReport }) => {
  const { say, metricLabel, percent } = useOverviewText();
  const rows: ComparisonRow[] = data.quotas.map(({ metric, period, figures }) => ({
    key: `${metric}-${period}`,
    label: `${metricLabel(metric)} (${period === 'week' ? say('period.week', 'mỗi tuần') : say('period.month', 'mỗi tháng')})`,
    cell: (which) => {
      const figure = figures[which];
      if (figure.units === 0) return <Typography textColor="neutral500">{say('quota.none', 'chưa có tuần, tháng nào để xét')}</Typography>;
      return (
        <Figure to={statsLink(data.months[which], { granularity: period })} testId={`overview-quota-${metric}-${period}-${which}`}>
          {say('quota.figure', '{share} ({met}/{units} đơn vị)', { share: percent(figure.share), met: figure.met, units: figure.units })}
        </Figure>
      );
    },
  }));
  return (
    <Section
      title={say('quotas.title', 'Tỷ lệ đơn vị đạt chỉ tiêu')}
      subtitle={say('quotas.subtitle', 'Chỉ tiêu theo tuần: các tuần bắt đầu trong tháng và đã kết thúc, đơn vị đạt khi đạt mọi tuần. Đơn vị không có chỉ tiêu không được tính.')}
    >
      {rows.length === 0 ? (
        <Typography textColor="neutral600">{say('quotas.empty', 'Không có chỉ tiêu nào cho các đơn vị trong phạm vi của bạn.')}</Typography>
      ) : (
        <ComparisonTable months={data.months} header={say('column.quota', 'Chỉ tiêu')} rows={rows} testId="overview-quota" />
      )}
    </Section>
  );
};
