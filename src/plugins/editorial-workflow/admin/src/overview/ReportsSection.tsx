import { Typography } from '@strapi/design-system';
import type { OverviewReport, ReportFigures } from '../../../shared/contracts/overview';
import { Section } from '../components/stats/Section';
import { ComparisonTable, type ComparisonRow } from './ComparisonTable';
import { Figure } from './Figure';
import { reportsLink, statsLink } from './links';
import { useOverviewText } from './messages';

/** The monthly opinion reports: on time, late, missing (or not yet due), against the units that owe one. */
export const ReportsSection = ({ data }: { data: OverviewReport }) => {
  const { say } = useOverviewText();
  const row = (key: 'onTime' | 'late' | 'missing' | 'expected', label: string, to: (month: string) => string): ComparisonRow => ({
    key,
    label,
    cell: (which) => {
      const figures: ReportFigures = data.reports[which];
      const notYet = key === 'missing' && !figures.due;
      return (
        <Figure to={to(data.months[which])} testId={`overview-reports-${key}-${which}`}>
          {notYet ? say('reports.notYet', '{count} (chưa đến hạn)', { count: figures[key] }) : figures[key]}
        </Figure>
      );
    },
  });
  const dueDays = new Set(Object.values(data.reports).map((figures) => figures.dueDay));
  return (
    <Section
      title={say('reports.title', 'Báo cáo dư luận hằng tháng')}
      subtitle={say('reports.subtitle', 'Đúng hạn: nộp trước 0 giờ ngày {day} của tháng (giờ Việt Nam), theo hạn trong chỉ tiêu.', { day: [...dueDays].join(', ') })}
    >
      {data.reports.current.expected + data.reports.previous.expected + data.reports.lastYear.expected === 0 ? (
        <Typography textColor="neutral600">{say('reports.empty', 'Không có đơn vị nào trong phạm vi của bạn phải nộp báo cáo dư luận.')}</Typography>
      ) : (
        <ComparisonTable
          months={data.months}
          header={say('column.report', 'Báo cáo')}
          testId="overview-reports"
          rows={[
            row('onTime', say('reports.onTime', 'Đúng hạn'), reportsLink),
            row('late', say('reports.late', 'Trễ hạn'), reportsLink),
            row('missing', say('reports.missing', 'Chưa nộp'), (month) => statsLink(month)),
            row('expected', say('reports.expected', 'Số đơn vị phải nộp'), (month) => statsLink(month)),
          ]}
        />
      )}
    </Section>
  );
};
