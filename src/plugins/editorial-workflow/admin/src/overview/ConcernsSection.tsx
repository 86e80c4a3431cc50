import { Flex, Typography } from '@strapi/design-system';
import type { OverviewReport } from '../../../shared/contracts/overview';
import { CONCERN_SEVERITY_LABELS, type ConcernSeverity } from '../../../shared/contracts/concerns';
import { Section } from '../components/stats/Section';
import { ComparisonTable, type ComparisonRow } from './ComparisonTable';
import { Figure } from './Figure';
import { concernsLink } from './links';
import { useOverviewText } from './messages';

/**
 * The opinion desk: the concerns entered in each month compared, by severity, and below the table
 * those open now by severity and past their response time, each leading to the desk's list.
 */
export const ConcernsSection = ({ data }: { data: OverviewReport }) => {
  const { say } = useOverviewText();
  const { concerns } = data;
  const row = (severity: ConcernSeverity): ComparisonRow => ({
    key: severity,
    label: CONCERN_SEVERITY_LABELS[severity],
    cell: (which) => (
      <Figure to={concernsLink({ severity })} testId={`overview-concerns-${severity}-${which}`}>
        {concerns.entered[which][severity]}
      </Figure>
    ),
  });
  return (
    <Section
      title={say('concerns.title', 'Ý kiến, sự cố theo mức độ')}
      subtitle={say('concerns.subtitle', 'Vấn đề dư luận đưa vào sổ theo dõi trong tháng, theo mức độ hiện tại; bên dưới là các vấn đề đang mở (mới, đang xử lý).')}
    >
      <ComparisonTable months={data.months} header={say('column.severity', 'Mức độ')} testId="overview-concerns" rows={concerns.severities.map(row)} />
      <Flex gap={4} paddingTop={3} wrap="wrap" data-testid="overview-concerns-open">
        <Typography>{say('concerns.openNow', 'Đang mở:')}</Typography>
        {concerns.severities.map((severity) => (
          <Figure key={severity} to={concernsLink({ severity })} testId={`overview-concerns-open-${severity}`}>
            {`${CONCERN_SEVERITY_LABELS[severity]}: ${concerns.open[severity]}`}
          </Figure>
        ))}
        <Figure to={concernsLink({ overdue: true })} testId="overview-concerns-overdue">
          {say('concerns.overdue', 'Quá hạn xử lý: {count}', { count: concerns.overdue })}
        </Figure>
      </Flex>
    </Section>
  );
};
